package org.restride.io;

import java.nio.charset.StandardCharsets;

/**
 * The kinds of file Restride writes where the user says, each known by its first bytes: an existing file may be
 * replaced only by one of its own kind (a handout over an old handout, never a handout over a database).
 */
public enum OutputKind {
    PDF("%PDF-"),
    /** A .restride exchange file (a zip). */
    EXCHANGE("PK\u0003\u0004"),
    /** A JSON library file. */
    JSON(null),
    /** A copy of the database (SQLite). */
    DATABASE("SQLite format 3\u0000");

    /** How many first bytes are enough to tell. */
    static final int HEAD_BYTES = 64;

    private final byte[] magic;

    OutputKind(String magic) {
        this.magic = magic == null ? null : magic.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** True if a file starting with {@code head} (its first bytes; empty for an empty file) is of this kind. */
    boolean matches(byte[] head) {
        if (head.length == 0) {
            return true;
        }
        if (magic == null) {
            return startsJson(head);
        }
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsJson(byte[] head) {
        int i = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            i = 3;
        }
        while (i < head.length && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t')) {
            i++;
        }
        return i == head.length || head[i] == '{' || head[i] == '[';
    }
}
