package org.restride.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every character of the demo handouts reads at a WCAG contrast of at least 4.5:1 against what is behind it. */
class TextContrastTest extends DemoHandouts {
    static final double LEAST = 4.5;

    @ParameterizedTest(name = "demo roadmap {0}")
    @ValueSource(ints = {0, 1, 2})
    void everyCharacterHasEnoughContrast(int sample) throws Exception {
        List<TextContrast.Glyph> glyphs = TextContrast.glyphs(renderer.render(clinic.request(sample)).pdf());
        assertTrue(glyphs.size() > 3000, "the whole handout was read: " + glyphs.size());
        Map<String, TextContrast.Glyph> low = new TreeMap<>();
        for (TextContrast.Glyph glyph : glyphs) {
            if (glyph.contrast() < LEAST) {
                low.putIfAbsent(String.format("#%06X on #%06X", glyph.colour(), glyph.background()), glyph);
            }
        }
        assertEquals(Map.of(), low, "text colours below " + LEAST + ":1");
    }

    @Test
    void theMeasureKnowsPaleTextFromDark() {
        assertEquals(21, TextContrast.contrast(0x000000, 0xFFFFFF), 0.01);
        assertTrue(TextContrast.contrast(0xC8701E, 0xFBEEDD) < LEAST, "the old \u201cYou are here\u201d was 3.2:1");
        assertTrue(TextContrast.contrast(HandoutTheme.ACCENT.getRGB(), HandoutTheme.ACCENT_TINT.getRGB()) >= LEAST);
    }
}
