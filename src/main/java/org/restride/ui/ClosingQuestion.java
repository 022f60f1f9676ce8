package org.restride.ui;

import java.util.ArrayList;
import java.util.List;
import org.restride.text.Words;

/**
 * The words of the question asked on closing: how many edits are not saved (a failed save) and which fields she
 * typed in were not kept (refused, still showing her text), each named by what it breaks.
 */
record ClosingQuestion(Words words, int unsaved, List<String> notKept, boolean stillSaving) {
    ClosingQuestion {
        notKept = List.copyOf(notKept);
    }

    private String edits() {
        return words.count("ui-closing.edits", Math.max(1, unsaved));
    }

    private String changes() {
        return words.count("ui-closing.changes", notKept.size());
    }

    /** What is lost on closing now, as a few words: "1 edit", "1 change", or both. */
    private String lost() {
        if (notKept.isEmpty()) {
            return edits();
        }
        return unsaved == 0 ? changes() : words.get("ui-closing.both", edits(), changes());
    }

    String header() {
        if (stillSaving) {
            return words.get("ui-closing.stillSavingHeader");
        }
        if (notKept.isEmpty()) {
            return words.get("ui-closing.header", edits());
        }
        return unsaved == 0 ? words.get("ui-closing.notKeptHeader", changes())
                : words.get("ui-closing.bothHeader", edits(), changes());
    }

    String body() {
        List<String> parts = new ArrayList<>();
        if (stillSaving) {
            parts.add(words.get("ui-closing.stillSaving"));
        } else if (unsaved > 0 || notKept.isEmpty()) {
            parts.add(words.get("ui-closing.body", edits()));
        }
        if (!notKept.isEmpty()) {
            parts.add(words.get("ui-closing.notKeptBody", String.join(" ", notKept)));
        }
        return String.join("\n\n", parts);
    }

    String lose() {
        return stillSaving ? words.get("ui-closing.closeWithoutWaiting") : words.get("ui-closing.closeAnyway", lost());
    }
}
