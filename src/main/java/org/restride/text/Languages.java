package org.restride.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The languages the text package has, read from {@code text/languages.properties} in its order: a lower-case
 * language code ("en", "es") and the language's own name. A third language is its text files plus one line.
 */
public final class Languages {
    /** The language used when none is chosen. */
    public static final String DEFAULT = "en";

    private static final List<String> CODES;
    private static final Properties NAMES = new Properties();

    static {
        List<String> codes = new ArrayList<>();
        try (InputStream in = Languages.class.getResourceAsStream("/org/restride/text/languages.properties");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            for (String line : new BufferedReader(reader).lines().toList()) {
                String trimmed = line.strip();
                int equals = trimmed.indexOf('=');
                if (trimmed.isEmpty() || trimmed.startsWith("#") || equals <= 0) {
                    continue;
                }
                String code = trimmed.substring(0, equals).strip();
                codes.add(code);
                NAMES.setProperty(code, trimmed.substring(equals + 1).strip());
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read text/languages.properties", e);
        }
        CODES = Collections.unmodifiableList(codes);
    }

    private Languages() {
    }

    /** Every language code, "en" first. */
    public static List<String> codes() {
        return CODES;
    }

    public static boolean has(String code) {
        return code != null && CODES.contains(code);
    }

    /** The language's name in its own language ("Español"), or the code when it is not one of ours. */
    public static String nativeName(String code) {
        return NAMES.getProperty(code, code);
    }

    /**
     * A language setting as one of ours: "es", "ES", "es-MX" and "es_US" give "es"; anything else (blank, null,
     * a language we have no text for) gives null.
     */
    public static String supported(String setting) {
        if (setting == null || setting.isBlank() || setting.length() > 20) {
            return null;
        }
        String tag = setting.strip().replace('_', '-');
        int dash = tag.indexOf('-');
        String code = (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
        return has(code) ? code : null;
    }

    /** The same as {@link #supported}, falling back to {@link #DEFAULT}. */
    public static String orDefault(String setting) {
        String code = supported(setting);
        return code == null ? DEFAULT : code;
    }
}
