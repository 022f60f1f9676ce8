package org.restride.ui.shell;

import java.util.Locale;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The places in the sidebar. */
public enum Section {
    PATIENTS(Feather.USERS),
    ROADMAPS(Feather.MAP),
    LIBRARY(Feather.BOOK_OPEN),
    TEMPLATES(Feather.COPY),
    SETTINGS(Feather.SETTINGS);

    private final Ikon icon;

    Section(Ikon icon) {
        this.icon = icon;
    }

    /** The key of its title in the sidebar and the View menu: {@code ui-shell.section.patients}. */
    public String titleKey() {
        return "ui-shell.section." + name().toLowerCase(Locale.ROOT);
    }

    public Ikon icon() {
        return icon;
    }
}
