package org.restride.ui.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.restride.app.Problems;
import org.restride.handout.IssuedHandouts;
import org.restride.store.IssuedHandout;
import org.restride.store.IssuedHandoutRepository;
import org.restride.text.Words;
import org.restride.ui.common.TaskRunner;

/**
 * The handouts issued to the patient, newest first, each opened exactly as it was issued: its PDF is written to
 * a file of its own (readable by this user only) and handed to the system's PDF viewer.
 */
public final class IssuedHandoutsViewModel {
    /** Opens a PDF file for reading, e.g. in the system's viewer; throws if it cannot. */
    @FunctionalInterface
    public interface Viewer {
        void open(Path pdf) throws IOException;
    }

    /** One issued handout in the list, with its line of text. */
    public record Row(IssuedHandout handout, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final IssuedHandoutRepository repository;
    private final TaskRunner tasks;
    private final Viewer viewer;
    private final Words words;
    private final ZoneId zone;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    public IssuedHandoutsViewModel(IssuedHandoutRepository repository, TaskRunner tasks, Viewer viewer, Words words,
                                   ZoneId zone) {
        this.repository = repository;
        this.tasks = tasks;
        this.viewer = viewer;
        this.words = words;
        this.zone = zone;
    }

    /** Reads the patient's issued handouts (null clears them). */
    public void show(Long patientId) {
        if (patientId == null) {
            rows.clear();
            return;
        }
        tasks.run(words.get("issued.ui.reading"), () -> repository.forPatient(patientId), this::apply,
                failure -> message.set(words.get("issued.ui.unreadable", Problems.words(words, failure))));
    }

    private void apply(List<IssuedHandout> found) {
        rows.setAll(found.stream().map(h -> new Row(h, IssuedHandouts.line(words, h, zone).strip())).toList());
        message.set(found.isEmpty() ? words.get("issued.ui.empty") : "");
    }

    /** Opens the handout as it was issued; says where it was written, or why it could not be opened. */
    public void open(Row row) {
        if (row == null) {
            return;
        }
        long id = row.handout().id();
        tasks.run(words.get("issued.ui.opening"), () -> {
            byte[] pdf = repository.pdf(id).orElseThrow(() -> new IOException(words.get("issued.noHandout", id)));
            Path file = Files.createTempFile("restride-handout-" + id + "-", ".pdf");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the temporary folder is the user's own.
            }
            Files.write(file, pdf);
            viewer.open(file);
            return file;
        }, file -> message.set(words.get("issued.ui.opened", id, file)),
                failure -> message.set(words.get("issued.ui.notOpened", Problems.words(words, failure))));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
