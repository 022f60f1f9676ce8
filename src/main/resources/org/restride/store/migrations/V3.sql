-- Version 3: visits (test results, symptom check, red flags, daily readiness, diastasis measurements, the verdict as
-- the PT saw it), the PT's overrides, outcome measures with their bands and scores, when each phase became
-- current, and walk-run plans. Lists of keys are stored comma-joined; a criterion is copied into its result as JSON.
CREATE TABLE visits (
    id                 INTEGER PRIMARY KEY,
    patient_id         INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    roadmap_id         INTEGER REFERENCES roadmaps (id) ON DELETE SET NULL,
    phase_index        INTEGER CHECK (phase_index >= 0),
    visit_date         TEXT    NOT NULL,
    symptoms           TEXT    NOT NULL,
    pain               INTEGER CHECK (pain BETWEEN 0 AND 10),
    worse_next_day     INTEGER NOT NULL CHECK (worse_next_day IN (0, 1)),
    red_flags          TEXT    NOT NULL,
    sleep_hours        REAL    CHECK (sleep_hours BETWEEN 0 AND 24),
    fatigue            INTEGER CHECK (fatigue BETWEEN 0 AND 10),
    hydration          TEXT,
    readiness_note     TEXT,
    notes              TEXT,
    verdict_status     TEXT,
    verdict_phase      INTEGER,
    verdict_phase_name TEXT,
    verdict_next_phase INTEGER,
    verdict_next_name  TEXT,
    updated_at         TEXT    NOT NULL
);
CREATE INDEX visits_by_patient ON visits (patient_id, visit_date);

CREATE TABLE visit_results (
    visit_id  INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    criterion TEXT    NOT NULL,
    value     INTEGER,
    left_value  INTEGER,
    right_value INTEGER,
    met       INTEGER CHECK (met IN (0, 1)),
    symptoms  TEXT    NOT NULL,
    pain      INTEGER CHECK (pain BETWEEN 0 AND 10),
    note      TEXT,
    PRIMARY KEY (visit_id, position)
) WITHOUT ROWID;

CREATE TABLE visit_diastasis (
    visit_id INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    level    TEXT    NOT NULL,
    site_cm  REAL    NOT NULL,
    state    TEXT    NOT NULL,
    method   TEXT    NOT NULL,
    value    REAL    NOT NULL,
    tension  TEXT,
    doming   INTEGER CHECK (doming IN (0, 1)),
    PRIMARY KEY (visit_id, position)
) WITHOUT ROWID;

CREATE TABLE visit_reasons (
    visit_id           INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    rule               TEXT    NOT NULL,
    subject            TEXT    NOT NULL,
    text               TEXT    NOT NULL,
    overridden_because TEXT,
    PRIMARY KEY (visit_id, position)
) WITHOUT ROWID;

-- What the PT set aside, when, and why. "What" is the rule; the reasons it covered are kept in visit_reasons.
CREATE TABLE overrides (
    id            INTEGER PRIMARY KEY,
    visit_id      INTEGER NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    override_date TEXT    NOT NULL,
    rule          TEXT    NOT NULL,
    reason        TEXT    NOT NULL CHECK (length(trim(reason)) > 0),
    UNIQUE (visit_id, rule)
);

CREATE TABLE outcome_measures (
    id        INTEGER PRIMARY KEY,
    key       TEXT    NOT NULL UNIQUE,
    name      TEXT    NOT NULL,
    min_value REAL    NOT NULL,
    max_value REAL    NOT NULL CHECK (max_value > min_value),
    decimals  INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 2),
    built_in  INTEGER NOT NULL CHECK (built_in IN (0, 1)),
    derived   INTEGER NOT NULL CHECK (derived IN (0, 1)),
    note      TEXT
);

CREATE TABLE measure_bands (
    measure_id INTEGER NOT NULL REFERENCES outcome_measures (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    label      TEXT    NOT NULL,
    from_value REAL    NOT NULL,
    to_value   REAL    NOT NULL,
    PRIMARY KEY (measure_id, position)
) WITHOUT ROWID;

CREATE TABLE measure_scores (
    id         INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    measure_id INTEGER NOT NULL REFERENCES outcome_measures (id),
    score_date TEXT    NOT NULL,
    value      REAL    NOT NULL,
    visit_id   INTEGER REFERENCES visits (id) ON DELETE CASCADE
);
CREATE INDEX measure_scores_by_patient ON measure_scores (patient_id, measure_id, score_date);
CREATE INDEX measure_scores_by_visit ON measure_scores (visit_id);

CREATE TABLE phase_changes (
    id         INTEGER PRIMARY KEY,
    roadmap_id INTEGER NOT NULL REFERENCES roadmaps (id) ON DELETE CASCADE,
    changed_on TEXT    NOT NULL,
    from_phase INTEGER NOT NULL,
    to_phase   INTEGER NOT NULL,
    phase_name TEXT    NOT NULL,
    visit_id   INTEGER REFERENCES visits (id) ON DELETE SET NULL,
    note       TEXT
);
CREATE INDEX phase_changes_by_roadmap ON phase_changes (roadmap_id, changed_on);

CREATE TABLE walk_run_plans (
    roadmap_id   INTEGER PRIMARY KEY REFERENCES roadmaps (id) ON DELETE CASCADE,
    goal_minutes INTEGER NOT NULL
);

CREATE TABLE walk_run_weeks (
    roadmap_id        INTEGER NOT NULL REFERENCES walk_run_plans (roadmap_id) ON DELETE CASCADE,
    week              INTEGER NOT NULL,
    run_seconds       INTEGER NOT NULL,
    walk_seconds      INTEGER NOT NULL,
    repeats           INTEGER NOT NULL,
    sessions_per_week INTEGER NOT NULL,
    repeated          INTEGER NOT NULL CHECK (repeated IN (0, 1)),
    PRIMARY KEY (roadmap_id, week)
) WITHOUT ROWID;

-- The built-in measures (scores only; the licensed questionnaires are never reproduced). BuiltInMeasures holds the same.
INSERT INTO outcome_measures (key, name, min_value, max_value, decimals, built_in, derived, note) VALUES
    ('iciq-ui-sf', 'ICIQ-UI Short Form', 0, 21, 0, 1, 0, 'Enter the score from the clinic''s licensed form. Total 0–21 (frequency + amount + interference), 4-week recall. Bands: Klovning 2009.'),
    ('pfdi-20-udi-6', 'PFDI-20: UDI-6 (urinary)', 0, 100, 2, 1, 0, 'Enter the score from the clinic''s licensed form. Scale score 0–100: the mean of the items answered × 25.'),
    ('pfdi-20-cradi-8', 'PFDI-20: CRADI-8 (colorectal)', 0, 100, 2, 1, 0, 'Enter the score from the clinic''s licensed form. Scale score 0–100: the mean of the items answered × 25.'),
    ('pfdi-20-popdi-6', 'PFDI-20: POPDI-6 (prolapse)', 0, 100, 2, 1, 0, 'Enter the score from the clinic''s licensed form. Scale score 0–100: the mean of the items answered × 25.'),
    ('pfdi-20-total', 'PFDI-20 total', 0, 300, 2, 1, 1, 'The sum of UDI-6, CRADI-8 and POPDI-6, on days when all three were scored.');

INSERT INTO measure_bands (measure_id, position, label, from_value, to_value)
    SELECT id, 0, 'slight', 1, 5 FROM outcome_measures WHERE key = 'iciq-ui-sf';
INSERT INTO measure_bands (measure_id, position, label, from_value, to_value)
    SELECT id, 1, 'moderate', 6, 12 FROM outcome_measures WHERE key = 'iciq-ui-sf';
INSERT INTO measure_bands (measure_id, position, label, from_value, to_value)
    SELECT id, 2, 'severe', 13, 18 FROM outcome_measures WHERE key = 'iciq-ui-sf';
INSERT INTO measure_bands (measure_id, position, label, from_value, to_value)
    SELECT id, 3, 'very severe', 19, 21 FROM outcome_measures WHERE key = 'iciq-ui-sf';
