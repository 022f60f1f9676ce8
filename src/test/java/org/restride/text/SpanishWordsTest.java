package org.restride.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The handout's own words in Spanish: every English key has a Spanish value with the same placeholders. */
class SpanishWordsTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2}|clinician)\\}");
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    static Stream<String> areas() {
        return Stream.of("handout", "dosage", "common", "symptoms", "criterion", "walkrun", "issued", "clinic", "labels");
    }

    @ParameterizedTest
    @MethodSource("areas")
    void everyEnglishKeyHasASpanishValueWithTheSamePlaceholders(String area) throws IOException {
        Properties en = load("en", area);
        Properties es = load("es", area);
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            String value = es.getProperty(key);
            if (value == null || value.isBlank()) {
                problems.add(key + " has no Spanish value");
            } else if (!placeholders(value).equals(placeholders(en.getProperty(key)))) {
                problems.add(key + " has " + placeholders(value) + ", English has " + placeholders(en.getProperty(key)));
            }
        }
        for (String key : new TreeSet<>(es.stringPropertyNames())) {
            if (!en.containsKey(key)) {
                problems.add(key + " is only in Spanish (a typo?)");
            }
        }
        assertEquals(List.of(), problems, area);
    }

    @ParameterizedTest
    @MethodSource("areas")
    void noSpanishKeyIsGivenTwice(String area) throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open("es", area), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int eq = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && eq > 0 && !seen.add(line.substring(0, eq).trim())) {
                    twice.add(line.substring(0, eq).trim());
                }
            }
        }
        assertEquals(List.of(), twice, area);
    }

    @Test
    void spanishFreeTextTakesSpanishRegionalWordsAndTheClinicsTerm() {
        Words words = Words.of(SPANISH).withTerm("clinician", Words.of(SPANISH).get("common.clinician.physiotherapist"));
        assertEquals("Camine con el cochecito; avise a su fisioterapeuta si duele.",
                words.fill("Camine con el {common.word.stroller}; avise a su {clinician} si duele."));
        assertEquals("Llame si nota", words.get("handout.stop.title"));
        assertEquals("Página 2 de 6", words.get("handout.footer.page", 2, 6));
    }

    @Test
    void spanishWeeksReadInsideTheComingNextSentence() {
        Words words = Words.of(SPANISH);
        assertEquals("Suele ser entre las semanas 6 y 12 después del parto.",
                words.get("handout.next.when", words.weeksInSentence(6, 12)));
        assertEquals("Suele ser desde la semana 12 después del parto.",
                words.get("handout.next.when", words.weeksInSentence(12, null)));
        assertEquals("Semanas 6–12", words.weeks(6, 12));
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties load(String folder, String area) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = open(folder, area)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static InputStream open(String folder, String area) {
        InputStream in = SpanishWordsTest.class.getResourceAsStream("/org/restride/text/" + folder + "/" + area
                + ".properties");
        assertNotNull(in, "text/" + folder + "/" + area + ".properties is missing");
        return in;
    }
}
