package org.restride.exchange;

/** What an import does with content that is already in the library under the same id but differs. */
public enum DuplicateChoice {
    /** Import nothing and report the clashes, so the user can be asked. */
    ASK,
    /** The imported version replaces the one in the library. */
    REPLACE,
    /** Both are kept: the imported one gets a new id (and "(imported)" after its name). */
    KEEP_BOTH,
    /** The one in the library stays; the imported one is left out. */
    SKIP
}
