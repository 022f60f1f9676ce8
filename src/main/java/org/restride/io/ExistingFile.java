package org.restride.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Tells whether an existing ordinary file is of a kind Restride may replace, by what it holds (not by its name):
 * a PDF by its first bytes, a database by its SQLite header and Restride's application_id, a library or roadmap
 * file by its format header (inside a valid zip for a .restride file). Reading is bounded; anything that cannot be
 * read or is too large to check is not of the kind. An empty file holds nothing and may be replaced.
 */
final class ExistingFile {
    static final long MAX_JSON_BYTES = 20L * 1024 * 1024;
    static final long MAX_ZIP_BYTES = 100L * 1024 * 1024;
    static final String EXCHANGE_ENTRY = "restride.json";
    private static final int SQLITE_HEADER = 100;
    private static final int APPLICATION_ID_OFFSET = 68;

    private ExistingFile() {
    }

    /** True if {@code file} (an existing ordinary file) may be replaced by a file of {@code kind}. */
    static boolean isOfKind(Path file, OutputKind kind) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            return true;
        }
        return switch (kind) {
            case PDF -> startsWith(head(file, OutputKind.PDF_MAGIC.length), OutputKind.PDF_MAGIC);
            case DATABASE -> isRestrideDatabase(head(file, SQLITE_HEADER));
            case JSON -> size <= MAX_JSON_BYTES && hasFormat(Files.readAllBytes(file), OutputKind.LIBRARY_FORMAT);
            case LIBRARY_EXCHANGE -> isExchange(file, size, OutputKind.LIBRARY_FORMAT);
            case ROADMAP_EXCHANGE -> isExchange(file, size, OutputKind.ROADMAP_FORMAT);
        };
    }

    static boolean isRestrideDatabase(byte[] header) {
        return header.length == SQLITE_HEADER && startsWith(header, OutputKind.SQLITE_MAGIC)
                && ByteBuffer.wrap(header, APPLICATION_ID_OFFSET, 4).getInt() == OutputKind.RESTRIDE_APPLICATION_ID;
    }

    private static byte[] head(Path file, int bytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(bytes);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean isExchange(Path file, long size, String format) throws IOException {
        if (size > MAX_ZIP_BYTES || !startsWith(head(file, 4), new byte[] {'P', 'K', 3, 4})) {
            return false;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(EXCHANGE_ENTRY);
            if (entry == null) {
                return false;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                byte[] json = in.readNBytes((int) MAX_JSON_BYTES + 1);
                return json.length <= MAX_JSON_BYTES && hasFormat(json, format);
            }
        } catch (IOException | IllegalArgumentException e) {
            return false; // not a readable zip (java.util.zip.ZipException), or damaged inside
        }
    }

    private static boolean hasFormat(byte[] json, String format) {
        try {
            JsonNode root = BoundedJson.parse(json, "");
            JsonNode value = root.get("format");
            return root.isObject() && value != null && value.isTextual() && value.asText().equals(format);
        } catch (InputRefusedException e) {
            return false;
        }
    }
}
