package org.restride.ui.exercises;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.restride.app.FreshWorkspace;
import org.restride.app.Writer;
import org.restride.text.Words;
import org.restride.ui.DirectTaskRunner;
import org.restride.ui.search.ExerciseSearchViewModel;

/** For the Library's view-model tests: a workspace of the test's own, its saves written at once, the Library's model. */
abstract class LibraryBench extends FreshWorkspace {
    final Writer writer = new Writer(Runnable::run);
    LibraryViewModel library;

    @BeforeEach
    void openLibrary() {
        library = new LibraryViewModel(workspace.libraryEditing(writer),
                new ExerciseSearchViewModel(workspace.exerciseIndex(), new DirectTaskRunner(), Words.english()), Words.english());
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }
}
