package org.restride.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restride.app.DemoClinic;
import org.restride.app.FreshWorkspace;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseText;
import org.restride.domain.Phase;
import org.restride.domain.Roadmap;
import org.restride.text.Words;

/** A roadmap's handout request in Spanish carries the exercises' Spanish names and steps; in English it is untouched. */
class SpanishRequestTest extends FreshWorkspace {
    Roadmap maya;
    HandoutRequests requests;
    /** Maya's handout request as the clinic's English prints it. */
    HandoutRequest english;

    @Override
    protected Clock clock() {
        return Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    }

    @BeforeEach
    void mayasRequest() {
        maya = new DemoClinic(workspace).fill().roadmaps().get(0);
        requests = new HandoutRequests(workspace.handoutSources());
        english = requests.forRoadmap(maya.id(), LocalDate.of(2026, 11, 29)).orElseThrow();
    }

    @Test
    void aDemoRoadmapsSpanishRequestCarriesSpanishNamesAndSteps() {
        assertEquals("en", english.options().language());
        HandoutRequests.InLanguage same = requests.inItsLanguage(english);
        assertSame(english, same.request(), "an English handout is made from the very same request");
        assertEquals(List.of(), same.inEnglish());

        HandoutRequests.InLanguage es = requests.inItsLanguage(english.withOptions(english.options().withLanguage("es")));
        assertEquals(List.of(), es.inEnglish());
        assertEquals(english.exercises().keySet(), es.request().exercises().keySet());
        for (Exercise e : english.exercises().values()) {
            ExerciseText text = workspace.exerciseTexts().find(e.id(), "es").orElseThrow();
            Exercise spanish = es.request().exercises().get(e.id());
            assertEquals(text.name(), spanish.name());
            assertEquals(text.steps(), spanish.steps());
            assertTrue(!spanish.name().equals(e.name()) || e.name().equals(text.name()), e.id());
        }
        Roadmap translated = es.request().roadmap();
        for (int i = 0; i < maya.phases().size(); i++) {
            String name = maya.phases().get(i).name();
            assertEquals(workspace.builtIn().catalogue("es").text(name), translated.phases().get(i).name());
        }
        assertTrue(!translated.phases().get(0).name().equals(maya.phases().get(0).name()),
                "the demo's phases are the template's: their names read in Spanish");
        assertEquals(english.patientName(), es.request().patientName());
        assertEquals(english.options(), es.request().options().withLanguage("en"));
    }

    @Test
    void whatThePtTypedIsNamedAsPrintedAsTypedInSpanishOnly() {
        assertEquals("", requests.inItsLanguage(english).asTyped().sentence(Words.english()), "English: nothing");

        HandoutRequest spanish = english.withOptions(english.options().withLanguage("es"));
        assertEquals("Printed as you typed it, not translated: her goals",
                requests.inItsLanguage(spanish).asTyped().sentence(Words.english()),
                "her goals are her own words; the template's texts are translated");

        List<Phase> phases = new ArrayList<>(maya.phases());
        Phase second = phases.get(1);
        phases.set(1, new Phase(second.kind(), "Fuerza en casa", second.purpose(), second.weeks(), second.items(),
                second.exitCriteria()));
        HandoutRequest renamed = spanish.withRoadmap(new Roadmap(maya.id(), maya.patientId(), maya.title(),
                maya.goal(), maya.status(), maya.currentPhase(), phases, maya.created()));
        assertEquals("Printed as you typed it, not translated: her goals, 1 phase name or purpose",
                requests.inItsLanguage(renamed).asTyped().sentence(Words.english()));
    }
}
