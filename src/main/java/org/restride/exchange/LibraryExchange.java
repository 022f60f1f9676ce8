package org.restride.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import org.restride.codec.ExerciseJson;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseSource;
import org.restride.library.ExerciseRows;
import org.restride.library.LibraryException;
import org.restride.store.Database;
import org.restride.store.ExerciseRepository;

/** The clinic's own exercises as one exchange file, to share with another clinic. */
public final class LibraryExchange {
    private static final Logger LOG = Logger.getLogger(LibraryExchange.class.getName());

    private final Database db;

    public LibraryExchange(Database db) {
        this.db = db;
    }

    /** Writes the clinic's own exercises (archived ones too); returns how many. */
    public int exportTo(Path file) {
        List<Exercise> own = new ExerciseRepository(db).all(true).stream().filter(e -> e.source() == ExerciseSource.CLINIC).toList();
        ObjectNode root = ExchangeZip.header(ExchangeFormat.LIBRARY);
        root.set("exercises", exercisesJson(own));
        ExchangeZip.write(file, root);
        LOG.info(() -> "Library exported: " + own.size() + " exercises.");
        return own.size();
    }

    /** Checks the whole file, then (unless it stops at duplicates) writes it in one transaction. */
    public ImportOutcome importFrom(Path file, DuplicateChoice choice) {
        String name = file.getFileName().toString();
        JsonNode root = ExchangeZip.read(file, ExchangeFormat.LIBRARY);
        ExerciseRepository library = new ExerciseRepository(db);
        ExerciseMerge merge = ExerciseMerge.check(name, readExercises(root, name), library);
        List<Clash> clashes = merge.clashes();
        if (!clashes.isEmpty() && choice == DuplicateChoice.ASK) {
            return new ImportOutcome.Duplicate(clashes);
        }
        ExerciseMerge.Plan plan = merge.plan(choice);
        db.write(c -> {
            plan.toSave().forEach(library::save);
            return null;
        });
        LOG.info(() -> "Library imported: " + plan.added() + " added, " + plan.replaced() + " replaced.");
        return new ImportOutcome.Imported(null, false, plan.added(), plan.replaced(), plan.unchanged(), plan.skipped());
    }

    static ArrayNode exercisesJson(List<Exercise> exercises) {
        ArrayNode rows = ExchangeZip.header(ExchangeFormat.LIBRARY).arrayNode();
        exercises.forEach(e -> rows.add(ExerciseJson.write(e)));
        return rows;
    }

    /** The file's exercises, each checked field by field; a missing list is an empty one only if the key is there. */
    static List<Exercise> readExercises(JsonNode root, String file) {
        if (!root.has("exercises")) {
            throw new ExchangeException(file + ": exercises is missing.");
        }
        try {
            return ExerciseRows.read(root, file + ": " + ExchangeZip.ENTRY, ExerciseSource.CLINIC);
        } catch (LibraryException e) {
            throw new ExchangeException(e.getMessage(), e);
        }
    }
}
