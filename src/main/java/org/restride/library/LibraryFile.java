package org.restride.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.restride.codec.ExerciseJson;
import org.restride.domain.Exercise;
import org.restride.io.SafeFiles;
import org.restride.store.Database;
import org.restride.store.ExerciseRepository;
import org.restride.store.ExerciseTextRepository;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

/**
 * The clinic's own exercises as one JSON file, to share between clinics or keep safe, each with its texts in other
 * languages ({@link ExerciseTextRows}). Such a file is imported
 * through the one import path of {@code org.restride.exchange.LibraryExchange}, like a .restride file.
 */
public final class LibraryFile {
    static final String FORMAT = "restride-library";
    static final int VERSION = 1;

    private final Database db;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public LibraryFile(Database db) {
        this.db = db;
    }

    /** Writes the clinic's own exercises (archived ones too); returns how many. */
    public int exportTo(Path file) {
        List<Exercise> own = new ExerciseRepository(db).own();
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ArrayNode rows = root.putArray("exercises");
        own.forEach(e -> rows.add(ExerciseJson.write(e)));
        ExerciseTextRows.addTo(rows, own, new ExerciseTextRepository(db));
        writeAtomically(file, root);
        return own.size();
    }

    private void writeAtomically(Path file, JsonNode root) {
        try {
            SafeFiles.writeAtomically(file, out -> mapper.writeValue(out, root));
        } catch (SafeFiles.NoSpaceException e) {
            throw new LibraryException(KeyedProblem.of("problems.cause", e), e);
        } catch (IOException e) {
            throw new LibraryException(KeyedProblem.of("problems.library.notWritten", Excerpt.path(file), e), e);
        }
    }
}
