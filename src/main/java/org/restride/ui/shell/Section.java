package org.restride.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The places in the sidebar. */
public enum Section {
    PATIENTS("Patients", Feather.USERS),
    ROADMAPS("Roadmaps", Feather.MAP),
    LIBRARY("Library", Feather.BOOK_OPEN),
    TEMPLATES("Templates", Feather.COPY),
    SETTINGS("Settings", Feather.SETTINGS);

    private final String title;
    private final Ikon icon;

    Section(String title, Ikon icon) {
        this.title = title;
        this.icon = icon;
    }

    public String title() {
        return title;
    }

    public Ikon icon() {
        return icon;
    }
}
