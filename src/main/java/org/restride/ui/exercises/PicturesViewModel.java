package org.restride.ui.exercises;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.restride.app.Problems;
import org.restride.domain.Exercise;
import org.restride.figure.BasePoses;
import org.restride.figure.Figure;
import org.restride.figure.FigureJson;
import org.restride.library.PictureFinder;
import org.restride.store.Photo;
import org.restride.store.PhotoRepository;
import org.restride.store.PictureImport;
import org.restride.store.PictureImportException;
import org.restride.store.StoreException;
import org.restride.text.Words;
import org.restride.ui.common.TaskRunner;

/**
 * The pictures of the chosen exercise: its photos, its drawing, and which one prints. Photos are read and
 * imported in the background; a file that cannot be imported leaves the exercise as it was, with a message.
 */
public final class PicturesViewModel {
    /** Photos are shown at most this wide (the large view); thumbnails are scaled from the same image. */
    private static final int SHOWN_WIDTH = 520;

    /** A photo with its picture, ready to show. */
    public record PhotoItem(Photo photo, Image image) {
    }

    /** What the pane shows for one exercise, read together in the background. */
    private record Loaded(List<PhotoItem> photos, PictureFinder.Drawing drawing, boolean builtInDrawing) {
    }

    private record Added(Photo photo, Loaded loaded) {
    }

    private final PictureFinder finder;
    private final PictureImport importer;
    private final TaskRunner tasks;
    private final Words words;
    private final ReadOnlyObjectWrapper<Exercise> exercise = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PhotoItem> photos = FXCollections.observableArrayList();
    private final ObjectProperty<PictureFinder.Drawing> drawing = new SimpleObjectProperty<>();
    private final BooleanProperty importing = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final AtomicLong generation = new AtomicLong();
    private final ObjectBinding<PhotoItem> printedPhoto;
    private boolean hasBuiltInDrawing;

    public PicturesViewModel(PictureFinder finder, PictureImport importer, TaskRunner tasks, Words words) {
        this.words = words;
        this.finder = finder;
        this.importer = importer;
        this.tasks = tasks;
        this.printedPhoto = Bindings.createObjectBinding(
                () -> photos.stream().filter(p -> p.photo().printed()).findFirst().orElse(null), photos);
    }

    /** Shows the exercise's pictures (null shows none). */
    public void show(Exercise shown) {
        exercise.set(shown);
        message.set("");
        photos.clear();
        drawing.set(null);
        hasBuiltInDrawing = false;
        if (shown != null) {
            reload();
        }
    }

    /** True when the clinic may add photos and draw a figure: its own exercises and copies, never a built-in one. */
    public boolean canChange() {
        return exercise.get() != null && !exercise.get().isBuiltIn();
    }

    /** Imports a picture file, in the background, and makes it the one that prints. */
    public void addPhoto(Path file) {
        Exercise target = exercise.get();
        if (target == null) {
            return;
        }
        if (target.isBuiltIn()) {
            message.set(copyFirst());
            return;
        }
        importing.set(true);
        message.set(words.get("ui-pictures.adding", file.getFileName()));
        long mine = generation.incrementAndGet();
        tasks.run(words.get("ui-pictures.addingTask"), () -> {
            Photo added = importer.importFile(target.id(), file);
            finder.photos().printPhoto(added.id());
            return new Added(added, load(target.id()));
        }, done -> {
            importing.set(false);
            if (apply(mine, done.loaded())) {
                message.set(words.get("ui-pictures.added", done.photo().fileName()));
            }
        }, failure -> {
            importing.set(false);
            if (target.equals(exercise.get())) {
                message.set(problem(failure, "ui-pictures.notAdded"));
            }
        });
    }

    public void printPhoto(Photo photo) {
        change(() -> finder.photos().printPhoto(photo.id()), words.get("ui-pictures.printsPhoto"));
    }

    public void printDrawing() {
        change(() -> finder.photos().printDrawing(exercise.get().id()), drawing.get() == null
                ? words.get("ui-pictures.noDrawing") : words.get("ui-pictures.printsDrawing"));
    }

    public void delete(Photo photo) {
        change(() -> finder.photos().delete(photo.id()), words.get("ui-pictures.deleted", photo.fileName()));
    }

    /** Saves the clinic's own drawing for the exercise. */
    public void saveDrawing(Figure figure) {
        change(() -> finder.photos().saveFigure(exercise.get().id(), FigureJson.write(figure).toString()),
                words.get("ui-pictures.drawingSaved"));
    }

    /** Forgets the clinic's own drawing; the built-in one (if any) shows again. */
    public void removeOwnDrawing() {
        change(() -> finder.photos().saveFigure(exercise.get().id(), null), hasBuiltInDrawing
                ? words.get("ui-pictures.builtInBack") : words.get("ui-pictures.drawingRemoved"));
    }

    /** Why a built-in exercise's pictures cannot be changed, and what to do instead. */
    String copyFirst() {
        return words.get("ui-pictures.copyFirst");
    }

    /** True when the exercise (or the built-in one it was copied from) has a built-in drawing. */
    public boolean hasBuiltInDrawing() {
        return hasBuiltInDrawing;
    }

    /** The named poses a drawing can start from. */
    public BasePoses bases() {
        return finder.bases();
    }

    /** The figure to start the pose editor from: the exercise's drawing, or empty for a fresh one. */
    public Optional<Figure> drawingToEdit() {
        return Optional.ofNullable(drawing.get()).map(PictureFinder.Drawing::figure);
    }

    private void change(Runnable work, String done) {
        Exercise target = exercise.get();
        if (target == null) {
            return;
        }
        if (target.isBuiltIn()) {
            message.set(copyFirst());
            return;
        }
        long mine = generation.incrementAndGet();
        tasks.run(words.get("ui-pictures.savingTask"), () -> {
            work.run();
            return load(target.id());
        }, loaded -> {
            if (apply(mine, loaded)) {
                message.set(done);
            }
        }, failure -> message.set(problem(failure, "ui-pictures.failed")));
    }

    private void reload() {
        String id = exercise.get().id();
        long mine = generation.incrementAndGet();
        tasks.run(words.get("ui-pictures.readingTask"), () -> load(id), loaded -> apply(mine, loaded),
                failure -> message.set(problem(failure, "ui-pictures.unreadable")));
    }

    /** Reads photos and drawing (off the FX thread). A photo that cannot be shown is listed without a picture. */
    private Loaded load(String exerciseId) {
        PhotoRepository repository = finder.photos();
        List<PhotoItem> items = new ArrayList<>();
        for (Photo photo : repository.list(exerciseId)) {
            Image image = repository.bytes(photo.id())
                    .map(bytes -> new Image(new ByteArrayInputStream(bytes), SHOWN_WIDTH, SHOWN_WIDTH, true, true))
                    .filter(picture -> !picture.isError()).orElse(null);
            items.add(new PhotoItem(photo, image));
        }
        return new Loaded(items, finder.drawing(exerciseId).orElse(null), finder.builtInDrawing(exerciseId).isPresent());
    }

    /** Shows what was read, unless the PT has moved on to another exercise or a newer read meanwhile. */
    private boolean apply(long mine, Loaded loaded) {
        if (generation.get() != mine) {
            return false;
        }
        hasBuiltInDrawing = loaded.builtInDrawing();
        photos.setAll(loaded.photos());
        drawing.set(loaded.drawing());
        return true;
    }

    /** A failure the store explains is told in its words; any other under {@code key}, with its message or type. */
    private String problem(Throwable failure, String key) {
        if (failure instanceof PictureImportException || failure instanceof StoreException) {
            return Problems.words(words, failure);
        }
        return words.get(key, Problems.words(words, failure));
    }

    public ReadOnlyObjectProperty<Exercise> exerciseProperty() {
        return exercise.getReadOnlyProperty();
    }

    public ObservableList<PhotoItem> photos() {
        return photos;
    }

    public ObjectProperty<PictureFinder.Drawing> drawingProperty() {
        return drawing;
    }

    /** The photo that prints, or null when the drawing prints. */
    public ObjectBinding<PhotoItem> printedPhoto() {
        return printedPhoto;
    }

    public BooleanProperty importingProperty() {
        return importing;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
