package org.restride.ui.exercises;

import java.util.List;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Workspace;
import org.restride.app.Writer;
import org.restride.text.Words;
import org.restride.domain.Exercise;
import org.restride.domain.PhaseKind;
import org.restride.store.ExerciseListing;
import org.restride.ui.DirectTaskRunner;
import org.restride.ui.search.ExerciseSearchViewModel;

class ExerciseSearchViewModelTest {
    @TempDir
    Path folder;

    @Test
    void resultsFollowTheWordsAndFiltersAsTheyChange() {
        try (Workspace workspace = Workspace.open(folder); Writer writer = new Writer(Runnable::run)) {
            ExerciseSearchViewModel model = new ExerciseSearchViewModel(workspace.exerciseIndex(), new DirectTaskRunner(), Words.english());
            model.refresh();
            assertEquals(workspace.exercises().count(), model.results().size());
            model.textProperty().set("bri");
            assertTrue(model.results().subList(0, 4).stream().allMatch(e -> e.name().toLowerCase().contains("bridge")),
                    "names that match come first");
            model.textProperty().set("bridge");
            model.phases().add(PhaseKind.FOUNDATION);
            assertEquals(List.of("bridge-hip-lift-exhale"), model.results().stream().map(ExerciseListing::id).toList());
            model.phases().clear();
            model.textProperty().set("");
            LibraryViewModel library = new LibraryViewModel(workspace.libraryEditing(writer), model, Words.english());
            Exercise copy = library.copyForEditing(workspace.exercises().find("bridge-band").orElseThrow());
            assertTrue(copy.id().startsWith("own-"));
            writer.awaitIdle();
            assertEquals(copy, library.selectedProperty().get(), "the copy is on show once written");
            assertTrue(model.results().stream().anyMatch(e -> e.id().equals(copy.id())), "once saved, the copy shows in the list");
            library.setArchived(copy, true);
            writer.awaitIdle();
            assertTrue(model.results().stream().noneMatch(e -> e.id().equals(copy.id())), "archived leaves the list");
        }
    }
}
