package org.restride.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.restride.io.OutputKind;

/** The exchange file format: one file per roadmap or library, to share between clinics. */
public final class ExchangeFormat {
    /** The extension of exchange files, roadmaps and libraries alike. */
    public static final String EXTENSION = ".restride";
    /** The MIME type the installers register for the extension. */
    public static final String MIME_TYPE = "application/x-restride";
    public static final int VERSION = 1;
    static final String ROADMAP = OutputKind.ROADMAP_FORMAT;
    static final String LIBRARY = OutputKind.LIBRARY_FORMAT;

    private ExchangeFormat() {
    }

    /** True for a file name that says it is an exchange file (a zip): {@code .restride}, or {@code .zip}. */
    public static boolean isExchangeName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(EXTENSION) || name.endsWith(".zip");
    }

    /** True for a file whose first bytes are a zip's (an exchange file), false for anything else, such as JSON. */
    public static boolean looksLikeZip(Path file) {
        return startsWith(file, 3, 4);
    }

    /** True for a zip with nothing in it: only its end record, which starts "PK", 5, 6. */
    static boolean looksLikeEmptyZip(Path file) {
        return startsWith(file, 5, 6);
    }

    private static boolean startsWith(Path file, int third, int fourth) {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == third && head[3] == fourth;
        } catch (IOException e) {
            return false;
        }
    }
}
