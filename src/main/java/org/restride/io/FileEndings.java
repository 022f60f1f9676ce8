package org.restride.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The endings a file's name must have for what is written into it (".db" or ".bak" for a backup), so a backup is
 * never written into a file named .pdf. The command line and the window ask the same question here. Letters are
 * compared without case, and a name that is only the ending (".db") has none.
 */
public record FileEndings(List<String> endings) {
    /** A copy of the database, by "Back up now…" or {@code backup --out}. */
    public static final FileEndings BACKUP = new FileEndings(".db", ".bak");

    public FileEndings {
        endings = List.copyOf(endings);
    }

    public FileEndings(String... endings) {
        this(List.of(endings));
    }

    /** Whether the file's own name ends in one of the endings, with something before it. */
    public boolean accepts(Path file) {
        Path name = file == null ? null : file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return endings.stream().anyMatch(e -> lower.endsWith(e) && lower.length() > e.length());
    }
}
