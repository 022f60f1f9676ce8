package org.restride.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.restride.domain.Criterion;
import org.restride.domain.PaperSize;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.handout.StructureOutline.Heading;

/**
 * A check box is read after the card of the exercise it checks ("Check: Long leaps: 10" after the "Long leaps" card),
 * in every sample handout, language and paper: a tired patient must never meet the test before the exercise. Read in
 * the tagged PDF's reading order (its headings), which is also the order of the columns on the page.
 */
class CheckAfterItsCardTest extends DemoHandouts {
    enum Paper { LETTER, A4, LARGE_PRINT, WHOLE_ROADMAP }

    static Stream<Arguments> handouts() {
        List<Arguments> all = new ArrayList<>();
        for (int sample = 0; sample < 3; sample++) {
            for (String language : List.of("en", "es")) {
                for (Paper paper : Paper.values()) {
                    all.add(Arguments.of(sample, language, paper));
                }
            }
        }
        return all.stream();
    }

    private static HandoutRequest request(int sample, String language, Paper paper) {
        HandoutRequest request = clinic.request(sample);
        var options = request.options().withLanguage(language)
                .withPaper(paper == Paper.A4 ? PaperSize.A4 : PaperSize.LETTER)
                .withLargePrint(paper == Paper.LARGE_PRINT).withAllPhases(paper == Paper.WHOLE_ROADMAP);
        return new HandoutRequests(clinic.workspace().handoutSources()).inItsLanguage(request.withOptions(options))
                .request();
    }

    /** A phase's cards and check boxes as printed: the headings from where its cards start to the next phase's. */
    private record Section(Phase phase, List<Heading> headings) {
    }

    private static final Map<String, List<Heading>> RENDERED = new HashMap<>();

    private static List<Section> sections(HandoutRequest request, Kit kit, boolean whole) throws Exception {
        String key = request.roadmap().id() + " " + request.options();
        if (!RENDERED.containsKey(key)) {
            RENDERED.put(key, StructureOutline.headings(renderer.render(request).pdf()));
        }
        List<Section> sections = new ArrayList<>();
        for (Heading heading : RENDERED.get(key)) {
            // Where a phase's cards start: "How to do them" in her handout for now, each phase's title in the whole.
            Phase starting = whole ? request.roadmap().phases().stream()
                    .filter(p -> kit.words().fill(p.name()).equals(heading.text())).findFirst().orElse(null)
                    : heading.text().equals(kit.say("phase.howTo")) ? request.roadmap().current() : null;
            if (starting != null) {
                sections.add(new Section(starting, new ArrayList<>()));
            } else if (!sections.isEmpty()) {
                sections.get(sections.size() - 1).headings().add(heading);
            }
        }
        return sections;
    }

    @ParameterizedTest(name = "sample {0}, {1}, {2}")
    @MethodSource("handouts")
    void everyCheckBoxComesAfterTheCardOfItsOwnExercise(int sample, String language, Paper paper) throws Exception {
        HandoutRequest request = request(sample, language, paper);
        Kit kit = new Kit(null, Typography.of(false), HandoutText.of(request));
        boolean whole = paper == Paper.WHOLE_ROADMAP;
        Set<String> expected = new HashSet<>();
        for (Phase printed : whole ? request.roadmap().phases() : List.of(request.roadmap().current())) {
            carded(printed, kit, request).forEach(c -> expected.add(printed.name() + ": " + kit.words().checklistLine(c)));
        }
        Set<String> found = new HashSet<>();
        for (Section section : sections(request, kit, whole)) {
            List<String> texts = section.headings().stream().map(Heading::text).toList();
            for (Criterion criterion : carded(section.phase(), kit, request)) {
                String line = kit.words().checklistLine(criterion);
                String card = kit.words().fill(criterion.name());
                for (int i = 0; i < texts.size(); i++) {
                    if (texts.get(i).equals(kit.say("test.title", line)) || texts.get(i).equals(line)) {
                        assertTrue(texts.subList(0, i).contains(card), "\u201c" + texts.get(i) + "\u201d before the \u201c"
                                + card + "\u201d card: " + section.headings());
                        found.add(section.phase().name() + ": " + line);
                    }
                }
            }
        }
        assertEquals(expected, found, "every such check box is found");
        if (sample == 1) {
            assertFalse(found.isEmpty(), "Léa's long leaps are checked in a box of their own");
        }
    }

    /** A check box may fill a column ahead of other cards, but a page of cards never opens with one. */
    @ParameterizedTest(name = "sample {0}, {1}, {2}")
    @MethodSource("handouts")
    void noPageOfCardsStartsWithACheckBox(int sample, String language, Paper paper) throws Exception {
        HandoutRequest request = request(sample, language, paper);
        Kit kit = new Kit(null, Typography.of(false), HandoutText.of(request));
        String single = kit.say("test.title", "");
        String group = kit.say("test.groupTitle");
        for (Section section : sections(request, kit, paper == Paper.WHOLE_ROADMAP)) {
            Set<String> tests = section.phase().exitCriteria().stream().map(Criterion::exerciseId)
                    .collect(Collectors.toSet());
            Set<String> cards = section.phase().items().stream().map(PhaseItem::exerciseId)
                    .filter(id -> !tests.contains(id)).map(id -> kit.exerciseName(request, id)).collect(Collectors.toSet());
            Map<Integer, List<Heading>> byPage = section.headings().stream()
                    .filter(h -> cards.contains(h.text()) || h.text().startsWith(single) || h.text().equals(group))
                    .collect(Collectors.groupingBy(Heading::page));
            byPage.forEach((page, onPage) -> assertTrue(onPage.stream().noneMatch(h -> cards.contains(h.text()))
                    || cards.contains(onPage.get(0).text()), "page " + (page + 1) + " opens with a check box: " + onPage));
        }
    }

    /** The phase's checks that are taught in a box while a card of the same name teaches the exercise. */
    private static List<Criterion> carded(Phase phase, Kit kit, HandoutRequest request) {
        Set<String> tests = phase.exitCriteria().stream().map(Criterion::exerciseId).collect(Collectors.toSet());
        Set<String> cards = phase.items().stream().map(PhaseItem::exerciseId).filter(id -> !tests.contains(id))
                .map(id -> kit.exerciseName(request, id)).collect(Collectors.toSet());
        Set<String> boxed = phase.items().stream().map(PhaseItem::exerciseId).collect(Collectors.toSet());
        return phase.exitCriteria().stream().filter(c -> boxed.contains(c.exerciseId()))
                .filter(c -> cards.contains(kit.words().fill(c.name()))).toList();
    }
}
