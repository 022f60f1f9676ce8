package org.restride.handout.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.EnumMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF document: embeds each font file on first use (subset), picks for every character the
 * first font that has it, and replaces a character no font has with a visible placeholder, remembering it.
 */
public final class DocumentFonts implements AutoCloseable {
    /** A piece of text that is drawn in one font. */
    public record Run(PDFont font, String text) {
    }

    /** A bundled face parsed for this document: read once for coverage and embedded from the same parse. */
    private record FaceFile(TrueTypeFont font, CmapLookup cmap, int glyphs) {
        boolean covers(int codePoint) {
            int glyph = cmap.getGlyphId(codePoint);
            return glyph > 0 && glyph < glyphs;
        }
    }

    private static final int PLACEHOLDER = 0x25A1; // □
    private static final int DROP = -2;
    private static final int MISSING = -1;

    private final PDDocument document;
    private final FontLibrary library;
    private final Map<Face, FaceFile> faceFiles = new EnumMap<>(Face.class);
    private final Map<Face, PDFont> faceFonts = new HashMap<>();
    private final Map<Integer, PDFont> fallbackFonts = new HashMap<>();
    private final Set<Integer> unusableFallbacks = new java.util.HashSet<>();
    private final CodePointTable[] choices = tables();
    private final CodePointTable[] widths = tables();
    private final Set<Integer> missing = new LinkedHashSet<>();
    private final List<TrueTypeFont> opened = new ArrayList<>();

    public DocumentFonts(PDDocument document, FontLibrary library) {
        this.document = document;
        this.library = library;
    }

    /** Code points that no font had, in the order they were met. */
    public Set<Integer> missing() {
        return Set.copyOf(missing);
    }

    public List<Integer> missingInOrder() {
        return List.copyOf(missing);
    }

    /** The text split into runs of one font each, with placeholders for what no font has. */
    public List<Run> shape(String text, Face face) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDFont currentFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int choice = choose(cp, face);
            if (choice == DROP) {
                continue;
            }
            int drawn = choice == MISSING ? placeholder(face) : cp;
            PDFont font = fontFor(choice == MISSING ? 0 : choice, face);
            if (font != currentFont && current.length() > 0) {
                runs.add(new Run(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(drawn);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFont, current.toString()));
        }
        return runs;
    }

    /** The width of the text, in points, at the given size. */
    public float width(String text, Face face, float size) {
        float total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            total += charWidth(cp, face);
        }
        return total * size / 1000f;
    }

    private float charWidth(int cp, Face face) {
        int known = widths[face.ordinal()].get(cp);
        if (known != CodePointTable.UNKNOWN) {
            return Float.intBitsToFloat(known);
        }
        int choice = choose(cp, face);
        float width = 0;
        if (choice != DROP) {
            int drawn = choice == MISSING ? placeholder(face) : cp;
            PDFont font = fontFor(choice == MISSING ? 0 : choice, face);
            try {
                width = font.getStringWidth(new String(Character.toChars(drawn)));
            } catch (IOException | IllegalArgumentException e) {
                width = 500;
            }
        }
        widths[face.ordinal()].put(cp, Float.floatToIntBits(width));
        return width;
    }

    /** 0 for the face's own font, 1.. for a fallback, or MISSING / DROP. */
    private int choose(int cp, Face face) {
        int known = choices[face.ordinal()].get(cp);
        if (known != CodePointTable.UNKNOWN) {
            return known;
        }
        int choice = decide(cp, face);
        choices[face.ordinal()].put(cp, choice);
        if (choice == MISSING) {
            missing.add(cp);
        }
        return choice;
    }

    private int decide(int cp, Face face) {
        if (faceFile(face).covers(cp)) {
            return 0;
        }
        List<FontLibrary.FontFile> fallbacks = library.fallbacks();
        for (int i = 0; i < fallbacks.size(); i++) {
            if (fallbacks.get(i).covers(cp) && fallbackFont(i + 1) != null) {
                return i + 1;
            }
        }
        return invisible(cp) ? DROP : MISSING;
    }

    /** Joiners, variation selectors and the like, which change how a glyph looks but are no glyph themselves. */
    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.CONTROL || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF) || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }

    private int placeholder(Face face) {
        return faceFile(face).covers(PLACEHOLDER) ? PLACEHOLDER : '?';
    }

    private PDFont fontFor(int choice, Face face) {
        return choice == 0 ? faceFont(face) : fallbackFont(choice);
    }

    public PDFont faceFont(Face face) {
        PDFont font = faceFonts.get(face);
        if (font == null) {
            try {
                font = PDType0Font.load(document, faceFile(face).font(), true);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("Could not embed the handout font", e);
            }
            faceFonts.put(face, font);
        }
        return font;
    }

    private FaceFile faceFile(Face face) {
        FaceFile file = faceFiles.get(face);
        if (file == null) {
            try {
                TrueTypeFont font = parse(library.face(face));
                file = new FaceFile(font, font.getUnicodeCmapLookup(), font.getNumberOfGlyphs());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("Could not read the handout font", e);
            }
            faceFiles.put(face, file);
        }
        return file;
    }

    private PDFont fallbackFont(int index) {
        if (unusableFallbacks.contains(index)) {
            return null;
        }
        PDFont font = fallbackFonts.get(index);
        if (font == null) {
            try {
                font = embed(library.fallbacks().get(index - 1).bytes());
                fallbackFonts.put(index, font);
            } catch (IOException | RuntimeException e) {
                unusableFallbacks.add(index); // e.g. a font whose licence forbids embedding
                return null;
            }
        }
        return font;
    }

    /** Embeds a subset of the font. */
    private PDFont embed(byte[] bytes) throws IOException {
        return PDType0Font.load(document, parse(bytes), true);
    }

    /**
     * Parses a font file for this document, closed with it. Glyph substitution (ligatures) is switched off: PDFBox
     * would otherwise redo it for every line drawn, which makes a handout several times slower, and plain glyphs
     * extract more cleanly.
     */
    private TrueTypeFont parse(byte[] bytes) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        opened.add(font);
        font.setEnableGsub(false);
        return font;
    }

    /** Closes the font files; call once the document is saved. */
    @Override
    public void close() throws IOException {
        for (TrueTypeFont font : opened) {
            font.close();
        }
        opened.clear();
    }

    private static CodePointTable[] tables() {
        CodePointTable[] tables = new CodePointTable[Face.values().length];
        java.util.Arrays.setAll(tables, f -> new CodePointTable());
        return tables;
    }
}
