package org.restride.exchange;

/** Something in a file that is already in the library under the same id, with different content. */
public record Clash(Kind kind, String id, String existingName, String incomingName) {
    /** What clashes. */
    public enum Kind {
        EXERCISE, TEMPLATE
    }

    public String describe() {
        String what = kind == Kind.EXERCISE ? "exercise" : "template";
        return what + " \"" + id + "\" (" + (existingName.equals(incomingName) ? existingName
                : "\"" + existingName + "\" here, \"" + incomingName + "\" in the file") + ")";
    }
}
