package org.restride.app;

import java.util.List;
import org.restride.domain.Criterion;
import org.restride.domain.progress.CriterionTarget;
import org.restride.domain.progress.Phrase;
import org.restride.domain.progress.Reason;
import org.restride.domain.progress.Verdict;
import org.restride.text.Words;

/**
 * Puts the domain's phrases into words: a key and its arguments through {@link Words}, a list argument joined
 * ("leaking urine and an urge to go that is hard to hold"), a literal as it was stored. One instance per language
 * and clinic term, shared by the visit form, the verdict command and the handout.
 */
public final class Wording {
    private final Words words;

    public Wording(Words words) {
        this.words = words;
    }

    public Words words() {
        return words;
    }

    public String say(Phrase phrase) {
        if (phrase.isLiteral()) {
            return phrase.literal();
        }
        Object[] args = phrase.args().stream().map(this::arg).toArray();
        return words.get(phrase.key(), args);
    }

    /** A reason's line for the verdict panel, the history and the verdict command, with the PT's override. */
    public String line(Reason reason) {
        String text = say(reason.text());
        return reason.isOverridden() ? text + " " + words.get("verdict.overridden", reason.overriddenBecause()) : text;
    }

    /** A criterion's target alone: "20 each side", "30 min"; empty for a yes/no statement. */
    public String target(Criterion criterion) {
        Phrase target = CriterionTarget.of(criterion);
        return target == null ? "" : say(target);
    }

    /** "Single-leg calf raise: 20 each side" for the checklist; a statement is its name alone. */
    public String checklistLine(Criterion criterion) {
        return criterion.target() == null ? criterion.name()
                : words.get("criterion.line", criterion.name(), target(criterion));
    }

    public String headline(Verdict verdict) {
        return say(verdict.headline());
    }

    private String arg(Object arg) {
        if (arg instanceof Phrase phrase) {
            return say(phrase);
        }
        if (arg instanceof List<?> list) {
            return join(list.stream().map(this::arg).toList());
        }
        return String.valueOf(arg);
    }

    /**
     * "A, b and c" in the language's words: items after the first start lower-case, as they sit inside a sentence,
     * unless they start with an acronym ("EPDS"). When an item has a comma of its own, items part with semicolons
     * ("a, b; c; and d"), so each item still reads as one.
     */
    public String join(List<String> parts) {
        String between = parts.stream().anyMatch(p -> p.contains(",")) ? "common.join.semicolon" : "common.join";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.append(words.get(between + (i == parts.size() - 1 ? ".last" : ".next")));
            }
            String part = parts.get(i);
            boolean keep = i == 0 || part.length() < 2 || Character.isUpperCase(part.charAt(1));
            out.append(keep ? part : part.substring(0, 1).toLowerCase(words.locale()) + part.substring(1));
        }
        return out.toString();
    }
}
