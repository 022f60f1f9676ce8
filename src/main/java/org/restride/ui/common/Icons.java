package org.restride.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icons from the Feather set, at the sizes the window uses. */
public final class Icons {
    private Icons() {
    }

    public static FontIcon of(Ikon ikon) {
        return sized(ikon, 16);
    }

    public static FontIcon sized(Ikon ikon, int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        return icon;
    }
}
