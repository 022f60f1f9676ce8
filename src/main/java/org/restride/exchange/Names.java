package org.restride.exchange;

import org.restride.domain.TextFold;

/** Ids and names for what an import keeps beside something already in the library. */
final class Names {
    static final String IMPORTED = " (imported)";

    private Names() {
    }

    /** "Wall sit" becomes "Wall sit (imported)", shortened to fit. */
    static String marked(String name, int maxLength) {
        String base = name.length() + IMPORTED.length() > maxLength ? name.substring(0, maxLength - IMPORTED.length()).strip() : name;
        return base + IMPORTED;
    }

    /** An id (a-z, 0-9, single dashes) cut to at most {@code max} characters, never ending in a dash. */
    static String trimmedId(String id, int max) {
        String cut = id.length() > max ? id.substring(0, max) : id;
        return cut.replaceAll("-+$", "");
    }

    /** An id made from a title: "Back to running, our way" becomes "back-to-running-our-way". */
    static String slug(String title, int max) {
        String slug = TextFold.fold(title).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        slug = trimmedId(slug, max);
        return slug.isEmpty() ? "imported-roadmap" : slug;
    }
}
