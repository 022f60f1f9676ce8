package org.restride.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.restride.codec.ExerciseJson;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseText;
import org.restride.domain.ExerciseSource;
import org.restride.library.ExerciseRows;
import org.restride.library.ExerciseTextRows;
import org.restride.library.LibraryException;
import org.restride.store.Database;
import org.restride.store.ExerciseRepository;
import org.restride.store.ExerciseTextRepository;
import org.restride.store.safety.BackupFile;
import org.restride.store.safety.BackupService;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

/** The clinic's own exercises as one exchange file, to share with another clinic. */
public final class LibraryExchange {
    private static final Logger LOG = Logger.getLogger(LibraryExchange.class.getName());

    private final Database db;

    public LibraryExchange(Database db) {
        this.db = db;
    }

    /** Writes the clinic's own exercises (archived ones too); returns how many. */
    public int exportTo(Path file) {
        List<Exercise> own = new ExerciseRepository(db).own();
        ObjectNode root = ExchangeZip.header(ExchangeFormat.LIBRARY);
        root.set("exercises", exercisesJson(db, own));
        ExchangeZip.write(file, root, ExchangePictures.addTo(root, db, own));
        LOG.info(() -> "Library exported: " + own.size() + " exercises.");
        return own.size();
    }

    /**
     * Imports an exchange file or a JSON library file, the same way: checks the whole file, stops at duplicates
     * (for {@link DuplicateChoice#ASK}) or does as told, backs up first if existing exercises are replaced, then
     * writes in one transaction.
     */
    public ImportOutcome importFrom(Path file, DuplicateChoice choice) {
        String name = Excerpt.path(file.getFileName());
        ExchangeZip.Contents contents = ExchangeZip.readEither(file, ExchangeFormat.LIBRARY);
        JsonNode root = contents.root();
        ExchangeLimits.onlyKnown(name, root, Set.of("format", "version", "exercises", ExchangePictures.SECTION));
        ExerciseRepository library = new ExerciseRepository(db);
        ExerciseMerge merge = ExerciseMerge.check(name, readExercises(root, name,
                ExchangeFormat.looksLikeZip(file) ? name + ": " + ExchangeZip.ENTRY : name), library, new ExerciseTextRepository(db));
        Map<String, ExchangePictures.Incoming> pictures = ExchangePictures.read(name, root, contents.files(), merge.ids());
        List<Clash> clashes = merge.clashes();
        if (!clashes.isEmpty() && choice == DuplicateChoice.ASK) {
            return new ImportOutcome.Duplicate(clashes);
        }
        ExerciseMerge.Plan plan = merge.plan(choice);
        Path kept = plan.replaced() > 0 ? keepCopy(db) : null;
        db.write(c -> {
            plan.save(library, new ExerciseTextRepository(db));
            ExchangePictures.save(db, pictures, plan.savedIds(), plan.renamed());
            return null;
        });
        LOG.info(() -> "Library imported: " + plan.added() + " added, " + plan.replaced() + " replaced.");
        return new ImportOutcome.Imported(null, false, plan.added(), plan.replaced(), plan.unchanged(), plan.skipped(), kept);
    }

    /** A backup of the database as it is, kept apart from rotation, before an import changes rows already here. */
    static Path keepCopy(Database db) {
        return new BackupService(db, db.clock().getZone()).safetyCopy(db.clock().instant(), BackupFile.Reason.BEFORE_IMPORT).file();
    }

    /** The exercises as the rows of a file, each with its stored texts in other languages. */
    static ArrayNode exercisesJson(Database db, List<Exercise> exercises) {
        ArrayNode rows = exercisesJson(exercises);
        ExerciseTextRows.addTo(rows, exercises, new ExerciseTextRepository(db));
        return rows;
    }

    /** The exercises as the rows of a file, in English only. */
    static ArrayNode exercisesJson(List<Exercise> exercises) {
        ArrayNode rows = ExchangeZip.header(ExchangeFormat.LIBRARY).arrayNode();
        exercises.forEach(e -> rows.add(ExerciseJson.write(e)));
        return rows;
    }

    /** The file's exercises, each checked field by field; a missing list is an empty one only if the key is there. */
    static Incoming readExercises(JsonNode root, String file) {
        return readExercises(root, file, file + ": " + ExchangeZip.ENTRY);
    }

    /**
     * As above, with {@code rowsIn} naming where the rows are in messages about one of them. The rows' texts in
     * other languages are read (and taken off the rows) first.
     */
    static Incoming readExercises(JsonNode root, String file, String rowsIn) {
        if (!root.has("exercises")) {
            throw new ExchangeException(KeyedProblem.of("problems.exchange.noExercises", file));
        }
        ExchangeLimits.checkCount(file, "exercises", root.get("exercises"), ExchangeLimits.MAX_EXERCISES);
        List<Map<String, ExerciseText>> texts = ExchangeTexts.take(root, rowsIn);
        List<Exercise> exercises;
        try {
            exercises = ExerciseRows.read(root, rowsIn, ExerciseSource.CLINIC, true);
        } catch (LibraryException e) {
            throw new ExchangeException(KeyedProblem.of("problems.cause", e), e);
        }
        Map<String, Map<String, ExerciseText>> byId = new HashMap<>();
        for (int i = 0; i < exercises.size(); i++) {
            if (!texts.get(i).isEmpty()) {
                byId.put(exercises.get(i).id(), texts.get(i));
            }
        }
        return new Incoming(exercises, byId);
    }

    /** A file's exercises, and their texts in other languages by id then language. */
    record Incoming(List<Exercise> exercises, Map<String, Map<String, ExerciseText>> texts) {
    }
}
