package org.restride.ui.common;

import java.util.function.Predicate;
import org.restride.domain.TextFold;

/** Makes a key from a title: "Our runners (2)" becomes "our-runners-2", unique among the taken keys. */
public final class Slugs {
    private Slugs() {
    }

    public static String unique(String title, Predicate<String> taken) {
        String base = TextFold.fold(title).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.isEmpty()) {
            base = "template";
        }
        base = base.length() > 60 ? base.substring(0, 60).replaceAll("-+$", "") : base;
        String key = base;
        for (int n = 2; taken.test(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }
}
