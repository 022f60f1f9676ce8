package org.restride.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.restride.io.BoundedJson;
import org.restride.io.BoundedRead;
import org.restride.io.InputRefusedException;
import org.restride.io.SafeFiles;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

/**
 * The exchange file: a zip holding {@code restride.json} (and, later, pictures). Reading trusts nothing in the
 * zip: entry names must stay inside it, and sizes are counted while unpacking, whatever the zip claims.
 */
final class ExchangeZip {
    static final String ENTRY = "restride.json";
    static final int MAX_ENTRIES = 2_000;
    static final long MAX_JSON_BYTES = 20L * 1024 * 1024;
    static final long MAX_ENTRY_BYTES = 20L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;
    /** The exchange file itself, before unpacking. */
    static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExchangeZip() {
    }

    /** What an exchange file holds: its JSON, and the other files in it by name (pictures). */
    record Contents(JsonNode root, Map<String, byte[]> files) {
    }

    /**
     * Reads an exchange file or, for a library, a plain JSON file (known by its first bytes): both are checked for
     * size before they are opened, parsed within limits, and must carry the expected format and version.
     */
    static Contents readEither(Path file, String expectedFormat) {
        BoundedRead.checkOrdinary(file, MAX_FILE_BYTES);
        if (ExchangeFormat.looksLikeZip(file) || ExchangeFormat.looksLikeEmptyZip(file)) {
            return read(file, expectedFormat);
        }
        String name = String.valueOf(file.getFileName());
        if (ExchangeFormat.isExchangeName(name)) {
            throw new InputRefusedException(InputRefusedException.Reason.NOT_A_ZIP, name);
        }
        JsonNode root = BoundedJson.parse(BoundedRead.file(file, MAX_JSON_BYTES), name, kind(expectedFormat));
        if (!root.isObject()) {
            throw new ExchangeException(KeyedProblem.of("problems.exchange.oneObject", Excerpt.path(name)));
        }
        checkHeader(Excerpt.path(name), root, expectedFormat);
        return new Contents(root, Map.of());
    }

    /** Reads the file's {@code restride.json}, checking the whole zip and the format header first. */
    static Contents read(Path file, String expectedFormat) {
        BoundedRead.checkOrdinary(file, MAX_FILE_BYTES);
        String name = Excerpt.path(file.getFileName());
        byte[] json = null;
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Set<String> seen = new HashSet<>();
            long total = 0;
            int count = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw new ExchangeException(KeyedProblem.of("problems.exchange.tooManyFiles", name, MAX_ENTRIES));
                }
                checkName(name, entry.getName());
                if (!seen.add(entry.getName())) {
                    throw new ExchangeException(KeyedProblem.of("problems.exchange.entryTwice", name, Excerpt.quoted(entry.getName())));
                }
                long limit = ENTRY.equals(entry.getName()) ? MAX_JSON_BYTES : MAX_ENTRY_BYTES;
                byte[] content = readBounded(zip, entry, limit, MAX_TOTAL_BYTES - total, name);
                total += content.length;
                if (ENTRY.equals(entry.getName())) {
                    json = content;
                } else if (!entry.isDirectory()) {
                    files.put(entry.getName(), content);
                }
            }
        } catch (NoSuchFileException e) {
            throw new ExchangeException(KeyedProblem.of("problems.exchange.noFile", Excerpt.path(file)));
        } catch (ZipException e) {
            if (ExchangeFormat.looksLikeEmptyZip(file)) {
                throw new ExchangeException(KeyedProblem.of("problems.exchange.noEntry", name, ENTRY));
            }
            throw new InputRefusedException(InputRefusedException.Reason.NOT_A_ZIP, file.getFileName());
        } catch (IOException e) {
            if (!Files.exists(file)) {
                throw new ExchangeException(KeyedProblem.of("problems.exchange.noFile", Excerpt.path(file)));
            }
            throw new ExchangeException(KeyedProblem.of("problems.exchange.unreadable", Excerpt.path(file), e), e);
        }
        if (json == null) {
            throw new ExchangeException(KeyedProblem.of("problems.exchange.noEntry", name, ENTRY));
        }
        JsonNode root = parse(name, json, kind(expectedFormat));
        checkHeader(name, root, expectedFormat);
        return new Contents(root, files);
    }

    private static void checkName(String file, String entry) {
        boolean unsafe = entry.isEmpty() || entry.startsWith("/") || entry.contains("\\") || entry.contains(":")
                || entry.indexOf('\0') >= 0;
        for (String part : entry.split("/")) {
            unsafe |= part.equals("..");
        }
        if (unsafe) {
            throw new ExchangeException(KeyedProblem.of("problems.exchange.outside", file, Excerpt.quoted(entry)));
        }
    }

    private static byte[] readBounded(ZipFile zip, ZipEntry entry, long entryLimit, long leftInTotal, String file)
            throws IOException {
        long limit = Math.min(entryLimit, leftInTotal);
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (content.length > limit && limit == entryLimit) {
                throw new ExchangeException(KeyedProblem.of("problems.exchange.entryTooLarge", file,
                        Excerpt.quoted(entry.getName()), BoundedRead.megabytes(entryLimit)));
            }
            if (content.length > limit) {
                throw new ExchangeException(KeyedProblem.of("problems.exchange.totalTooLarge", file,
                        BoundedRead.megabytes(MAX_TOTAL_BYTES)));
            }
            return content;
        }
    }

    private static BoundedJson.Kind kind(String format) {
        return format.equals(ExchangeFormat.ROADMAP) ? BoundedJson.Kind.ROADMAP : BoundedJson.Kind.LIBRARY;
    }

    private static JsonNode parse(String file, byte[] json, BoundedJson.Kind kind) {
        JsonNode root = BoundedJson.parse(json, file + ": " + ENTRY, kind);
        if (!root.isObject()) {
            throw new ExchangeException(KeyedProblem.of("problems.exchange.entryNotObject", file, ENTRY));
        }
        return root;
    }

    private static void checkHeader(String file, JsonNode root, String expectedFormat) {
        JsonNode format = root.get("format");
        JsonNode version = root.get("version");
        if (format == null || format.isNull()) {
            throw new ExchangeException(KeyedProblem.of("problems.exchange.noFormat", file));
        }
        if (!format.isTextual()) {
            throw new ExchangeException(KeyedProblem.of("problems.exchange.formatNotText", file, Excerpt.of(format)));
        }
        if (!format.asText().equals(expectedFormat)) {
            throw new ExchangeException(KeyedProblem.of(hint(format.asText()), file, Excerpt.quoted(format.asText()),
                    expectedFormat));
        }
        if (version == null || !version.isIntegralNumber()) {
            throw new ExchangeException(KeyedProblem.of("problems.exchange.noVersion", file));
        }
        // a whole number of any size: one too large for an int is told as the newer version it claims to be
        BigInteger given = version.bigIntegerValue();
        if (given.signum() < 1 || given.compareTo(BigInteger.valueOf(ExchangeFormat.VERSION)) > 0) {
            throw new ExchangeException(KeyedProblem.of(given.signum() > 0 ? "problems.exchange.newerVersion"
                    : "problems.exchange.badVersion", file, Excerpt.of(given), ExchangeFormat.VERSION));
        }
    }

    /** The problem for a file of another format: one Restride reads with its other import says which. */
    private static String hint(String format) {
        if (format.equals(ExchangeFormat.LIBRARY)) {
            return "problems.exchange.otherFormat.library";
        }
        return format.equals(ExchangeFormat.ROADMAP) ? "problems.exchange.otherFormat.roadmap" : "problems.exchange.otherFormat";
    }

    /** Writes the JSON as the zip's one entry, whole or not at all. */
    static void write(Path file, ObjectNode root) {
        write(file, root, Map.of());
    }

    /** Writes the JSON and the other files (pictures) into the zip, whole or not at all. */
    static void write(Path file, ObjectNode root, Map<String, byte[]> files) {
        try {
            SafeFiles.writeAtomically(file, out -> {
                ZipOutputStream zip = new ZipOutputStream(out);
                zip.putNextEntry(new ZipEntry(ENTRY));
                zip.write(MAPPER.writeValueAsBytes(root));
                zip.closeEntry();
                for (Map.Entry<String, byte[]> other : files.entrySet()) {
                    zip.putNextEntry(new ZipEntry(other.getKey()));
                    zip.write(other.getValue());
                    zip.closeEntry();
                }
                zip.finish();
            });
        } catch (SafeFiles.NoSpaceException e) {
            throw new ExchangeException(KeyedProblem.of("problems.cause", e), e);
        } catch (IOException e) {
            throw new ExchangeException(KeyedProblem.of("problems.exchange.notWritten", Excerpt.path(file), e), e);
        }
    }

    static ObjectNode header(String format) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", format);
        root.put("version", ExchangeFormat.VERSION);
        return root;
    }
}
