package org.restride.ui.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Problems;
import org.restride.app.Workspace;
import org.restride.app.Writer;
import org.restride.domain.Template;
import org.restride.store.WriteFailure;
import org.restride.text.Words;
import org.restride.ui.RefusingTable;
import org.restride.ui.WindowThread;

/** The Templates section without the toolkit: each change shows at once, is written in the background, and a failed write is told. */
class TemplatesViewModelTest {
    @TempDir
    Path folder;
    Workspace workspace;
    final WindowThread windowThread = new WindowThread();
    final Writer writer = new Writer(windowThread);
    TemplatesViewModel model;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        model = new TemplatesViewModel(workspace.templateEditing(writer), Words.english());
        model.refresh();
    }

    @AfterEach
    void close() {
        writer.close();
        workspace.close();
    }

    private Template builtIn(String key) {
        return model.list().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    /** Waits for the writer, then runs on this thread what it handed back. */
    private void settle() {
        writer.awaitIdle();
        windowThread.runWaiting();
    }

    private Optional<Template> stored(String key) {
        settle();
        return workspace.templates().find(key);
    }

    @Test
    void aCopyShowsAtOnceIsSavedAndCanBeRenamedAndDeleted() {
        int before = model.list().size();
        model.duplicate(builtIn("return-to-run"));
        Template copy = model.selectedProperty().get();
        assertEquals(before + 1, model.list().size(), "listed at once");
        assertFalse(copy.builtIn());
        assertEquals("Made a copy for the clinic: \"" + copy.title() + "\".", model.messageProperty().get());
        assertEquals(copy, stored(copy.key()).orElseThrow());

        model.rename(copy, "Run club plan");
        assertEquals("Run club plan", model.selectedProperty().get().title());
        assertEquals("Run club plan", stored(copy.key()).orElseThrow().title());

        model.delete(model.selectedProperty().get());
        assertEquals(before, model.list().size());
        assertTrue(stored(copy.key()).isEmpty());
    }

    @Test
    void aBuiltInTemplateIsNotRenamed() {
        Template run = builtIn("return-to-run");
        model.rename(run, "Mine now");
        assertTrue(model.messageProperty().get().startsWith("Built-in templates can't be changed"));
        assertEquals(run.title(), stored("return-to-run").orElseThrow().title());
    }

    @Test
    void aRenameThatCannotBeWrittenIsToldAndStaysOnScreen() throws Exception {
        model.duplicate(builtIn("return-to-run"));
        Template copy = model.selectedProperty().get();
        settle();
        try (RefusingTable full = RefusingTable.in(folder, "templates")) {
            model.rename(copy, "Run club plan");
            settle();
        }
        Words words = Words.english();
        assertEquals(words.get("ui-saves.failed", Problems.sentence(words, WriteFailure.noSpace(folder, null))),
                model.messageProperty().get(), "the store's keyed problem, in the window's words");
        assertEquals("Run club plan", model.selectedProperty().get().title(), "the new name is still on screen");
        assertEquals(copy.title(), stored(copy.key()).orElseThrow().title(), "the database kept the old one");
    }

    @Test
    void aDeleteThatCannotBeWrittenPutsTheTemplateBack() throws Exception {
        model.duplicate(builtIn("return-to-lift"));
        Template copy = model.selectedProperty().get();
        settle();
        int before = model.list().size();
        try (RefusingTable full = RefusingTable.in(folder, "templates")) {
            model.delete(copy);
            assertEquals(before - 1, model.list().size(), "gone from the list at once");
            settle();
        }
        assertTrue(model.messageProperty().get().startsWith("Not deleted: "), model.messageProperty().get());
        assertTrue(model.list().contains(copy), "back in the list");
        assertTrue(stored(copy.key()).isPresent());
    }
}
