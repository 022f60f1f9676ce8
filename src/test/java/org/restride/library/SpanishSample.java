package org.restride.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small Spanish sample (two foundation exercises, two tests) as language files, for the seeder's tests. */
final class SpanishSample {
    private SpanishSample() {
    }

    static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("es/exercises/foundation.json", read("foundation.json"));
        files.put("es/criteria.json", read("criteria.json"));
        return files;
    }

    /** The sample with one file's text changed, e.g. to damage it. */
    static Map<String, byte[]> withFoundation(String from, String to) {
        Map<String, byte[]> files = files();
        String text = new String(files.get("es/exercises/foundation.json"), StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalArgumentException("the sample has no " + from);
        }
        files.put("es/exercises/foundation.json", text.replace(from, to).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static byte[] read(String name) {
        try (InputStream in = SpanishSample.class.getResourceAsStream("sample-es/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
