package org.restride.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.restride.domain.Equipment;
import org.restride.domain.ExerciseSource;
import org.restride.domain.ImpactLevel;
import org.restride.domain.PhaseKind;
import org.restride.domain.Position;
import org.restride.domain.Region;

/**
 * One snapshot of the whole library in memory, ranked exactly as SQLite's FTS5 ranks the library's full-text
 * index: bm25 with the column weights of {@link ExerciseSearchSql} (name 10, summary 2, cues 1, tags 4),
 * k1 = 1.2, b = 0.75, over every row of the index (archived ones too), ties by name.
 */
final class IndexedLibrary {
    private static final double[] WEIGHTS = {10.0, 2.0, 1.0, 4.0};
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    /** One exercise: its list line, its folded columns (name, summary, cues, tags) and what the filters look at. */
    private record Doc(ExerciseListing listing, String[] columns, int length, Region region, Position position,
                       ImpactLevel impact, Set<PhaseKind> phases, Set<Equipment> equipment) {
    }

    final long version;
    private final Doc[] docs;
    private final double averageLength;
    private final Integer[] byName;

    private IndexedLibrary(long version, Doc[] docs) {
        this.version = version;
        this.docs = docs;
        this.averageLength = docs.length == 0 ? 1 : Arrays.stream(docs).mapToInt(Doc::length).sum() / (double) docs.length;
        this.byName = new Integer[docs.length];
        Arrays.setAll(byName, i -> i);
        Arrays.sort(byName, Comparator.comparing((Integer i) -> docs[i].listing().name(), IndexedLibrary::compareNoCase));
    }

    static IndexedLibrary read(Database db, long version) {
        return db.read(c -> {
            List<Doc> docs = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT e.id, e.name, e.summary, e.cues, e.tags, e.source, "
                    + "e.archived, e.region, e.position, e.impact, "
                    + "(SELECT group_concat(phase) FROM exercise_phases p WHERE p.exercise_pk = e.pk) AS phase_list, "
                    + "(SELECT group_concat(equipment) FROM exercise_equipment q WHERE q.exercise_pk = e.pk) AS equipment_list "
                    + "FROM exercises e ORDER BY e.pk");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString("name");
                    String summary = rs.getString("summary");
                    String[] columns = {SearchText.column(name), SearchText.column(summary),
                            SearchText.column(String.join(" ", Json.texts(rs.getString("cues")))),
                            SearchText.column(String.join(" ", Json.texts(rs.getString("tags"))))};
                    int length = Arrays.stream(columns).mapToInt(SearchText::wordCount).sum();
                    ExerciseListing listing = new ExerciseListing(rs.getString("id"), name, summary,
                            ExerciseSource.fromKey(rs.getString("source")) == ExerciseSource.BUILT_IN, rs.getInt("archived") == 1);
                    docs.add(new Doc(listing, columns, length, Region.fromKey(rs.getString("region")),
                            Position.fromKey(rs.getString("position")), ImpactLevel.fromKey(rs.getString("impact")),
                            enumSet(PhaseKind.class, SqlLists.keys(rs.getString("phase_list"), PhaseKind::fromKey)),
                            enumSet(Equipment.class, SqlLists.keys(rs.getString("equipment_list"), Equipment::fromKey))));
                }
            }
            return new IndexedLibrary(version, docs.toArray(Doc[]::new));
        });
    }

    List<ExerciseListing> search(ExerciseQuery query, int limit) {
        List<String> words = SearchText.queryWords(query.text());
        return words.isEmpty() ? byName(query, limit) : ranked(query, words, limit);
    }

    private List<ExerciseListing> byName(ExerciseQuery query, int limit) {
        List<ExerciseListing> out = new ArrayList<>();
        for (int i = 0; i < byName.length && out.size() < limit; i++) {
            if (passes(docs[byName[i]], query)) {
                out.add(docs[byName[i]].listing());
            }
        }
        return out;
    }

    private List<ExerciseListing> ranked(ExerciseQuery query, List<String> words, int limit) {
        String[] needles = words.stream().map(SearchText::needle).toArray(String[]::new);
        double[][] frequency = new double[needles.length][docs.length];
        int[] rowsHit = new int[needles.length];
        for (int d = 0; d < docs.length; d++) {
            for (int w = 0; w < needles.length; w++) {
                double f = 0;
                for (int c = 0; c < WEIGHTS.length; c++) {
                    f += WEIGHTS[c] * SearchText.prefixHits(docs[d].columns()[c], needles[w]);
                }
                frequency[w][d] = f;
                if (f > 0) {
                    rowsHit[w]++;
                }
            }
        }
        double[] idf = new double[needles.length];
        for (int w = 0; w < needles.length; w++) {
            double value = Math.log((docs.length - rowsHit[w] + 0.5) / (rowsHit[w] + 0.5));
            idf[w] = value <= 0 ? 1e-6 : value;
        }
        double[] score = new double[docs.length];
        Comparator<Integer> order = Comparator.comparingDouble((Integer d) -> score[d])
                .thenComparing(d -> docs[d].listing().name());
        PriorityQueue<Integer> best = new PriorityQueue<>(order.reversed());
        for (int d = 0; d < docs.length; d++) {
            if (!matchesAll(frequency, d) || !passes(docs[d], query)) {
                continue;
            }
            double lengthPart = K1 * (1 - B + B * docs[d].length() / averageLength);
            double s = 0;
            for (int w = 0; w < needles.length; w++) {
                double f = frequency[w][d];
                s += idf[w] * (f * (K1 + 1)) / (f + lengthPart);
            }
            score[d] = -s;
            if (best.size() < limit) {
                best.add(d);
            } else if (order.compare(d, best.peek()) < 0) {
                best.poll();
                best.add(d);
            }
        }
        List<Integer> kept = new ArrayList<>(best);
        kept.sort(order);
        return kept.stream().map(d -> docs[d].listing()).toList();
    }

    private static boolean matchesAll(double[][] frequency, int doc) {
        for (double[] perWord : frequency) {
            if (perWord[doc] == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean passes(Doc doc, ExerciseQuery query) {
        return (query.includeArchived() || !doc.listing().archived())
                && (query.regions().isEmpty() || query.regions().contains(doc.region()))
                && (query.positions().isEmpty() || query.positions().contains(doc.position()))
                && (query.impacts().isEmpty() || query.impacts().contains(doc.impact()))
                && (query.phases().isEmpty() || query.phases().stream().anyMatch(doc.phases()::contains))
                && (query.equipment().isEmpty() || query.equipment().stream().anyMatch(doc.equipment()::contains));
    }

    private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, List<E> values) {
        return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
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
}
