package org.restride.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.restride.domain.ClinicianTerm;
import org.restride.app.Wording;
import org.restride.domain.Criterion;
import org.restride.text.Words;
import org.restride.domain.Exercise;
import org.restride.domain.PaperSize;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.handout.layout.FontLibrary;

/** Her handout for now, as she reads it: how long, what is on the first pages, the symptoms page, the log. */
class HandoutForNowTest extends DemoHandouts {
    private static final Wording LINES = new Wording(Words.english());

    /**
     * Pages in Letter, large print and whole, at 12 pt body text (14 pt large): the targets are 6 and 9 (issue 11), in
     * English and in Spanish, which runs longer (issue 15).
     */
    private static final int[] MOST_PAGES = {6, 6, 6};
    private static final int[] MOST_PAGES_LARGE = {9, 9, 9};
    private static final int[] MOST_PAGES_WHOLE = {19, 16, 16};

    private static HandoutRequest letter(int sample) {
        HandoutRequest request = clinic.request(sample);
        return request.withOptions(request.options().withPaper(PaperSize.LETTER));
    }

    private static List<String> pages(HandoutResult result) throws Exception {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = HandoutPages.open(result.pdf())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
        }
        return pages;
    }

    /** Her demo handout as printed in {@code language}, in Letter. */
    private static HandoutRequest letter(int sample, String language) {
        HandoutRequest request = letter(sample);
        return new HandoutRequests(clinic.workspace().handoutSources())
                .inItsLanguage(request.withOptions(request.options().withLanguage(language))).request();
    }

    @ParameterizedTest(name = "sample {0}, {1}")
    @CsvSource({"0, en", "1, en", "2, en", "0, es", "1, es", "2, es"})
    void herHandoutForNowIsFarShorterThanTheWholeRoadmap(int sample, String language) {
        HandoutRequest request = letter(sample, language);
        int now = renderer.render(request).pageCount();
        int large = renderer.render(request.withOptions(request.options().withLargePrint(true))).pageCount();
        int whole = renderer.render(request.withOptions(request.options().withAllPhases(true))).pageCount();
        assertTrue(now <= MOST_PAGES[sample], "handout for now: " + now + " pages");
        assertTrue(large <= MOST_PAGES_LARGE[sample], "large print: " + large + " pages");
        assertTrue(whole <= MOST_PAGES_WHOLE[sample], "whole roadmap: " + whole + " pages");
        assertTrue(whole >= now + 8, "the whole roadmap prints every phase (" + whole + " against " + now + ")");
    }

    @Test
    void thisWeekListsHerCurrentPhaseOnTheFirstPagesWithHowOftenAndTheSignsToCall() throws Exception {
        HandoutRequest request = letter(0);
        List<String> pages = pages(renderer.render(request));
        String start = pages.get(0) + " " + pages.get(1) + " " + pages.get(2);
        Phase phase = request.roadmap().current();
        DoseWords dose = new DoseWords(new HandoutText(request.clinic()));
        assertTrue(start.contains("This week Phase 2 of " + request.roadmap().phases().size() + ": " + phase.name()), start);
        assertTrue(java.util.regex.Pattern.compile("Doing all of these takes about \\d+ minutes").matcher(start).find(),
                "how long a session takes");
        int at = start.indexOf("Exercise How much");
        List<PhaseItem> rows = new PlanRows(request, phase, request.roadmap().currentPhase()).rows();
        for (PhaseItem item : phase.items()) {
            if (!rows.contains(item)) { // a check with no days of its own: on the checklist and taught as a check
                assertTrue(start.contains(request.exercises().get(item.exerciseId()).name()), item.exerciseId());
                continue;
            }
            String name = request.exercises().get(item.exerciseId()).name();
            String row = name + " " + dose.brief(item.dosage()).replace('\u00a0', ' ');
            int found = start.indexOf(row, at);
            assertTrue(found > at, "a row in order for " + row);
            at = found;
            assertTrue(start.contains(row + " " + item.dosage().timesPerDay() + "\u00d7"), "times a day for " + name);
        }
        for (Criterion criterion : phase.exitCriteria()) {
            assertTrue(start.contains(LINES.checklistLine(criterion)), LINES.checklistLine(criterion));
        }
        assertTrue(start.contains("call us on +44 20 7946 0123"), "the clinic's phone");
        assertTrue(start.contains("call your doctor or midwife"), "bleeding goes to her doctor or midwife");
        assertTrue(start.contains("call 999 in an emergency"), "the UK emergency number");
        // The first warning signs in the symptoms page's own words, and where the others are.
        List<String> signs = new SymptomsGuide(new Kit(null, Typography.of(false), new HandoutText(request.clinic())), request)
                .bands().get(3).entries();
        assertTrue(start.contains(signs.get(0) + "; "), signs.get(0));
        assertTrue(start.contains("on the page “Listening to your body”"), "points to the symptoms page");
        assertTrue(start.contains("Key: effort 0–10") && !start.contains("“Walk” means keep walking"), "no walk–run table this phase");
    }

    @Test
    void strengthTestsShowWhereStrengthWorkShouldGoAndAreNotNeededToMoveOn() throws Exception {
        String text = HandoutContentTest.text(renderer.render(letter(0)));
        int needed = text.indexOf("To move on from it you will need:");
        int strength = text.indexOf("Also aim for (you may move on before you reach them): ");
        assertTrue(needed >= 0 && strength > needed, "both lines in the preview of the next phase");
        assertFalse(text.substring(needed, strength).contains("calf raise"), "a strength test is not needed to move on");
        assertTrue(text.substring(strength).startsWith("Also aim for (you may move on before you reach them): Single-leg calf raise"),
                text.substring(strength, strength + 120));
        // The tests read as a list in a sentence: "a, b and c", later items lower-case.
        assertTrue(text.substring(strength, strength + 250).contains(", single-leg bridge: 20 each side, ")
                && text.substring(strength, strength + 250).contains(" and side-lying"), text.substring(strength, strength + 250));
        assertTrue(text.contains("Any of these that are new or worse in daily life"), "a known baseline leak is no reason");
    }

    /** "Lo que sigue" lists the tests as Spanish lists them ("a, b y c"), and names that phase's exit tests. */
    @Test
    void theComingPhasesTestsReadAsASpanishList() throws Exception {
        String text = HandoutContentTest.text(renderer.render(letter(0, "es")));
        int tests = text.indexOf("Al final de esa fase, las pruebas son:");
        int strength = text.indexOf("Metas de fuerza (puede avanzar antes de lograrlas): ");
        assertTrue(tests >= 0 && strength > tests, "both lines in the preview of the next phase");
        String goals = text.substring(strength, strength + 250);
        assertTrue(goals.contains(", puente a una pierna: 20 de cada lado, ") && goals.contains(" y elevación de pierna de lado"), goals);
        assertFalse(text.substring(tests, strength).contains("; Sin") || goals.contains("; "), goals);
    }

    @Test
    void everyTestSheMustPassIsTaughtUnderItsOwnName() throws Exception {
        for (int sample = 0; sample < 3; sample++) {
            HandoutRequest request = letter(sample);
            String text = HandoutContentTest.text(renderer.render(request));
            Phase phase = request.roadmap().current();
            for (Criterion criterion : phase.exitCriteria()) {
                if (criterion.exerciseId() == null) {
                    continue;
                }
                boolean card = phase.items().stream().anyMatch(i -> i.exerciseId().equals(criterion.exerciseId()));
                assertTrue(card || text.contains("Check: " + LINES.checklistLine(criterion))
                                || text.contains("Your check: " + LINES.checklistLine(criterion) + ". "),
                        "sample " + sample + " teaches " + LINES.checklistLine(criterion));
            }
        }
    }

    @Test
    void theSymptomsPageFitsThePlan() throws Exception {
        String lifting = HandoutContentTest.text(renderer.render(letter(2)));
        String caesarean = HandoutContentTest.text(renderer.render(letter(1)));
        String running = HandoutContentTest.text(renderer.render(letter(0)));
        int symptoms = lifting.indexOf("Listening to your body");
        String liftingPage = lifting.substring(symptoms);
        assertFalse(liftingPage.contains("during a run") || liftingPage.contains("stop running"), liftingPage);
        assertTrue(liftingPage.contains("When you lift, watch for four things"), "the lifting lines");
        assertTrue(caesarean.contains("A C-section wound that is red, hot, weeping or opening"));
        assertFalse(running.contains("C-section wound"), "no wound signs after a vaginal birth");
        assertTrue(running.contains("If leaking, heaviness or pressure starts during a run, stop running and walk"));
        for (String text : List.of(lifting, caesarean, running)) {
            String page = text.substring(text.indexOf("Listening to your body"));
            int fine = page.indexOf("This is fine");
            int ease = page.indexOf("Ease off");
            int contact = page.indexOf("Contact your physiotherapist");
            int now = page.indexOf("Get medical care now: call your doctor or midwife straight away, or call 999 in an emergency");
            assertTrue(fine >= 0 && fine < ease && ease < contact && contact < now, "in order: " + page);
            assertTrue(page.contains("ask your doctor or midwife to check it"), "bleeding to her doctor or midwife");
        }
    }

    @ParameterizedTest(name = "sample {0}")
    @ValueSource(ints = {0, 1, 2})
    void theEmergencyBoxIsOnTheSamePageAsTheSymptomsInLetterA4AndLargePrint(int sample) throws Exception {
        HandoutRequest letter = letter(sample);
        for (HandoutRequest request : List.of(letter, letter.withOptions(letter.options().withPaper(PaperSize.A4)),
                letter.withOptions(letter.options().withLargePrint(true)))) {
            List<String> pages = pages(renderer.render(request));
            String page = pages.stream().filter(p -> p.contains("Get medical care now: call")).findFirst().orElseThrow();
            assertTrue(page.contains("thoughts of harming yourself") && page.contains("Contact your physiotherapist: call"),
                    request.options() + ": " + page);
            // In large print the four bands take two facing pages: fine and ease off, then contact us and the box.
            assertEquals(!request.options().largePrint(), page.contains("Listening to your body This is fine"),
                    request.options() + ": " + page);
        }
    }

    @Test
    void theStopBoxNamesTheWoundAfterACaesareanOnly() throws Exception {
        List<String> caesarean = pages(renderer.render(letter(1)));
        List<String> vaginal = pages(renderer.render(letter(0)));
        String start = String.join(" ", caesarean.subList(0, 3));
        String box = start.substring(start.indexOf("Call if you notice"));
        assertTrue(box.contains("a C-section wound that is red, hot, weeping or opening"), box);
        assertFalse(String.join(" ", vaginal.subList(0, 3)).contains("C-section wound"));
    }

    @Test
    void laterStepsOfALadderAreAddedOneAtATimeAndRepeatedStopLinesAreSaidOnce() throws Exception {
        HandoutRequest request = letter(1);
        Phase phase = request.roadmap().current();
        PlanRows plan = new PlanRows(request, phase, request.roadmap().currentPhase());
        List<String> pages = pages(renderer.render(request));
        String start = pages.get(0) + " " + pages.get(1);
        DoseWords dose = new DoseWords(new HandoutText(request.clinic()));
        // This week's table holds what she does from the start; the later steps follow it in one sentence, in order.
        List<String> later = new ArrayList<>();
        for (PhaseItem item : plan.rows()) {
            String row = request.exercises().get(item.exerciseId()).name() + " " + dose.brief(item.dosage()).replace('\u00a0', ' ');
            if (plan.after(item) != null) {
                later.add(request.exercises().get(item.exerciseId()).name());
                assertFalse(start.contains(row), "not a row of this week: " + row);
            } else {
                assertTrue(start.contains(row), row);
            }
        }
        assertTrue(later.size() >= 3, "the impact steps are a ladder: " + later);
        int at = start.indexOf("add one at a time, once the last feels easy and the next morning is good: ");
        assertTrue(at >= 0, start);
        for (String step : later) {
            int next = start.indexOf(step + " (", at);
            assertTrue(next > at, step + " in order, with its days: " + start.substring(at));
            at = next;
        }
        String all = String.join(" ", pages);
        // A rung with a later rung in the phase leads there, never to the library's next step outside the phase.
        for (PhaseItem item : plan.rows()) {
            Exercise exercise = request.exercises().get(item.exerciseId());
            boolean leadsOn = plan.rows().stream().anyMatch(o -> plan.after(o) != null && plan.after(o).id().equals(exercise.id()));
            Exercise harder = exercise.harderId() == null ? null : request.exercises().get(exercise.harderId());
            if (leadsOn && harder != null && phase.items().stream().noneMatch(i -> i.exerciseId().equals(harder.id()))) {
                assertFalse(all.contains("says: " + harder.name()), exercise.name() + " also names " + harder.name());
            }
        }
        assertTrue(all.contains("Stop or ease off, in every exercise that points here, if…"), "one box of shared lines");
        assertTrue(all.split("see the box at the start of “How to do them”", -1).length - 1 >= 3, "cards point to it");
        String log = pages.get(pages.size() - 1);
        assertTrue(log.contains("The later steps have boxes but no shading"), log);
    }

    @Test
    void theLogHasTwoWeeksATickPerTimeADayAndSymptomsRows() throws Exception {
        List<String> pages = pages(renderer.render(letter(0)));
        String log = pages.get(pages.size() - 1);
        assertTrue(log.contains("Your log") && log.contains("Week 1, starting") && log.contains("Week 2, starting"), log);
        assertTrue(log.contains("Symptoms today, 0–10") && log.contains("Next morning, 0–10"));
        assertFalse(log.contains("Load"), "no load column in a running plan");
        List<String> lifting = pages(renderer.render(letter(2)));
        assertTrue(lifting.get(lifting.size() - 1).contains("Exercise Load"), "a load column for lifting");
    }

    @Test
    void noTwoDaysAreNamedAlikeInTheTableOrTheLog() throws Exception {
        List<String> pages = pages(renderer.render(letter(0)));
        String days = "M Tu W Th F Sa Su";
        String start = String.join(" ", pages.subList(0, 2));
        assertTrue(start.contains(days), "This week's days: " + start);
        String log = pages.get(pages.size() - 1);
        assertTrue(log.contains(days + " " + days), "both weeks of the log: " + log);
        assertFalse(log.contains("T W T"), "no T that could be Tuesday or Thursday");
    }

    @Test
    void herOwnGoalsArePrintedOnTheFirstPageSoHerGoalWeightHasANumber() throws Exception {
        String first = pages(renderer.render(letter(2))).get(0);
        assertTrue(first.contains("Your goals: Deadlift 60 kg; Lift my toddler without pressure"), first);
        assertFalse(first.contains("Your goal: Return to heavy lifting"), "her words in place of the plan's");
        HandoutRequest none = letter(2).withGoals(List.of());
        String plain = pages(renderer.render(none)).get(0);
        assertFalse(plain.contains("Your goals"), "nothing when she has none");
        assertTrue(plain.contains("Your goal: "), "the plan's goal then");
    }

    @Test
    void theLogAddsWeeksThreeAndFourWhenTheyFitOnItsPage() throws Exception {
        HandoutRequest request = letter(0);
        Phase phase = request.roadmap().current();
        HandoutRequest short_ = request.withRoadmap(request.roadmap().withPhases(replace(request, phase.withItems(
                phase.items().subList(0, 3)))));
        List<String> pages = pages(renderer.render(short_));
        String log = pages.get(pages.size() - 1);
        assertTrue(log.contains("Week 3, starting") && log.contains("Week 4, starting"), log);
        assertFalse(log.contains("Week 5"), "never more than four weeks");
        assertFalse(log.contains("copy this page"), log);
        List<String> full = pages(renderer.render(request));
        String fullLog = full.get(full.size() - 1);
        assertTrue(fullLog.contains("For weeks 3 and 4, copy this page") && !fullLog.contains("Week 3,"), fullLog);
    }

    @Test
    void aCheckBoxSaysHowToBuildUpToItAndLeavesTheSharedStopRuleToTheChecklist() throws Exception {
        HandoutRequest request = letter(0);
        Phase phase = request.roadmap().current();
        String all = String.join(" ", pages(renderer.render(request)));
        HandoutText words = new HandoutText(request.clinic());
        int notes = 0;
        for (PhaseItem item : phase.items()) {
            boolean check = phase.exitCriteria().stream().anyMatch(c -> item.exerciseId().equals(c.exerciseId()));
            String note = item.note() != null ? item.note() : item.dosage().note();
            if (check && note != null) {
                notes++;
                assertTrue(all.contains(words.fill(note)), "the check's note: " + note);
            }
        }
        assertTrue(notes >= 1, "Maya's checks carry how to build up to them");
        assertTrue(all.contains("if one comes on, stop the check there and tell us"), "the rule, once on the checklist");
    }

    private static List<Phase> replace(HandoutRequest request, Phase phase) {
        List<Phase> phases = new ArrayList<>(request.roadmap().phases());
        phases.set(request.roadmap().currentPhase(), phase);
        return phases;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void noPageButTheLastIsLessThan40PercentFull(String language) throws Exception {
        for (int sample = 0; sample < 3; sample++) {
            for (boolean whole : new boolean[] {false, true}) {
                HandoutRequest request = letter(sample, language);
                HandoutResult result = renderer.render(request.withOptions(request.options().withAllPhases(whole)));
                try (PDDocument document = HandoutPages.open(result.pdf())) {
                    List<Glyphs.Glyph> glyphs = Glyphs.of(document);
                    for (int page = 0; page < result.pageCount() - 1; page++) {
                        int p = page;
                        // The lowest text of the body (above the footer's rule) shows how far down the page is used.
                        float lowest = (float) glyphs.stream().filter(g -> g.page() == p && g.bottom() > 90)
                                .mapToDouble(Glyphs.Glyph::bottom).min().orElse(792);
                        float used = (730 - lowest) / (730 - 68);
                        assertTrue(used >= 0.4f, "sample " + sample + (whole ? " whole" : "") + ", page " + (page + 1)
                                + " is " + Math.round(used * 100) + " % full");
                    }
                }
            }
        }
    }

    @Test
    void theClinicsCountryAndTermDecideTheWords() throws Exception {
        HandoutRequest request = letter(0);
        HandoutRequest us = new HandoutRequest(request.roadmap(), request.patientName(), request.exercises(),
                request.clinic().withCountry("US", ClinicianTerm.PHYSICAL_THERAPIST), request.options(),
                request.prepared(), request.walkRun(), false);
        String text = HandoutContentTest.text(renderer.render(us));
        assertTrue(text.contains("call 911"), "the US emergency number");
        assertTrue(text.contains("March 14, 2025"), "the US date");
        assertTrue(text.contains("Contact your physical therapist"));
        assertFalse(text.contains("physiotherapist"));
        HandoutRequest australia = new HandoutRequest(request.roadmap(), request.patientName(), request.exercises(),
                request.clinic().withCountry("AU", ClinicianTerm.PHYSIOTHERAPIST), request.options(),
                request.prepared(), request.walkRun(), false);
        String au = HandoutContentTest.text(renderer.render(australia));
        assertTrue(au.contains("call 000") && au.contains("14 March 2025"));
        HandoutRequest unknown = new HandoutRequest(request.roadmap(), request.patientName(), request.exercises(),
                request.clinic().withCountry(null, ClinicianTerm.PHYSIOTHERAPIST), request.options(),
                request.prepared(), request.walkRun(), false);
        assertTrue(HandoutContentTest.text(renderer.render(unknown)).contains("call your local emergency number"));
        assertEquals("112", new HandoutText(request.clinic().withCountry("ie", null)).emergencyNumber());
    }

    @Test
    void boldTextInAFallbackFontStaysBold() throws Exception {
        HandoutRequest request = Roadmaps.request(Roadmaps.roadmap("Plan", List.of()), List.of(), "\u10dc\u10d8\u10dc\u10dd",
                Roadmaps.clinic("Clinic", null));
        HandoutResult result = new HandoutRenderer(FontLibrary.withSystemFallbacks(), ExercisePictures.NONE).render(request);
        try (PDDocument document = HandoutPages.open(result.pdf())) {
            var page = document.getPage(0);
            boolean fallback = false;
            for (var name : page.getResources().getFontNames()) {
                fallback |= !page.getResources().getFont(name).getName().contains("LiberationSans");
            }
            org.junit.jupiter.api.Assumptions.assumeTrue(fallback, "a system font that has Georgian");
            String content = new String(page.getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertTrue(content.contains("2 Tr"), "the bold name in the fallback font is filled and outlined");
            assertTrue(content.contains("0 Tr"), "and the text after it is plain again");
        }
    }
}
