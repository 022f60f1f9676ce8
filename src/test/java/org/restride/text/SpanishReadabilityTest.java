package org.restride.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The built-in Spanish she reads (the handout's own words, the symptoms page, the walk–run table, and the library's
 * exercises, templates and tests) reads "bastante fácil" or easier, like the English: Fernández-Huerta ≥ 70 and
 * INFLESZ ≥ 65, with syllables counted by Spanish rules.
 */
class SpanishReadabilityTest {
    private static final List<String> TEXT_FILES = List.of("handout", "symptoms", "walkrun");
    private static final List<String> LIBRARY = List.of("exercises/foundation.json", "exercises/strength.json",
            "exercises/impact.json", "exercises/running.json", "exercises/lifting.json", "exercises/tests.json",
            "templates.json");
    /** The fields of the library that are sentences she reads (names are labels, not sentences). */
    private static final Set<String> SENTENCE_FIELDS = Set.of("summary", "steps", "cues", "watchFor", "note",
            "purpose", "dosageNote");
    /** Values shorter than this are labels (column heads, day names), not text to read. */
    private static final int FEWEST_WORDS = 4;

    @Test
    void syllablesAreCountedBySpanishRules() {
        Map<String, Integer> words = Map.ofEntries(Map.entry("fisioterapeuta", 6), Map.entry("día", 2),
                Map.entry("respiración", 4), Map.entry("suelo", 2), Map.entry("pélvico", 3), Map.entry("aire", 2),
                Map.entry("leer", 2), Map.entry("que", 1), Map.entry("guiso", 2), Map.entry("pingüino", 3),
                Map.entry("hoy", 1), Map.entry("y", 1), Map.entry("baúl", 2), Map.entry("abdomen", 3),
                Map.entry("cuidado", 3), Map.entry("país", 2), Map.entry("oído", 3), Map.entry("buey", 1),
                Map.entry("Siéntese", 3), Map.entry("caótico", 4), Map.entry("ahí", 2), Map.entry("s", 1));
        words.forEach((word, expected) -> assertEquals(expected, SpanishReadability.syllables(word), word));
    }

    @Test
    void shortPlainSentencesScoreEasierThanLongLearnedOnes() {
        SpanishReadability plain = new SpanishReadability();
        plain.add("Respire despacio. Suelte el aire al subir. Descanse un minuto.");
        SpanishReadability learned = new SpanishReadability();
        learned.add("La reeducación neuromuscular del compartimento abdominopélvico requiere una progresión "
                + "individualizada considerando parámetros fisiológicos, biomecánicos y sintomatológicos.");
        assertEquals(3, plain.sentences());
        assertTrue(plain.inflesz() > 65 && learned.inflesz() < 20, plain.inflesz() + " / " + learned.inflesz());
        assertTrue(plain.fernandezHuerta() > learned.fernandezHuerta() + 40);
    }

    @Test
    void theBuiltInSpanishReadsFairlyEasily() throws IOException {
        SpanishReadability text = new SpanishReadability();
        for (String area : TEXT_FILES) {
            Properties values = new Properties();
            try (InputStream in = open("/org/restride/text/es/" + area + ".properties")) {
                values.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            values.stringPropertyNames().stream().sorted().map(values::getProperty)
                    .filter(v -> v.split("\\s+").length >= FEWEST_WORDS).forEach(text::add);
        }
        int handoutWords = text.words();
        for (String file : LIBRARY) {
            try (InputStream in = open("/org/restride/library/es/" + file)) {
                addSentences(new ObjectMapper().readTree(in), null, text);
            }
        }
        System.out.printf("Spanish patient text: %d words (%d from the handout's files), %d sentences, %d syllables; "
                        + "%.2f syllables a word, %.1f words a sentence; Fernández-Huerta %.1f (as printed %.1f), "
                        + "INFLESZ %.1f%n", text.words(), handoutWords, text.sentences(), text.syllables(),
                (double) text.syllables() / text.words(), (double) text.words() / text.sentences(),
                text.fernandezHuerta(), text.fernandezHuertaAsPrinted(), text.inflesz());
        assertTrue(text.words() > handoutWords + 5000, "the library's Spanish is read too: " + text.words());
        assertTrue(text.fernandezHuerta() >= 70, "Fernández-Huerta " + text.fernandezHuerta());
        assertTrue(text.inflesz() >= 65, "INFLESZ " + text.inflesz());
    }

    private static void addSentences(JsonNode node, String field, SpanishReadability text) {
        if (node.isTextual()) {
            if (field != null && SENTENCE_FIELDS.contains(field)) {
                text.add(node.asText());
            }
        } else if (node.isArray()) {
            node.forEach(item -> addSentences(item, field, text));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> addSentences(e.getValue(), e.getKey(), text));
        }
    }

    private static InputStream open(String path) {
        InputStream in = SpanishReadabilityTest.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is missing");
        }
        return in;
    }
}
