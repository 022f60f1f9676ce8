package org.restride.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads Java sources for string literals that look like words a person reads, for the guards that keep words in
 * the text package. Comments are left out, and so are whole statements a layer's guard names as for developers
 * only (an {@code IllegalStateException}'s message, a log line).
 *
 * @param looksLikeWords whether a literal's content (as written in the source) looks like words
 * @param leftOut statements holding a match of this are left out
 */
public record SourceWords(Predicate<String> looksLikeWords, Pattern leftOut) {
    static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Two words with a space between: the domain's test of words. */
    public static final Predicate<String> TWO_WORDS = Pattern.compile("[A-Za-z]{2,} +[A-Za-z]{2,}").asPredicate();

    /** The literals that look like words, in the statements not left out, in order. */
    public List<String> in(String source) {
        String code = withoutComments(source);
        // Each literal is set aside first, so a ; or { inside one does not end its statement.
        List<String> literals = new ArrayList<>();
        Matcher m = LITERAL.matcher(code);
        StringBuilder shape = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(shape, "\"" + literals.size() + "\"");
            literals.add(m.group(1));
        }
        m.appendTail(shape);
        List<String> out = new ArrayList<>();
        for (String statement : shape.toString().split("[;{}]")) {
            if (leftOut.matcher(statement).find()) {
                continue;
            }
            Matcher index = LITERAL.matcher(statement);
            while (index.find()) {
                String literal = literals.get(Integer.parseInt(index.group(1)));
                if (looksLikeWords.test(literal)) {
                    out.add(literal);
                }
            }
        }
        return out;
    }

    /** The source with its comments taken out. */
    public static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    }

    /** Each Java source under {@code root} that holds words (by its path from root, with /), with its literals. */
    public Map<String, List<String>> under(Path root) throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> literals = in(Files.readString(file));
                if (!literals.isEmpty()) {
                    found.put(root.relativize(file).toString().replace('\\', '/'), literals);
                }
            }
        }
        return found;
    }

    /**
     * Fails on each literal that looks like words under {@code root}, outside the files still to be keyed, and on a
     * file still listed that holds none any more (the list may only shrink). {@code where} names where words go.
     */
    public void assertNoWords(Path root, Set<String> stillToKey, String where) throws IOException {
        Map<String, List<String>> found = under(root);
        List<String> lines = new ArrayList<>();
        found.forEach((name, literals) -> literals.stream().filter(l -> !stillToKey.contains(name))
                .forEach(l -> lines.add(name + ": \"" + l + "\"")));
        assertEquals(List.of(), lines, "put these words in " + where + " and read them through Words");
        Set<String> done = new TreeSet<>(stillToKey);
        done.removeAll(found.keySet());
        assertEquals(Set.of(), done, "these hold no words any more: take them off STILL_TO_KEY");
    }
}
