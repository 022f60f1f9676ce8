package org.restride.handout.layout;

/** The three faces of the handout's one type family. */
public enum Face {
    REGULAR, BOLD, ITALIC
}
