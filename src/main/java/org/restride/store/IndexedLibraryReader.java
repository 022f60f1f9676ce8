package org.restride.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import org.restride.domain.Equipment;
import org.restride.domain.ExerciseSource;
import org.restride.domain.ImpactLevel;
import org.restride.domain.PhaseKind;
import org.restride.domain.Position;
import org.restride.domain.Region;
import org.restride.text.Excerpt;

/** Reads the whole library from the database into an {@link IndexedLibrary}: one query, words folded once. */
final class IndexedLibraryReader {
    private static final Logger LOG = Logger.getLogger(IndexedLibraryReader.class.getName());
    private final List<ExerciseListing> listings = new ArrayList<>();
    private final List<IndexedLibrary.Facts> facts = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();
    private final Map<String, IntList> occurrences = new HashMap<>();
    /** Exercises (by pk) with a phase or equipment row that no longer reads: left out of the list. */
    private final Set<Long> damaged = new HashSet<>();

    private IndexedLibraryReader() {
    }

    static IndexedLibrary read(Database db, long version) {
        IndexedLibraryReader reader = new IndexedLibraryReader();
        db.read(c -> {
            Map<Long, List<PhaseKind>> phases = reader.links(c, "SELECT exercise_pk, phase FROM exercise_phases",
                    PhaseKind::fromKey);
            Map<Long, List<Equipment>> equipment = reader.links(c, "SELECT exercise_pk, equipment FROM exercise_equipment",
                    Equipment::fromKey);
            try (PreparedStatement st = c.prepareStatement("SELECT pk, id, name, summary, cues, tags, source, archived, "
                    + "region, position, impact FROM exercises ORDER BY pk");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long pk = rs.getLong(1);
                    if (reader.damaged.contains(pk)) {
                        LOG.warning(() -> "A damaged exercise row is left out of the library list (exercises, row "
                                + Excerpt.of(pk) + ").");
                        continue;
                    }
                    reader.add(rs, phases.getOrDefault(pk, List.of()), equipment.getOrDefault(pk, List.of()));
                }
            }
            return null;
        });
        return reader.build(version);
    }

    private <E> Map<Long, List<E>> links(Connection c, String sql, Function<String, E> parse) throws SQLException {
        Map<Long, List<E>> out = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                try {
                    out.computeIfAbsent(rs.getLong(1), pk -> new ArrayList<>()).add(parse.apply(rs.getString(2)));
                } catch (IllegalArgumentException e) {
                    damaged.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    /**
     * Adds one row. A row changed outside Restride so that its keys or texts no longer read is left out of the list
     * (everything is read before anything is added), never the whole library with it.
     */
    private void add(ResultSet rs, List<PhaseKind> phases, List<Equipment> equipment) throws SQLException {
        String id = rs.getString(2);
        String name = rs.getString(3);
        String summary = rs.getString(4);
        String[] columns;
        ExerciseListing listing;
        IndexedLibrary.Facts fact;
        try {
            // the columns of the full-text index, in its order: name, summary, cues, tags
            columns = new String[] {name, summary, String.join(" ", Json.texts(rs.getString(5))),
                    String.join(" ", Json.texts(rs.getString(6)))};
            listing = new ExerciseListing(id, name, summary,
                    ExerciseSource.fromKey(rs.getString(7)) == ExerciseSource.BUILT_IN, rs.getInt(8) == 1);
            fact = new IndexedLibrary.Facts(Region.fromKey(rs.getString(9)), Position.fromKey(rs.getString(10)),
                    ImpactLevel.fromKey(rs.getString(11)), enumSet(PhaseKind.class, phases), enumSet(Equipment.class, equipment));
        } catch (IllegalArgumentException | StoreException e) {
            LOG.warning(() -> "A damaged exercise row is left out of the library list (exercises, row " + Excerpt.of(id) + ").");
            return;
        }
        int doc = listings.size();
        int length = 0;
        for (int column = 0; column < columns.length; column++) {
            for (String word : SearchText.words(columns[column])) {
                occurrences.computeIfAbsent(word, w -> new IntList()).add(IndexedLibrary.posting(doc, column));
                length++;
            }
        }
        listings.add(listing);
        facts.add(fact);
        lengths.add(length);
    }

    private IndexedLibrary build(long version) {
        String[] words = occurrences.keySet().toArray(String[]::new);
        Arrays.sort(words);
        int[][] postings = new int[words.length][];
        for (int i = 0; i < words.length; i++) {
            postings[i] = occurrences.get(words[i]).toArray();
        }
        int n = listings.size();
        return new IndexedLibrary(version, listings.toArray(ExerciseListing[]::new),
                facts.toArray(IndexedLibrary.Facts[]::new), lengths.stream().mapToInt(Integer::intValue).toArray(),
                ranks(n, Comparator.comparing((Integer d) -> listings.get(d).name())),
                order(n, Comparator.comparing((Integer d) -> listings.get(d).name(), IndexedLibraryReader::compareNoCase)),
                words, postings);
    }

    /** Each exercise's place in the order (equal names keep the database's order). */
    private static int[] ranks(int n, Comparator<Integer> comparator) {
        int[] ordered = order(n, comparator);
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[ordered[i]] = i;
        }
        return rank;
    }

    private static int[] order(int n, Comparator<Integer> comparator) {
        Integer[] docs = new Integer[n];
        Arrays.setAll(docs, i -> i);
        Arrays.sort(docs, comparator);
        return Arrays.stream(docs).mapToInt(Integer::intValue).toArray();
    }

    /** SQLite's NOCASE: ASCII letters compared without case, everything else as it is. */
    private static int compareNoCase(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int x = lowerAscii(a.charAt(i));
            int y = lowerAscii(b.charAt(i));
            if (x != y) {
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    private static int lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, List<E> values) {
        return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }

    /** A growable list of ints. */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
