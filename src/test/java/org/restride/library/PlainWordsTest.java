package org.restride.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.restride.domain.Exercise;

/**
 * The words a tired patient reads in the built-in library are plain (issue 11): no trainer's or clinician's jargon,
 * and no frightening figures. A few names may keep a gym word ("Glute bridge", "Forward bounds") when the card says
 * in plain words what it means; anywhere else such a word appears only beside its plain meaning.
 */
class PlainWordsTest {
    private static final BuiltInLibrary LIBRARY = BuiltInLibrary.load();

    /** A word a patient may not know; {@code plain} is the explanation that lets it stand, or null if it never may. */
    record Jargon(Pattern word, Pattern plain) {
        static Jargon never(String word) {
            return new Jargon(Pattern.compile("\\b(" + word + ")\\b", Pattern.CASE_INSENSITIVE), null);
        }

        static Jargon explained(String word, String plain) {
            return new Jargon(Pattern.compile("\\b(" + word + ")\\b", Pattern.CASE_INSENSITIVE),
                    Pattern.compile(plain, Pattern.CASE_INSENSITIVE));
        }
    }

    static final List<Jargon> JARGON = List.of(
            Jargon.never("dom(e|es|ed|ing)|con(e|ing)|peaking|four P's|diastasis|linea alba|umbilicus|diaphragm\\w*"),
            Jargon.never("tabletop|neutral( spine| pelvis)?|brac(e|es|ed|ing)|core|trunk|activat\\w+|engag\\w+|recruit\\w*"),
            Jargon.never("tempo|eccentric\\w*|concentric\\w*|isometric\\w*|plyometric\\w*|propriocepti\\w+|cadence|explosive"),
            Jargon.never("RDL|RPE|AMRAP|reps?|sets|load(s|ed|ing)?|range( of motion)?|stance|ladder|readiness|symptom-free"),
            Jargon.never("intervals?|drills?|exhal\\w+|continuous|spotter|endurance|intensity|volume|terrain|mobility|stability|posture"),
            Jargon.never("hamstrings?|quads?|lats|obliques?|thoracic|lumbar|sacr(um|al)|coccyx|perine(um|al)|valsalva|kegels?"),
            Jargon.never("posterior|anterior|lateral|flexion|extension|dorsiflex\\w*|(uni|bi|contra|ipsi)lateral"),
            Jargon.never("good form|chest proud|slack|hip crease|quarter squat|side-on|anchor|square to the floor|stay square"),
            Jargon.explained("glutes?", "buttock"),
            Jargon.explained("hinge|hinging", "from your hips|hips back"),
            Jargon.explained("pogo", "bounce"),
            Jargon.explained("bounds?|bounding", "leap"),
            Jargon.explained("Romanian", "hips back|from your hips"),
            Jargon.explained("strides", "speed-up|speed up"),
            Jargon.explained("abduction", "lift your top leg"));

    /** Figures and words that frighten rather than help; "running is bumpy" says the same thing calmly. */
    private static final Pattern ALARMING = Pattern.compile(
            "times your body ?weight|\\d\\s*[x×] (your )?body ?weight|danger\\w*|damag\\w*|injur\\w*|ruin\\w*|rupture|"
                    + "hernia|weak pelvic floor|(pelvic|bladder) (failure|collapse)",
            Pattern.CASE_INSENSITIVE);

    /** Every card and criterion name, longest first, so a note that names a card is read without the name. */
    private static List<String> names() {
        List<String> names = new ArrayList<>(LIBRARY.exercises().stream().map(Exercise::name).toList());
        LIBRARY.criteria().values().forEach(c -> names.add(c.name()));
        names.sort(Comparator.comparingInt(String::length).reversed());
        return names;
    }

    static List<String> unexplained(String owner, String line, List<String> names) {
        String text = line;
        for (String name : names) {
            text = text.replace(name, " ");
        }
        List<String> found = new ArrayList<>();
        for (Jargon j : JARGON) {
            var m = j.word().matcher(text);
            while (m.find()) {
                if (j.plain() == null || !j.plain().matcher(text).find()) {
                    found.add(owner + ": \"" + m.group() + "\" in " + line);
                }
            }
        }
        return found;
    }

    @Test
    void noJargonOutsideANameUnlessItsPlainMeaningStandsBesideIt() {
        List<String> names = names();
        List<String> found = new ArrayList<>();
        for (String[] line : PatientWordsTest.patientText()) {
            found.addAll(unexplained(line[0], line[1], names));
        }
        assertEquals(List.of(), found);
    }

    /** The printed card shows the name and the steps (not the summary), so the steps carry the plain meaning. */
    @Test
    void aNameThatKeepsAGymWordIsExplainedInTheStepsOfItsCard() {
        List<String> wrong = new ArrayList<>();
        int explained = 0;
        for (Exercise e : LIBRARY.exercises()) {
            String card = String.join(" ", e.steps());
            for (Jargon j : JARGON) {
                if (!j.word().matcher(e.name()).find()) {
                    continue;
                }
                if (j.plain() == null || !j.plain().matcher(card).find()) {
                    wrong.add(e.id() + ": " + e.name());
                } else {
                    explained++;
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(explained >= 10, "names that keep a gym word: " + explained);
    }

    @Test
    void nothingFrightens() {
        List<String> found = new ArrayList<>();
        for (String[] line : PatientWordsTest.patientText()) {
            if (ALARMING.matcher(line[1]).find()) {
                found.add(line[0] + ": " + line[1]);
            }
        }
        assertEquals(List.of(), found);
    }

    /** One thing, one name: the birth is a C-section in both regions' handouts, never a second regional word beside it. */
    @Test
    void theBirthHasOneName() {
        List<String> found = new ArrayList<>();
        for (String[] line : PatientWordsTest.patientText()) {
            if (line[1].contains("{common.word.caesarean}")) {
                found.add(line[0] + ": " + line[1]);
            }
        }
        assertEquals(List.of(), found);
        assertTrue(PatientWordsTest.patientText().stream().filter(l -> l[1].contains("C-section")).count() >= 20);
    }

    /** The check itself catches what the patient found: a bare "doming", "tabletop" or "tempo", or "glutes" alone. */
    @Test
    void theCheckCatchesTheWordsThePatientFound() {
        List<String> names = names();
        assertFalse(unexplained("x", "Doming along your belly: lighten the load.", names).isEmpty());
        assertFalse(unexplained("x", "Lift your legs into tabletop.", names).isEmpty());
        assertFalse(unexplained("x", "Keep the tempo slow.", names).isEmpty());
        assertFalse(unexplained("x", "Squeeze your glutes.", names).isEmpty());
        assertTrue(ALARMING.matcher("Running puts four times your body weight through your pelvic floor.").find());
        assertTrue(unexplained("x", "Squeeze your buttock muscles (glutes).", names).isEmpty());
        assertTrue(unexplained("x", "When 10 feel easy, add Long leaps.", names).isEmpty());
    }
}
