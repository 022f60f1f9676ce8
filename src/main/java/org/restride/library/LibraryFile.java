package org.restride.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.restride.codec.ExerciseJson;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseSource;
import org.restride.io.SafeFiles;
import org.restride.store.Database;
import org.restride.store.ExerciseRepository;

/**
 * The clinic's own exercises as one JSON file, to share between clinics or keep safe. An import is checked
 * whole before anything is written, then written in one transaction: a bad row imports nothing.
 */
public final class LibraryFile {
    static final String FORMAT = "restride-library";
    static final int VERSION = 1;

    private final Database db;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public LibraryFile(Database db) {
        this.db = db;
    }

    /** What an import did. */
    public record ImportResult(int added, int updated) {
    }

    public ImportResult importFrom(Path file) {
        JsonNode root = readJson(file);
        String name = file.getFileName().toString();
        JsonNode version = root.get("version");
        if (version != null && (!version.isInt() || version.asInt() > VERSION)) {
            throw new LibraryException(name + ": this file was written by a newer Restride (format version " + version + ").");
        }
        List<Exercise> incoming = ExerciseRows.read(root, name, ExerciseSource.CLINIC).stream()
                .map(e -> e.source() == ExerciseSource.CLINIC ? e : e.copyForClinic(e.id(), e.name()))
                .toList();
        ExerciseRepository repository = new ExerciseRepository(db);
        Set<String> builtIn = repository.idsFrom(ExerciseSource.BUILT_IN);
        Set<String> existing = repository.idsFrom(ExerciseSource.CLINIC);
        Set<String> known = new HashSet<>(builtIn);
        known.addAll(existing);
        incoming.forEach(e -> known.add(e.id()));
        for (int i = 0; i < incoming.size(); i++) {
            Exercise e = incoming.get(i);
            String row = name + ": row " + (i + 1) + " (\"" + e.id() + "\")";
            if (builtIn.contains(e.id())) {
                throw new LibraryException(row + ": id is the id of a built-in exercise; give the clinic's copy its own id.");
            }
            checkLink(row, "easier", e.easierId(), known);
            checkLink(row, "harder", e.harderId(), known);
        }
        int updated = (int) incoming.stream().filter(e -> existing.contains(e.id())).count();
        db.write(c -> {
            incoming.forEach(repository::save);
            return null;
        });
        return new ImportResult(incoming.size() - updated, updated);
    }

    private static void checkLink(String row, String field, String target, Set<String> known) {
        if (target != null && !known.contains(target)) {
            throw new LibraryException(row + ": " + field + " names \"" + target + "\", which is not in the library or this file.");
        }
    }

    /** Writes the clinic's own exercises (archived ones too); returns how many. */
    public int exportTo(Path file) {
        List<Exercise> own = new ExerciseRepository(db).all(true).stream()
                .filter(e -> e.source() == ExerciseSource.CLINIC).toList();
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ArrayNode rows = root.putArray("exercises");
        own.forEach(e -> rows.add(ExerciseJson.write(e)));
        writeAtomically(file, root);
        return own.size();
    }

    private JsonNode readJson(Path file) {
        try {
            return mapper.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new LibraryException("There is no file " + file + ".");
        } catch (JsonProcessingException e) {
            throw new LibraryException(file.getFileName() + " is not a valid library file: line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new LibraryException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private void writeAtomically(Path file, JsonNode root) {
        try {
            SafeFiles.writeAtomically(file, out -> mapper.writeValue(out, root));
        } catch (IOException e) {
            throw new LibraryException(file + " cannot be written: " + e.getMessage(), e);
        }
    }
}
