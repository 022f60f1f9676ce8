package org.restride.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.restride.text.KeyedProblem;
import org.restride.text.Excerpt;
import java.util.Optional;

/**
 * The clinic's photos of exercises, which picture prints (the drawing, or one chosen photo), and the clinic's own
 * drawn figure for an exercise. Photos live in the database, so backups include them.
 */
public final class PhotoRepository {
    private static final String COLUMNS = "id, exercise_id, media_type, width, height, file_name, prints, added_at";

    private final Database db;

    public PhotoRepository(Database db) {
        this.db = db;
    }

    /** Adds a photo that {@link PictureImport} has checked and scaled; returns it. */
    Photo add(String exerciseId, String mediaType, int width, int height, byte[] bytes, String fileName, Instant addedAt) {
        return db.write(c -> {
            requireExercise(c, exerciseId);
            try (PreparedStatement st = c.prepareStatement("INSERT INTO exercise_photos (exercise_id, media_type, width, "
                    + "height, bytes, file_name, prints, added_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)")) {
                st.setString(1, exerciseId);
                st.setString(2, mediaType);
                st.setInt(3, width);
                st.setInt(4, height);
                st.setBytes(5, bytes);
                st.setString(6, fileName);
                st.setString(7, addedAt.toString());
                st.executeUpdate();
                return new Photo(Rows.insertedId(st), exerciseId, mediaType, width, height, fileName, false, addedAt);
            }
        });
    }

    /** The exercise's photos, oldest first. */
    public List<Photo> list(String exerciseId) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS +
                    " FROM exercise_photos WHERE exercise_id = ? ORDER BY id")) {
                st.setString(1, exerciseId);
                List<Photo> out = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(map(rs));
                    }
                }
                return out;
            }
        });
    }

    public Optional<Photo> find(long photoId) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM exercise_photos WHERE id = ?")) {
                st.setLong(1, photoId);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The encoded image (PNG or JPEG, as {@link Photo#mediaType()} says). */
    public Optional<byte[]> bytes(long photoId) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT bytes FROM exercise_photos WHERE id = ?")) {
                st.setLong(1, photoId);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    /** The photo that prints for the exercise; empty means the drawing prints. */
    public Optional<Photo> printed(String exerciseId) {
        return list(exerciseId).stream().filter(Photo::printed).findFirst();
    }

    /** Makes this photo the one that prints for its exercise. */
    public void printPhoto(long photoId) {
        db.write(c -> {
            Photo photo = find(photoId).orElseThrow(() -> new StoreException(KeyedProblem.of("problems.store.photoGone")));
            clearPrinted(c, photo.exerciseId());
            try (PreparedStatement st = c.prepareStatement("UPDATE exercise_photos SET prints = 1 WHERE id = ?")) {
                st.setLong(1, photoId);
                st.executeUpdate();
            }
            return null;
        });
    }

    /** Makes the drawing print for the exercise again (its photos are kept). */
    public void printDrawing(String exerciseId) {
        db.write(c -> {
            clearPrinted(c, exerciseId);
            return null;
        });
    }

    /** Deletes a photo; if it was the printed one, the drawing prints again. */
    public void delete(long photoId) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM exercise_photos WHERE id = ?")) {
                st.setLong(1, photoId);
                if (st.executeUpdate() == 0) {
                    throw new StoreException(KeyedProblem.of("problems.store.photoGone"));
                }
            }
            return null;
        });
    }

    /** The clinic's own drawn figure for the exercise, in the figure JSON form; empty if it has none. */
    public Optional<String> figure(String exerciseId) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT figure FROM exercise_figures WHERE exercise_id = ?")) {
                st.setString(1, exerciseId);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Saves (or, with null, removes) the clinic's own drawn figure for the exercise. */
    public void saveFigure(String exerciseId, String figureJson) {
        db.write(c -> {
            requireExercise(c, exerciseId);
            try (PreparedStatement del = c.prepareStatement("DELETE FROM exercise_figures WHERE exercise_id = ?")) {
                del.setString(1, exerciseId);
                del.executeUpdate();
            }
            if (figureJson != null) {
                try (PreparedStatement st = c.prepareStatement("INSERT INTO exercise_figures (exercise_id, figure) VALUES (?, ?)")) {
                    st.setString(1, exerciseId);
                    st.setString(2, figureJson);
                    st.executeUpdate();
                }
            }
            return null;
        });
    }

    private static void clearPrinted(Connection c, String exerciseId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE exercise_photos SET prints = 0 WHERE exercise_id = ? AND prints = 1")) {
            st.setString(1, exerciseId);
            st.executeUpdate();
        }
    }

    private static void requireExercise(Connection c, String exerciseId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM exercises WHERE id = ?")) {
            st.setString(1, exerciseId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException(KeyedProblem.of("problems.store.noExercise", Excerpt.of(exerciseId)));
                }
            }
        }
    }

    private static Photo map(ResultSet rs) throws SQLException {
        return new Photo(rs.getLong("id"), rs.getString("exercise_id"), rs.getString("media_type"), rs.getInt("width"),
                rs.getInt("height"), rs.getString("file_name"), rs.getInt("prints") == 1, Instant.parse(rs.getString("added_at")));
    }
}
