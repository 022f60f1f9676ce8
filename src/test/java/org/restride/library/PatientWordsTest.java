package org.restride.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.restride.domain.Criterion;
import org.restride.domain.Dosage;
import org.restride.domain.Exercise;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.Template;
import org.restride.text.Words;

/** Built-in patient text says {clinician}, one region's words, and effort 0–10 rather than "RPE" (issue 12, 17 and 13). */
class PatientWordsTest {
    private static final BuiltInLibrary LIBRARY = BuiltInLibrary.load();
    /** Words that name the clinician or belong to one region; "stroller" and "pee" come in through {common.word.*}. */
    private static final Pattern FORBIDDEN = Pattern.compile("\\b(physio|physios|physiotherapist|physical therapist|PT|PTs|RPE"
            + "|wee|pee|buggy|pram|stroller|nappy|diaper|trolley|kerb|practise|practising|metres|centimetres|fibre"
            + "|colours?|caesarean|cesarean|desensitising|tummy|elevator)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

    /** Every line of built-in text a patient can read, each with where it comes from. */
    static List<String[]> patientText() {
        List<String[]> out = new ArrayList<>();
        for (Exercise e : LIBRARY.exercises()) {
            List<String> lines = new ArrayList<>(List.of(e.name(), e.summary()));
            lines.addAll(e.steps());
            lines.addAll(e.cues());
            lines.addAll(e.mistakes());
            lines.addAll(e.watchFor());
            addDosage(lines, e.defaultDosage());
            lines.forEach(line -> out.add(new String[] {e.id(), line}));
        }
        for (Template t : LIBRARY.templates()) {
            List<String> lines = new ArrayList<>(List.of(t.title(), t.goal()));
            for (Phase phase : t.phases()) {
                lines.add(phase.name());
                lines.add(phase.purpose());
                for (PhaseItem item : phase.items()) {
                    lines.add(item.note());
                    addDosage(lines, item.dosage());
                }
                phase.exitCriteria().forEach(c -> lines.add(c.name()));
            }
            lines.stream().filter(l -> l != null).forEach(line -> out.add(new String[] {t.key(), line}));
        }
        for (Criterion c : LIBRARY.criteria().values()) {
            out.add(new String[] {c.key(), c.name()});
        }
        return out;
    }

    private static void addDosage(List<String> lines, Dosage dosage) {
        if (dosage.note() != null) {
            lines.add(dosage.note());
        }
        if (dosage.tempo() != null) {
            lines.add(dosage.tempo());
        }
    }

    /** After a caesarean "a ridge along your belly" reads as the scar overhang: a ridge is always along the middle. */
    @Test
    void aRidgeIsAlwaysAlongTheMiddleOfTheBelly() throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        patientText().forEach(l -> lines.add(l[0] + ": " + l[1]));
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/resources/org/restride/text"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                java.nio.file.Files.readAllLines(file).forEach(l -> lines.add(file.getFileName() + ": " + l));
            }
        }
        List<String> found = lines.stream().filter(l -> l.toLowerCase(Locale.ROOT).contains("ridge along")
                && !l.toLowerCase(Locale.ROOT).contains("ridge along the middle of your belly")
                && !l.contains("along the middle of the belly")).toList();
        assertEquals(List.of(), found);
        assertTrue(lines.stream().filter(l -> l.contains("ridge along the middle of your belly")).count() >= 20);
    }

    /** Her symptoms page names the birth as the title does, "C-section", in both regions (UK review: no "caesarean wound"). */
    @Test
    void theSymptomsPageSaysCSectionLikeTheTitleInBothRegions() throws java.io.IOException {
        java.util.Properties keys = new java.util.Properties();
        try (var in = java.nio.file.Files.newBufferedReader(
                java.nio.file.Path.of("src/main/resources/org/restride/text/en/symptoms.properties"))) {
            keys.load(in);
        }
        for (Locale locale : List.of(Locale.US, Locale.UK)) {
            Words words = Words.of(locale);
            List<String> mixed = keys.stringPropertyNames().stream().map(words::get)
                    .filter(text -> Pattern.compile("c(a)?esarean", Pattern.CASE_INSENSITIVE).matcher(text).find()).toList();
            assertEquals(List.of(), mixed, locale.toString());
            assertTrue(words.get("symptoms.flag.wound-signs").contains("C-section"), locale.toString());
        }
    }

    @Test
    void builtInTextNamesNoProfessionAndNoRegionalWordOutsideAPlaceholder() {
        List<String> found = new ArrayList<>();
        for (String[] line : patientText()) {
            Matcher m = FORBIDDEN.matcher(PLACEHOLDER.matcher(line[1]).replaceAll(""));
            if (m.find()) {
                found.add(line[0] + ": \"" + m.group() + "\" in " + line[1]);
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void everyPlaceholderIsTheClinicianOrARegionalWordThatBothRegionsKnow() {
        Words us = Words.of(Locale.US);
        Words uk = Words.of(Locale.UK);
        int seen = 0;
        for (String[] line : patientText()) {
            Matcher m = PLACEHOLDER.matcher(line[1]);
            while (m.find()) {
                String name = m.group(1);
                assertTrue(name.equals("clinician") || name.startsWith("common.word.") && us.has(name) && uk.has(name),
                        line[0] + ": {" + name + "}");
                seen++;
            }
        }
        assertTrue(seen > 100, "placeholders: " + seen);
    }

    @Test
    void namesCarryNoPlaceholderSoListsAndSearchReadThemAsTheyAre() {
        LIBRARY.exercises().forEach(e -> assertFalse(e.name().contains("{"), e.id()));
    }

    @Test
    void aFilledTextReadsInTheClinicsRegionAndProfession() {
        String line = LIBRARY.exercisesById().get("run-buggy-walk-run").steps().stream()
                .filter(s -> s.contains("{common.word.stroller}")).findFirst().orElseThrow();
        String watch = LIBRARY.exercisesById().get("run-walk-run-1-2").watchFor().get(0);
        Words us = Words.of(Locale.US).withTerm("clinician", "physical therapist");
        Words uk = Words.of(Locale.UK).withTerm("clinician", "physiotherapist");
        assertTrue(us.fill(line).contains("stroller") && !us.fill(line).contains("buggy"), us.fill(line));
        assertTrue(uk.fill(line).contains("buggy") && !uk.fill(line).contains("stroller"), uk.fill(line));
        assertTrue(us.fill(watch).contains("your physical therapist"), us.fill(watch));
        assertTrue(uk.fill(watch).contains("your physiotherapist"), uk.fill(watch));
    }

    @Test
    void everyNextStepNamesTheStep() {
        for (Exercise e : LIBRARY.exercises()) {
            String note = e.defaultDosage().note();
            if (note != null && note.contains("next step")) {
                String harder = LIBRARY.exercisesById().get(e.harderId()).name();
                assertTrue(note.contains("next step: " + harder), e.id() + ": " + note);
            }
        }
    }
}
