package org.restride.handout.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The font files a handout may embed, read once and kept for the life of the program: Liberation Sans
 * (bundled) and, for characters it lacks, optional fallback TrueType files such as DejaVu Sans.
 * Only bytes (and, for the fallbacks, character coverage) are kept: PDFBox font objects belong to one document.
 * The bundled faces are not parsed here: each document parses the faces it uses once, for their widths, their
 * coverage and the embedded subset alike ({@link DocumentFonts}).
 */
public final class FontLibrary {
    private static final String BUNDLED = "/liberation/LiberationSans-";
    private static final int LAST_CODE_POINT = 0x10FFFF;
    private static final List<Path> SYSTEM_FALLBACKS = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/TTF/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
            Path.of("C:/Windows/Fonts/seguisym.ttf"),
            Path.of("/Library/Fonts/Arial Unicode.ttf"),
            Path.of("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"));

    /** One font file: its bytes and the code points it has glyphs for. */
    record FontFile(String name, byte[] bytes, BitSet coverage) {
        boolean covers(int codePoint) {
            return coverage.get(codePoint);
        }
    }

    private final Map<Face, byte[]> faces;
    private final List<Path> fallbackPaths;
    private List<FontFile> fallbacks;

    private FontLibrary(Map<Face, byte[]> faces, List<Path> fallbackPaths) {
        this.faces = faces;
        this.fallbackPaths = List.copyOf(fallbackPaths);
    }

    /** Liberation Sans and nothing else: the same output on every machine. */
    public static FontLibrary bundled() {
        return withFallbacks(List.of());
    }

    /** Liberation Sans, then whichever well-known Unicode fonts this computer has. */
    public static FontLibrary withSystemFallbacks() {
        return withFallbacks(SYSTEM_FALLBACKS.stream().filter(Files::isRegularFile).toList());
    }

    /** Liberation Sans, then the given TrueType files (read on first need), in order. */
    public static FontLibrary withFallbacks(List<Path> fallbackFiles) {
        Map<Face, byte[]> faces = new EnumMap<>(Face.class);
        faces.put(Face.REGULAR, bundled("Regular"));
        faces.put(Face.BOLD, bundled("Bold"));
        faces.put(Face.ITALIC, bundled("Italic"));
        return new FontLibrary(faces, fallbackFiles);
    }

    /** The bundled file of the face (not to be changed). */
    byte[] face(Face face) {
        return faces.get(face);
    }

    /** The fallback files that could be read; a file that is not a usable font is skipped. */
    synchronized List<FontFile> fallbacks() {
        if (fallbacks == null) {
            List<FontFile> loaded = new ArrayList<>();
            for (Path path : fallbackPaths) {
                try {
                    loaded.add(read(path.getFileName().toString(), Files.readAllBytes(path)));
                } catch (IOException | RuntimeException e) {
                    // not a font we can use: the characters it would have drawn get a placeholder instead
                }
            }
            fallbacks = List.copyOf(loaded);
        }
        return fallbacks;
    }

    private static byte[] bundled(String style) {
        String resource = BUNDLED + style + ".ttf";
        try (InputStream in = FontLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the program's files.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the font " + resource, e);
        }
    }

    /** Reads a fallback's coverage from its character map, glyph by glyph (a few thousand), not code point by code point. */
    private static FontFile read(String name, byte[] bytes) throws IOException {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            font.setEnableGsub(false);
            CmapLookup cmap = font.getUnicodeCmapLookup();
            BitSet coverage = new BitSet();
            for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
                List<Integer> codePoints = cmap.getCharCodes(glyph);
                if (codePoints != null) {
                    codePoints.stream().filter(cp -> cp >= 0 && cp <= LAST_CODE_POINT).forEach(coverage::set);
                }
            }
            return new FontFile(name, bytes, coverage);
        }
    }
}
