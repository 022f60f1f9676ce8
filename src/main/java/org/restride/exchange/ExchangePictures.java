package org.restride.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.restride.codec.Refusals;
import org.restride.domain.Check;
import org.restride.domain.Exercise;
import org.restride.domain.ValidationException;
import org.restride.figure.BasePoses;
import org.restride.figure.FigureJson;
import org.restride.io.InputRefusedException;
import org.restride.store.Database;
import org.restride.store.Photo;
import org.restride.store.PhotoRepository;
import org.restride.store.PictureImport;
import org.restride.store.PictureImportException;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

/**
 * The clinic's photos and drawn figures of the exercises in an exchange file, so that a shared exercise arrives
 * with its picture. Photos travel as zip entries under {@code pictures/}, listed with the figure in the JSON's
 * {@code pictures} section. On import every one is checked before anything is saved: the photo bytes must be a
 * real PNG or JPEG within the picture limits (they are decoded and encoded again, as a photo added by hand), the
 * figure must be one Restride can draw.
 */
final class ExchangePictures {
    static final String SECTION = "pictures";
    static final String FOLDER = "pictures/";
    /** More photos than any exercise needs; the zip reader already caps each file and the total. */
    static final int MAX_PHOTOS = 20;
    /**
     * The photos of one file together, in pixels, as their headers declare them: checked before any is decoded, so
     * a file cannot hold the data folder for minutes decoding. About 200 photos at the largest size Restride keeps
     * ({@value PictureImport#MAX_SIDE} px a side); decoding them all takes seconds.
     */
    static final long MAX_TOTAL_PIXELS = 500_000_000L;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One exercise's pictures from a file, checked: photos ready to store, which prints (or -1), the figure or null. */
    record Incoming(List<PictureImport.Prepared> photos, int printed, String figure) {
    }

    private ExchangePictures() {
    }

    /**
     * Adds the {@code pictures} section for these exercises to the file's JSON (none when they have no pictures);
     * returns the photo files to put in the zip beside it.
     */
    static Map<String, byte[]> addTo(ObjectNode root, Database db, List<Exercise> exercises) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        ArrayNode section = write(db, exercises, files);
        if (!section.isEmpty()) {
            root.set(SECTION, section);
        }
        return files;
    }

    private static ArrayNode write(Database db, List<Exercise> exercises, Map<String, byte[]> files) {
        PhotoRepository photos = new PhotoRepository(db);
        ArrayNode section = JsonNodeFactory.instance.arrayNode();
        for (int n = 0; n < exercises.size(); n++) {
            String id = exercises.get(n).id();
            List<Photo> list = photos.list(id);
            Optional<String> figure = photos.figure(id);
            if (list.isEmpty() && figure.isEmpty()) {
                continue;
            }
            ObjectNode row = section.addObject();
            row.put("exercise", id);
            ArrayNode rowPhotos = row.putArray("photos");
            for (Photo photo : list) {
                Optional<byte[]> bytes = photos.bytes(photo.id());
                if (bytes.isPresent()) {
                    String entry = FOLDER + (n + 1) + "-" + (rowPhotos.size() + 1)
                            + ("image/png".equals(photo.mediaType()) ? ".png" : ".jpg");
                    files.put(entry, bytes.get());
                    rowPhotos.addObject().put("file", entry).put("name", photo.fileName()).put("prints", photo.printed());
                }
            }
            if (figure.isPresent()) {
                row.set("figure", parse(figure.get()));
            }
        }
        return section;
    }

    /** Reads and checks every picture the file brings, by exercise id; refuses the whole file in one line. */
    static Map<String, Incoming> read(String file, JsonNode root, Map<String, byte[]> files, Set<String> exerciseIds) {
        JsonNode section = root.get(SECTION);
        if (section == null || section.isNull()) {
            return Map.of();
        }
        if (!section.isArray()) {
            throw new ExchangeException(KeyedProblem.of("problems.exchange.picturesNotList", file));
        }
        ExchangeLimits.checkCount(file, SECTION, section, ExchangeLimits.MAX_EXERCISES);
        checkPixels(file, section, files);
        Map<String, Incoming> out = new HashMap<>();
        FigureJson figures = null;
        int row = 0;
        for (JsonNode node : section) {
            row++;
            JsonNode exercise = node.get("exercise");
            String where = file + ": pictures row " + row;
            if (exercise == null || !exercise.isTextual() || !exerciseIds.contains(exercise.asText())) {
                throw new ExchangeException(KeyedProblem.of("problems.exchange.pictureExercise", where));
            }
            where += " (" + Excerpt.quoted(exercise.asText()) + ")";
            if (out.containsKey(exercise.asText())) {
                throw new ExchangeException(KeyedProblem.of("problems.exchange.pictureTwice", where));
            }
            List<PictureImport.Prepared> photos = new ArrayList<>();
            int printed = photos(where, node.get("photos"), files, photos);
            String figure = null;
            if (node.hasNonNull("figure")) {
                figures = figures == null ? new FigureJson(BasePoses.load()) : figures;
                figure = figure(where, node.get("figure"), figures);
            }
            out.put(exercise.asText(), new Incoming(List.copyOf(photos), printed, figure));
        }
        return out;
    }

    /**
     * Adds up the pixels every photo reference declares in its picture's header (a picture named twice counts
     * twice: it would be decoded twice) and refuses the whole file, before any photo is decoded, when one photo or
     * all of them together are over the limits.
     */
    private static void checkPixels(String file, JsonNode section, Map<String, byte[]> files) {
        long total = 0;
        int row = 0;
        for (JsonNode node : section) {
            row++;
            JsonNode exercise = node.path("exercise");
            String where = file + ": pictures row " + row + (exercise.isTextual() ? " (" + Excerpt.quoted(exercise.asText()) + ")" : "");
            ExchangeLimits.onlyKnown(where, node, Set.of("exercise", "photos", "figure"));
            int n = 0;
            for (JsonNode photo : photoList(where, node.get("photos"))) {
                String at = where + ", photo " + ++n;
                ExchangeLimits.onlyKnown(at, photo, Set.of("file", "name", "prints"));
                try {
                    total += PictureImport.pixels(Excerpt.line(photo.path("name").asText("photo"), 60),
                            photoBytes(at, photo, files));
                } catch (PictureImportException e) {
                    throw new ExchangeException(KeyedProblem.of("problems.exchange.at", at, e), e);
                }
            }
        }
        if (total > MAX_TOTAL_PIXELS) {
            throw new InputRefusedException(InputRefusedException.Reason.TOO_MANY_PIXELS, file,
                    String.format(Locale.ROOT, "%,d", total / 1_000_000), String.format(Locale.ROOT, "%,d",
                    MAX_TOTAL_PIXELS / 1_000_000));
        }
    }

    /** A row's photo list (empty when it has none); refuses one that is not a list or is too long. */
    private static JsonNode photoList(String where, JsonNode list) {
        if (list == null || list.isNull()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!list.isArray() || list.size() > MAX_PHOTOS) {
            throw new ExchangeException(KeyedProblem.of("problems.exchange.photosNotList", where, MAX_PHOTOS));
        }
        return list;
    }

    /** The bytes of the zip entry a photo names; refuses a name the file does not hold. */
    private static byte[] photoBytes(String at, JsonNode photo, Map<String, byte[]> files) {
        JsonNode entry = photo.get("file");
        byte[] bytes = entry != null && entry.isTextual() && entry.asText().startsWith(FOLDER) ? files.get(entry.asText()) : null;
        if (bytes == null) {
            throw new ExchangeException(KeyedProblem.of("problems.exchange.photoMissing", at));
        }
        return bytes;
    }

    /** Checks the row's photos into {@code out}; returns the index of the one that prints, or -1. */
    private static int photos(String where, JsonNode list, Map<String, byte[]> files, List<PictureImport.Prepared> out) {
        int printed = -1;
        for (JsonNode photo : photoList(where, list)) {
            String at = where + ", photo " + (out.size() + 1);
            byte[] bytes = photoBytes(at, photo, files);
            String name;
            try {
                String given = photo.path("name").asText("");
                name = Check.line("name", given.isBlank() ? "photo" : given, 200);
            } catch (IllegalArgumentException e) {
                throw new ExchangeException(KeyedProblem.of("problems.exchange.at", at,
                        e instanceof ValidationException refused ? Refusals.of(refused) : e), e);
            }
            try {
                out.add(PictureImport.prepare(name, bytes));
            } catch (PictureImportException e) {
                throw new ExchangeException(KeyedProblem.of("problems.exchange.at", at, e), e);
            }
            if (photo.path("prints").asBoolean(false)) {
                if (printed >= 0) {
                    throw new ExchangeException(KeyedProblem.of("problems.exchange.onePrints", at));
                }
                printed = out.size() - 1;
            }
        }
        return printed;
    }

    private static String figure(String where, JsonNode node, FigureJson figures) {
        try {
            return FigureJson.write(figures.read(node)).toString();
        } catch (RuntimeException e) {
            throw new ExchangeException(KeyedProblem.of("problems.exchange.figure", where, e), e);
        }
    }

    /**
     * Saves the pictures of the exercises saved, inside the import's transaction: for each one the file brings
     * pictures for, they take the place of its photos and figure. {@code savedAs} maps the file's id to the id saved.
     */
    static void save(Database db, Map<String, Incoming> pictures, Collection<String> saved, Map<String, String> savedAs) {
        PhotoRepository photos = new PhotoRepository(db);
        PictureImport importer = new PictureImport(photos, db.clock());
        for (Map.Entry<String, Incoming> one : pictures.entrySet()) {
            String id = savedAs.getOrDefault(one.getKey(), one.getKey());
            if (!saved.contains(id)) {
                continue;
            }
            for (Photo old : photos.list(id)) {
                photos.delete(old.id());
            }
            List<PictureImport.Prepared> list = one.getValue().photos();
            for (int i = 0; i < list.size(); i++) {
                Photo stored = importer.store(id, list.get(i));
                if (i == one.getValue().printed()) {
                    photos.printPhoto(stored.id());
                }
            }
            photos.saveFigure(id, one.getValue().figure());
        }
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ExchangeException(KeyedProblem.of("problems.exchange.storedFigure"), e);
        }
    }
}
