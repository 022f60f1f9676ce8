package org.restride.handout.layout;

import java.util.Arrays;

/**
 * An int remembered per code point, in pages of 256 made on first use: looking up every character of a handout
 * this way makes no garbage, unlike a map keyed by boxed numbers.
 */
final class CodePointTable {
    static final int UNKNOWN = Integer.MIN_VALUE;
    private static final int PAGE = 256;

    private final int[][] pages = new int[(Character.MAX_CODE_POINT + 1) / PAGE][];

    int get(int codePoint) {
        int[] page = pages[codePoint / PAGE];
        return page == null ? UNKNOWN : page[codePoint % PAGE];
    }

    void put(int codePoint, int value) {
        int[] page = pages[codePoint / PAGE];
        if (page == null) {
            page = new int[PAGE];
            Arrays.fill(page, UNKNOWN);
            pages[codePoint / PAGE] = page;
        }
        page[codePoint % PAGE] = value;
    }
}
