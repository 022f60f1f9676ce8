package org.restride.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.restride.domain.ClinicProfile;
import org.restride.domain.PaperSize;
import org.restride.domain.Template;

/**
 * Every demo roadmap and every built-in template printed in Spanish: no English function word is left in what she
 * reads, once the words the clinic typed (her name, the clinic's details, her goals) are taken out; and the file says
 * it is Spanish.
 */
class SpanishHandoutTest extends DemoHandouts {
    /** Words that only English text holds: each found whole, in any case, is a line left untranslated. */
    static final List<String> ENGLISH = List.of("the", "your", "with", "week", "times", "each side", "and", "you",
            "of", "to");
    private static final Pattern FUNCTION_WORDS = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])("
            + String.join("|", ENGLISH.stream().map(w -> w.replace(" ", "\\s+")).toList()) + ")(?![\\p{L}\\p{N}])");

    /** The request in Spanish, on Letter paper, its exercises and built-in texts put into Spanish as the app does. */
    static HandoutRequest spanish(HandoutRequest request) {
        HandoutRequest es = request.withOptions(request.options().withLanguage("es").withPaper(PaperSize.LETTER));
        HandoutRequests.InLanguage translated = new HandoutRequests(clinic.workspace().handoutSources()).inItsLanguage(es);
        assertEquals(List.of(), translated.inEnglish(), "every built-in exercise has Spanish");
        return translated.request();
    }

    static Stream<String> templates() {
        try (SampleClinic templates = new SampleClinic(folder.resolve("templates"))) {
            return templates.workspace().templates().all().stream().map(Template::key).toList().stream();
        }
    }

    @ParameterizedTest(name = "sample {0}")
    @ValueSource(ints = {0, 1, 2})
    void aDemoHandoutInSpanishHasNoEnglishWords(int sample) throws Exception {
        HandoutRequest request = spanish(clinic.request(sample));
        assertEquals(List.of(), englishIn(request, renderer.render(request)), "sample " + sample);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyTemplateInSpanishHasNoEnglishWordsInAnyPhase(String key) throws Exception {
        HandoutRequest request = spanish(new HandoutRequests(clinic.workspace().handoutSources())
                .forTemplate(key, "Ana Souza", SampleClinic.PREPARED).orElseThrow());
        request = request.withOptions(request.options().withAllPhases(true));
        assertEquals(List.of(), englishIn(request, renderer.render(request)), key);
    }

    @ParameterizedTest(name = "sample {0}")
    @ValueSource(ints = {0, 1, 2})
    void theSpanishFileIsMarkedSpanish(int sample) throws Exception {
        HandoutRequest request = spanish(clinic.request(sample));
        try (PDDocument document = HandoutPages.open(renderer.render(request).pdf())) {
            assertEquals("es", document.getDocumentCatalog().getLanguage());
            String title = document.getDocumentInformation().getTitle();
            assertTrue(title.startsWith("Su plan"), title);
            assertTrue(document.getDocumentInformation().getSubject().contains("ejercicio"),
                    document.getDocumentInformation().getSubject());
        }
    }

    /** The English words in the handout's text, each with a little of the text around it. */
    static List<String> englishIn(HandoutRequest request, HandoutResult result) throws Exception {
        String text = HandoutContentTest.text(result);
        for (String typed : typedByTheClinic(request)) {
            text = text.replace(typed, " ");
        }
        List<String> found = new ArrayList<>();
        Matcher m = FUNCTION_WORDS.matcher(text);
        while (m.find()) {
            found.add(m.group(1).toLowerCase(Locale.ROOT) + ": …" + text.substring(Math.max(0, m.start() - 50),
                    Math.min(text.length(), m.end() + 50)) + "…");
        }
        return found;
    }

    /** What the clinic typed, spaced as the handout's text is: longest first, so no part of one is left behind. */
    static List<String> typedByTheClinic(HandoutRequest request) {
        ClinicProfile c = request.clinic();
        List<String> typed = new ArrayList<>(Stream.of(request.patientName(), c.clinicName(), c.address(), c.phone(),
                c.email(), c.website(), c.therapistName(), c.credentials(),
                HandoutWords.therapist(c), HandoutWords.contact(c)).filter(Objects::nonNull).toList());
        typed.addAll(request.goals());
        if (!c.disclaimer().isEmpty()) {
            typed.add(c.disclaimer());
        }
        return typed.stream().map(t -> t.replaceAll("\\s+", " ").strip()).filter(t -> !t.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
