package org.restride.domain;

public enum PaperSize implements Keyed {
    LETTER, A4;

    public static PaperSize fromKey(String key) {
        return Keyed.fromKey(PaperSize.class, "paperSize", key);
    }
}
