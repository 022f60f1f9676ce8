package org.restride.io;

import java.nio.charset.StandardCharsets;

/**
 * The kinds of file Restride writes where the user says. An existing file may be replaced only by one of its own
 * kind, known by what it holds ({@link ExistingFile}): a handout over an old handout, a backup over a Restride
 * database, a library export over a Restride library file - never over another program's database, a JSON file of
 * anything else, or a roadmap file.
 */
public enum OutputKind {
    PDF,
    /** A .restride exchange file holding a library (a zip with a restride-library header). */
    LIBRARY_EXCHANGE,
    /** A .restride exchange file holding a roadmap (a zip with a restride-roadmap header). */
    ROADMAP_EXCHANGE,
    /** A JSON library file (restride-library header). */
    JSON,
    /** A copy of the database: SQLite with Restride's application_id. */
    DATABASE;

    /** The application_id Restride stamps in its databases ("RSTD"). */
    public static final int RESTRIDE_APPLICATION_ID = 0x52535444;
    /** The format headers of Restride's exchange files, as written in their JSON. */
    public static final String LIBRARY_FORMAT = "restride-library";
    public static final String ROADMAP_FORMAT = "restride-roadmap";

    static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] SQLITE_MAGIC = "SQLite format 3\u0000".getBytes(StandardCharsets.ISO_8859_1);
}
