package org.restride.exchange;

import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

/** Something in a file that is already in the library under the same id, with different content. */
public record Clash(Kind kind, String id, String existingName, String incomingName) {
    /** What clashes. */
    public enum Kind {
        EXERCISE, TEMPLATE
    }

    /** The clash as a problem: what it is, its id and its names here and in the file, short and escaped. */
    public KeyedProblem problem() {
        Object names = existingName.equals(incomingName) ? Excerpt.of(existingName)
                : KeyedProblem.of("problems.exchange.clash.renamed", Excerpt.of(existingName), Excerpt.of(incomingName));
        return KeyedProblem.of(kind == Kind.EXERCISE ? "problems.exchange.clash.exercise" : "problems.exchange.clash.template",
                Excerpt.of(id), names);
    }
}
