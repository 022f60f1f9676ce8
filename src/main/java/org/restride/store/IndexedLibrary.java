package org.restride.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.restride.domain.Equipment;
import org.restride.domain.ImpactLevel;
import org.restride.domain.PhaseKind;
import org.restride.domain.Position;
import org.restride.domain.Region;

/**
 * One snapshot of the whole library in memory: a sorted list of every word with where it occurs, ranked
 * exactly as SQLite's FTS5 ranks the library's full-text index: bm25 with the column weights of
 * {@link ExerciseSearchSql} (name 10, summary 2, cues 1, tags 4), k1 = 1.2, b = 0.75, counted over every row
 * (archived ones too), ties by name. A prefix is a range of the sorted words, so a keystroke costs in
 * proportion to the matches, not to the size of the library's text.
 */
final class IndexedLibrary {
    static final double[] WEIGHTS = {10.0, 2.0, 1.0, 4.0};
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    /** What the filters look at. */
    record Facts(Region region, Position position, ImpactLevel impact, Set<PhaseKind> phases, Set<Equipment> equipment) {
    }

    final long version;
    private final ExerciseListing[] listings;
    private final Facts[] facts;
    private final int[] lengths;
    private final double averageLength;
    private final int[] nameRank;
    private final int[] byNameNoCase;
    private final String[] words;
    private final int[][] postings;
    /** The first word of each name, folded: a one-character search matches only names that start with it. */
    private final String[] firstWords;

    IndexedLibrary(long version, ExerciseListing[] listings, Facts[] facts, int[] lengths, int[] nameRank,
                   int[] byNameNoCase, String[] words, int[][] postings) {
        this.version = version;
        this.listings = listings;
        this.facts = facts;
        this.lengths = lengths;
        this.averageLength = lengths.length == 0 ? 1 : Arrays.stream(lengths).sum() / (double) lengths.length;
        this.nameRank = nameRank;
        this.byNameNoCase = byNameNoCase;
        this.words = words;
        this.postings = postings;
        this.firstWords = Arrays.stream(listings).map(l -> SearchText.words(l.name()).stream().findFirst().orElse(""))
                .toArray(String[]::new);
    }

    /** An occurrence of a word: the exercise (its position in the snapshot) and the column. */
    static int posting(int doc, int column) {
        return doc << 2 | column;
    }

    List<ExerciseListing> search(ExerciseQuery query, int limit) {
        List<String> typed = SearchText.typedWords(query.text());
        return typed.isEmpty() ? byName(query, limit) : ranked(query, typed, limit);
    }

    private List<ExerciseListing> byName(ExerciseQuery query, int limit) {
        List<ExerciseListing> out = new ArrayList<>();
        for (int i = 0; i < byNameNoCase.length && out.size() < limit; i++) {
            if (passes(byNameNoCase[i], query)) {
                out.add(listings[byNameNoCase[i]]);
            }
        }
        return out;
    }

    private List<ExerciseListing> ranked(ExerciseQuery query, List<String> typed, int limit) {
        double[][] frequency = new double[typed.size()][];
        double[] idf = new double[typed.size()];
        for (int w = 0; w < typed.size(); w++) {
            frequency[w] = new double[listings.length];
            String word = typed.get(w);
            int rowsHit = FullTextQuery.isLoneCharacter(typed) ? nameStarts(word, frequency[w])
                    : accumulate(word, frequency[w]);
            double value = Math.log((listings.length - rowsHit + 0.5) / (rowsHit + 0.5));
            idf[w] = value <= 0 ? 1e-6 : value;
        }
        double[] score = new double[listings.length];
        TopRanked best = new TopRanked(limit, score, nameRank);
        for (int d = 0; d < listings.length; d++) {
            if (!matchesAll(frequency, d) || !passes(d, query)) {
                continue;
            }
            double lengthPart = K1 * (1 - B + B * lengths[d] / averageLength);
            double s = 0;
            for (int w = 0; w < typed.size(); w++) {
                double f = frequency[w][d];
                s += idf[w] * (f * (K1 + 1)) / (f + lengthPart);
            }
            score[d] = -s;
            best.offer(d);
        }
        return Arrays.stream(best.inOrder()).mapToObj(d -> listings[d]).toList();
    }

    /** Adds up, per exercise, the weighted occurrences of words starting with the prefix; returns how many have any. */
    private int accumulate(String prefix, double[] frequency) {
        int from = lowerBound(prefix);
        int to = lowerBound(prefix + Character.MAX_VALUE);
        int rowsHit = 0;
        for (int t = from; t < to; t++) {
            for (int p : postings[t]) {
                int doc = p >>> 2;
                if (frequency[doc] == 0) {
                    rowsHit++;
                }
                frequency[doc] += WEIGHTS[p & 3];
            }
        }
        return rowsHit;
    }

    /** As FTS5's {@code name : ^"c"*}: one occurrence, in the name, for each name whose first word starts so. */
    private int nameStarts(String character, double[] frequency) {
        int rowsHit = 0;
        for (int d = 0; d < firstWords.length; d++) {
            if (firstWords[d].startsWith(character)) {
                frequency[d] = WEIGHTS[0];
                rowsHit++;
            }
        }
        return rowsHit;
    }

    private int lowerBound(String key) {
        int at = Arrays.binarySearch(words, key);
        return at >= 0 ? at : -at - 1;
    }

    private static boolean matchesAll(double[][] frequency, int doc) {
        for (double[] perWord : frequency) {
            if (perWord[doc] == 0) {
                return false;
            }
        }
        return true;
    }

    private boolean passes(int doc, ExerciseQuery query) {
        Facts f = facts[doc];
        return (query.includeArchived() || !listings[doc].archived())
                && (query.regions().isEmpty() || query.regions().contains(f.region()))
                && (query.positions().isEmpty() || query.positions().contains(f.position()))
                && (query.impacts().isEmpty() || query.impacts().contains(f.impact()))
                && (query.phases().isEmpty() || query.phases().stream().anyMatch(f.phases()::contains))
                && (query.equipment().isEmpty() || query.equipment().stream().anyMatch(f.equipment()::contains));
    }
}
