package org.restride.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.restride.domain.Exercise;

/** The handout's structure tree says what each part is: headings, lists, tables with header cells, described figures. */
class StructureTreeTest extends DemoHandouts {
    static List<StructureOutline.Element> elements;
    static HandoutRequest request;

    @BeforeAll
    static void render() throws Exception {
        request = clinic.request(0);
        elements = StructureOutline.read(renderer.render(request).pdf());
        Path outline = Path.of("target", "handout-structure.txt");
        Files.createDirectories(outline.getParent());
        Files.writeString(outline, elements.stream().map(e -> "  ".repeat(e.depth()) + e.type()
                + (e.alt() == null ? "" : " [" + e.alt() + "]")).collect(Collectors.joining("\n")));
    }

    private static List<StructureOutline.Element> ofType(String type) {
        return elements.stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void plannedDaysAreReadOutNotOnlyShaded() {
        int thisWeek = 0;
        for (var item : request.roadmap().current().items()) {
            for (boolean on : PlannedDays.of(item.dosage().daysPerWeek())) {
                thisWeek += on ? 1 : 0;
            }
        }
        long spoken = elements.stream().filter(e -> e.type().equals("TD") && "planned".equals(e.actual())).count();
        // This week once, and the log's two weeks each mark the planned days again.
        assertTrue(thisWeek > 0 && spoken >= 2L * thisWeek, spoken + " cells read as planned, " + thisWeek + " in This week");
    }

    @Test
    void oneDocumentHoldsEverything() {
        assertEquals("Document", elements.get(0).type());
        assertEquals(1, elements.stream().filter(e -> e.depth() == 1).count());
    }

    @Test
    void headingsStartAtOneAndNeverSkipALevel() {
        int previous = 0;
        List<String> levels = elements.stream().map(StructureOutline.Element::type).filter(t -> t.matches("H[1-6]")).toList();
        assertFalse(levels.isEmpty());
        for (String heading : levels) {
            int level = heading.charAt(1) - '0';
            assertTrue(level <= previous + 1, "heading levels in order: " + levels);
            previous = level;
        }
        assertTrue(levels.contains("H3"), "card titles are headings too: " + levels);
    }

    @Test
    void everyPictureIsAFigureNamingItsExercise() {
        List<StructureOutline.Element> figures = ofType("Figure");
        List<String> names = request.exercises().values().stream().map(Exercise::name).toList();
        long cardPictures = figures.stream().filter(f -> f.alt() != null && f.alt().startsWith("Picture of")).count();
        assertTrue(cardPictures >= 3, "card pictures are figures: " + figures);
        for (StructureOutline.Element figure : figures) {
            assertTrue(figure.alt() != null && !figure.alt().isBlank(), "a figure without alt text");
            if (figure.alt().startsWith("Picture of")) {
                assertTrue(names.stream().anyMatch(figure.alt()::contains), figure.alt());
            }
        }
    }

    @Test
    void listsHoldItemsWithALabelAndABody() {
        List<StructureOutline.Element> lists = ofType("L");
        assertFalse(lists.isEmpty());
        lists.forEach(l -> assertTrue(!l.children().isEmpty() && l.children().stream().allMatch("LI"::equals),
                "a list holds list items only: " + l.children()));
        ofType("LI").forEach(li -> assertEquals(List.of("Lbl", "LBody"), li.children()));
    }

    @Test
    void tablesStartWithARowOfHeaderCells() {
        List<StructureOutline.Element> tables = ofType("Table");
        assertFalse(tables.isEmpty(), "the weekly log is a table");
        int index = elements.indexOf(tables.get(0));
        StructureOutline.Element firstRow = elements.get(index + 1);
        assertEquals("TR", firstRow.type());
        assertTrue(firstRow.children().stream().allMatch("TH"::equals), firstRow.children().toString());
        assertTrue(ofType("TR").stream().anyMatch(r -> r.children().stream().allMatch("TD"::equals)));
    }
}
