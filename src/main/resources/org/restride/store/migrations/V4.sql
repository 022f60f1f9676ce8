-- Version 4: the clinic's own pictures. Photos of an exercise (PNG or JPEG, at most 1600 px on the longest side,
-- metadata stripped), which picture prints for it (the drawing unless one photo is marked), and a drawn figure
-- of the clinic's own (from the pose editor) in the figure JSON form.
CREATE TABLE exercise_photos (
    id          INTEGER PRIMARY KEY,
    exercise_id TEXT    NOT NULL REFERENCES exercises (id) ON DELETE CASCADE,
    media_type  TEXT    NOT NULL CHECK (media_type IN ('image/png', 'image/jpeg')),
    width       INTEGER NOT NULL CHECK (width BETWEEN 1 AND 1600),
    height      INTEGER NOT NULL CHECK (height BETWEEN 1 AND 1600),
    bytes       BLOB    NOT NULL CHECK (length(bytes) > 0),
    file_name   TEXT    NOT NULL,
    prints      INTEGER NOT NULL DEFAULT 0 CHECK (prints IN (0, 1)),
    added_at    TEXT    NOT NULL
);
CREATE INDEX exercise_photos_by_exercise ON exercise_photos (exercise_id, id);
CREATE UNIQUE INDEX exercise_photos_one_printed ON exercise_photos (exercise_id) WHERE prints = 1;

CREATE TABLE exercise_figures (
    exercise_id TEXT NOT NULL PRIMARY KEY REFERENCES exercises (id) ON DELETE CASCADE,
    figure      TEXT NOT NULL
) WITHOUT ROWID;
