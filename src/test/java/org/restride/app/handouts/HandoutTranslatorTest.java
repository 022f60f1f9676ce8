package org.restride.app.handouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Workspace;
import org.restride.domain.Criterion;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseText;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.Roadmap;
import org.restride.library.BuiltInLibrary;
import org.restride.text.Words;

/**
 * A roadmap from a built-in template, put into Spanish from the shipped files: exercises by their Spanish text,
 * the copied template texts while untouched, what the PT typed as typed, and the exercises left in English named.
 */
class HandoutTranslatorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path folder;
    Workspace workspace;
    HandoutSource run;
    JsonNode spanishTemplate;

    @BeforeEach
    void open() throws IOException {
        workspace = Workspace.open(folder, Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC));
        run = workspace.handoutSources().forTemplate("return-to-run", "Ana Souza", TODAY).orElseThrow();
        try (InputStream in = BuiltInLibrary.class.getResourceAsStream("es/templates.json")) {
            for (JsonNode t : new ObjectMapper().readTree(in).get("templates")) {
                if (t.get("key").asText().equals("return-to-run")) {
                    spanishTemplate = t;
                }
            }
        }
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private HandoutTranslator.Translated spanish(Roadmap roadmap, Map<String, Exercise> exercises) {
        return workspace.handoutSources().translate(roadmap, exercises, "es");
    }

    @Test
    void aBuiltInRoadmapReadsInSpanishAndNothingIsLeftInEnglish() {
        HandoutTranslator.Translated es = spanish(run.roadmap(), run.exercises());
        Phase first = es.roadmap().phases().get(0);
        JsonNode firstEs = spanishTemplate.get("phases").get(0);
        assertEquals(spanishTemplate.get("title").asText(), es.roadmap().title());
        assertEquals(firstEs.get("name").asText(), first.name());
        assertEquals(firstEs.get("purpose").asText(), first.purpose());
        assertEquals(firstEs.get("criteria").get(0).get("name").asText(), first.exitCriteria().get(0).name());

        ExerciseText breath = workspace.exerciseTexts().find("breathing-360-lying", "es").orElseThrow();
        Exercise translated = es.exercises().get("breathing-360-lying");
        assertEquals(breath.name(), translated.name());
        assertEquals(breath.steps(), translated.steps());
        assertEquals(breath.watchFor(), translated.watchFor());
        assertEquals(run.exercises().get("breathing-360-lying").defaultDosage().amount(),
                translated.defaultDosage().amount(), "the numbers stay");
        PhaseItem item = first.items().get(0);
        assertEquals("breathing-360-lying", item.exerciseId());
        assertEquals(breath.tempo(), item.dosage().tempo(), "the item's copied tempo is the exercise's Spanish one");
        assertEquals(List.of(), es.inEnglish());
        assertEquals(run.exercises().keySet(), es.exercises().keySet());
    }

    @Test
    void whatThePtTypedPrintsAsTyped() {
        Phase first = run.roadmap().phases().get(0);
        Criterion check = first.exitCriteria().get(0);
        List<Criterion> checks = new ArrayList<>(first.exitCriteria());
        checks.set(0, new Criterion(check.key(), check.name() + ", most days", check.target(), check.eachSide(),
                check.exerciseId()));
        List<PhaseItem> items = new ArrayList<>(first.items());
        items.set(0, new PhaseItem(items.get(0).exerciseId(), items.get(0).dosage(), "Before the baby's first feed"));
        Phase edited = new Phase(first.kind(), "Week one: breathe", first.purpose(), first.weeks(), items, checks);
        List<Phase> phases = new ArrayList<>(run.roadmap().phases());
        phases.set(0, edited);
        Roadmap roadmap = run.roadmap().withTitle("Ana's own plan").withPhases(phases);

        Roadmap es = spanish(roadmap, run.exercises()).roadmap();
        Phase firstEs = es.phases().get(0);
        assertEquals("Ana's own plan", es.title());
        assertEquals("Week one: breathe", firstEs.name());
        assertEquals(check.name() + ", most days", firstEs.exitCriteria().get(0).name());
        assertEquals("Before the baby's first feed", firstEs.items().get(0).note());
        assertEquals(spanishTemplate.get("phases").get(0).get("purpose").asText(), firstEs.purpose(),
                "the untouched purpose beside them is still translated");
        assertNotEquals(run.roadmap().phases().get(1).name(), es.phases().get(1).name());
    }

    @Test
    void aClinicExerciseWithoutSpanishIsNamedAndPrintsInEnglish() {
        Exercise builtIn = run.exercises().get("heel-slide-lying");
        Exercise ours = builtIn.copyForClinic("our-heel-slide", "Our heel slide");
        Exercise partly = builtIn.copyForClinic("our-marching", "Our marching");
        workspace.exercises().save(ours);
        workspace.exercises().save(partly);
        workspace.exerciseTexts().save("our-marching", "es", new ExerciseText("Nuestra marcha", null, List.of(),
                List.of(), List.of(), List.of(), null, null));
        Phase first = run.roadmap().phases().get(0);
        List<PhaseItem> items = new ArrayList<>(first.items());
        items.add(new PhaseItem("our-marching", partly.defaultDosage(), null));
        items.add(new PhaseItem("our-heel-slide", ours.defaultDosage(), null));
        List<Phase> phases = new ArrayList<>(run.roadmap().phases());
        phases.set(0, first.withItems(items));
        Map<String, Exercise> exercises = new LinkedHashMap<>(run.exercises());
        exercises.put("our-heel-slide", ours);
        exercises.put("our-marching", partly);

        HandoutTranslator.Translated es = spanish(run.roadmap().withPhases(phases), exercises);
        assertEquals(List.of("Nuestra marcha", "Our heel slide"), es.inEnglish(),
                "no Spanish, or only part of it: named as printed, in the order the roadmap uses them");
        assertEquals(List.of("Nuestra marcha"), es.partly(), "a Spanish name with fields missing is partly in English");
        assertEquals("These exercises will print in English: \"Nuestra marcha\" (partly in English), \"Our heel slide\"",
                InEnglish.sentence(Words.english(), es.inEnglish(), es.partly()));
        assertEquals(ours, es.exercises().get("our-heel-slide"), "printed in English as it is");
        assertEquals("Nuestra marcha", es.exercises().get("our-marching").name());
        assertEquals(builtIn.steps(), es.exercises().get("our-marching").steps(), "the fields it lacks stay English");

        workspace.exerciseTexts().save("our-heel-slide", "es", workspace.exerciseTexts()
                .find("heel-slide-lying", "es").orElseThrow());
        assertEquals(List.of("Nuestra marcha"), spanish(run.roadmap().withPhases(phases), exercises).inEnglish());
    }

    @Test
    void englishIsReturnedAsItIs() {
        HandoutTranslator.Translated en = workspace.handoutSources().translate(run.roadmap(), run.exercises(), "en");
        assertSame(run.roadmap(), en.roadmap());
        assertEquals(run.exercises(), en.exercises());
        assertEquals(List.of(), en.inEnglish());
    }

    @Test
    void theSentenceNamesAFewShortAndEscaped() {
        Words words = Words.english();
        assertEquals("", InEnglish.sentence(words, List.of()));
        assertEquals("This exercise will print in English: \"Our squat\"", InEnglish.sentence(words, List.of("Our squat")));
        String many = InEnglish.sentence(words, List.of("A", "B\u001b[2J", "C", "D", "E", "F", "G"));
        assertEquals("These exercises will print in English: \"A\", \"B\\u001b[2J\", \"C\", \"D\", \"E\" and 2 more", many);
        assertEquals("These exercises will print in English: \"Own bridge, hold\", \"Squat\"",
                InEnglish.sentence(words, List.of("Own bridge, hold", "Squat")), "a comma in a name cannot pass for two");
    }
}
