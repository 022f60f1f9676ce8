package org.restride.handout.layout;

/** The structure types of the tagged handout (PDF/UA): what each part is, for a screen reader. */
public enum Role {
    DOCUMENT("Document", false),
    H1("H1", true),
    H2("H2", true),
    H3("H3", true),
    P("P", true),
    L("L", false),
    LI("LI", false),
    LBL("Lbl", true),
    LBODY("LBody", true),
    TABLE("Table", false),
    TR("TR", false),
    TH("TH", true),
    TD("TD", true),
    FIGURE("Figure", true);

    private final String type;
    private final boolean holdsContent;

    Role(String type, boolean holdsContent) {
        this.type = type;
        this.holdsContent = holdsContent;
    }

    /** The PDF structure type name. */
    public String type() {
        return type;
    }

    /** Whether text may be marked directly as part of an element of this type (else it gets a paragraph of its own). */
    boolean holdsContent() {
        return holdsContent;
    }

    /** Whether shapes drawn inside an element of this type are part of it (a picture, a bullet) rather than decoration. */
    boolean holdsGraphics() {
        return this == FIGURE || this == LBL;
    }

    /** The heading of this level (1 to 3); deeper levels are level 3. */
    public static Role heading(int level) {
        return level <= 1 ? H1 : level == 2 ? H2 : H3;
    }

    int headingLevel() {
        return this == H1 ? 1 : this == H2 ? 2 : this == H3 ? 3 : 0;
    }
}
