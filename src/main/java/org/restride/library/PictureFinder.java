package org.restride.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.restride.domain.Exercise;
import org.restride.figure.BasePoses;
import org.restride.figure.BuiltInFigures;
import org.restride.figure.Figure;
import org.restride.figure.FigureException;
import org.restride.figure.FigureJson;
import org.restride.store.Database;
import org.restride.store.ExerciseRepository;
import org.restride.store.Photo;
import org.restride.store.PhotoRepository;

/**
 * Finds an exercise's picture: the photo the clinic chose to print, otherwise its drawing. The drawing is the
 * clinic's own figure if it drew one, else the built-in figure (a clinic copy of a built-in exercise shares its
 * original's). Safe to use from any thread.
 */
public final class PictureFinder {
    /** What prints for an exercise. */
    public sealed interface Picture permits PrintedPhoto, Drawing {
    }

    /** A photo the clinic attached and chose to print. */
    public record PrintedPhoto(Photo photo) implements Picture {
    }

    /** A drawn figure; {@code clinics} is true when the clinic drew it in the pose editor. */
    public record Drawing(Figure figure, boolean clinics) implements Picture {
    }

    private final PhotoRepository photos;
    private final ExerciseRepository exercises;
    private final BasePoses bases;
    private final BuiltInFigures builtIn;
    private final FigureJson json;
    private final ObjectMapper mapper = new ObjectMapper();

    public PictureFinder(PhotoRepository photos, ExerciseRepository exercises, BasePoses bases, BuiltInFigures builtIn) {
        this.photos = photos;
        this.exercises = exercises;
        this.bases = bases;
        this.builtIn = builtIn;
        this.json = new FigureJson(bases);
    }

    /** Reads the built-in figures once and finds pictures in this database. */
    public static PictureFinder over(Database db) {
        BasePoses bases = BasePoses.load();
        return new PictureFinder(new PhotoRepository(db), new ExerciseRepository(db), bases, BuiltInFigures.load(bases));
    }

    public PhotoRepository photos() {
        return photos;
    }

    /** The named poses a drawing can start from. */
    public BasePoses bases() {
        return bases;
    }

    /** The picture that prints for the exercise, if it has any. */
    public Optional<Picture> printed(String exerciseId) {
        Optional<Photo> photo = photos.printed(exerciseId);
        if (photo.isPresent()) {
            return Optional.of(new PrintedPhoto(photo.get()));
        }
        return drawing(exerciseId).map(Picture.class::cast);
    }

    /** The exercise's drawing: the clinic's own figure, else the built-in one. */
    public Optional<Drawing> drawing(String exerciseId) {
        Optional<Figure> own = photos.figure(exerciseId).flatMap(this::read);
        if (own.isPresent()) {
            return Optional.of(new Drawing(own.get(), true));
        }
        return builtInDrawing(exerciseId).map(figure -> new Drawing(figure, false));
    }

    /** The built-in figure of the exercise, or of the built-in exercise it was copied from. */
    public Optional<Figure> builtInDrawing(String exerciseId) {
        Optional<Figure> direct = builtIn.find(exerciseId);
        if (direct.isPresent()) {
            return direct;
        }
        return exercises.find(exerciseId).map(Exercise::basedOnId).flatMap(builtIn::find);
    }

    /** The clinic's saved figure; a damaged one is passed over, so the built-in drawing shows instead. */
    private Optional<Figure> read(String figureJson) {
        try {
            return Optional.of(json.read(mapper.readTree(figureJson)));
        } catch (JsonProcessingException | FigureException e) {
            return Optional.empty();
        }
    }
}
