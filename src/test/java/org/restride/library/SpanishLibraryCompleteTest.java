package org.restride.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.restride.domain.Criterion;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseText;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.Template;

/**
 * Every built-in text a Spanish handout prints has a Spanish value: each built-in exercise (every id of
 * library/exercises/*.json) for every field its English has, and each template and test text for the catalogue.
 */
class SpanishLibraryCompleteTest {
    private static final BuiltInLibrary LIBRARY = BuiltInLibrary.load();

    @Test
    void everyBuiltInExerciseHasSpanishForEveryFieldItsEnglishHas() {
        Map<String, ExerciseText> es = LIBRARY.exerciseTexts("es");
        List<String> lacking = new ArrayList<>();
        for (Exercise e : LIBRARY.exercises()) {
            ExerciseText text = es.get(e.id());
            if (text == null) {
                lacking.add(e.id() + ": no Spanish");
            } else if (!text.missingFor(e).isEmpty()) {
                lacking.add(e.id() + ": " + text.missingFor(e));
            }
        }
        assertEquals(List.of(), lacking);
    }

    @Test
    void everyTemplateAndTestTextHasSpanish() {
        TextCatalogue es = LIBRARY.catalogue("es");
        List<String> lacking = new ArrayList<>();
        for (Template t : LIBRARY.templates()) {
            need(es, lacking, t.key() + " title", t.title());
            need(es, lacking, t.key() + " goal", t.goal());
            for (Phase p : t.phases()) {
                String where = t.key() + " / " + p.name();
                need(es, lacking, where + " name", p.name());
                need(es, lacking, where + " purpose", p.purpose());
                for (PhaseItem item : p.items()) {
                    need(es, lacking, where + " / " + item.exerciseId() + " note", item.note());
                    need(es, lacking, where + " / " + item.exerciseId() + " tempo", item.dosage().tempo());
                    need(es, lacking, where + " / " + item.exerciseId() + " dosage note", item.dosage().note());
                }
                for (Criterion c : p.exitCriteria()) {
                    if (es.criterion(c.key(), c.name()).equals(c.name())) {
                        lacking.add(where + " check: " + c.name());
                    }
                }
            }
        }
        for (Criterion c : LIBRARY.criteria().values()) {
            if (es.criterion(c.key(), c.name()).equals(c.name())) {
                lacking.add("test " + c.key());
            }
        }
        assertEquals(List.of(), lacking);
    }

    private static void need(TextCatalogue es, List<String> lacking, String where, String english) {
        if (english != null && !es.has(english)) {
            lacking.add(where);
        }
    }
}
