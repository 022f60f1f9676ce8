-- Version 14: an exercise's patient-facing text in another language than its English (a handout in that language
-- prints it in place of the English), one row per exercise and language. The English stays in `exercises`. Lists
-- are JSON arrays of strings, empty when not given; tempo and note translate the default dosage's.
CREATE TABLE exercise_texts (
    exercise_pk INTEGER NOT NULL REFERENCES exercises (pk) ON DELETE CASCADE,
    language    TEXT    NOT NULL CHECK (length(language) BETWEEN 2 AND 8 AND language NOT GLOB '*[^a-z]*'),
    name        TEXT    NOT NULL,
    summary     TEXT,
    steps       TEXT    NOT NULL DEFAULT '[]',
    cues        TEXT    NOT NULL DEFAULT '[]',
    mistakes    TEXT    NOT NULL DEFAULT '[]',
    watch_for   TEXT    NOT NULL DEFAULT '[]',
    tempo       TEXT,
    note        TEXT,
    PRIMARY KEY (exercise_pk, language)
) WITHOUT ROWID;
