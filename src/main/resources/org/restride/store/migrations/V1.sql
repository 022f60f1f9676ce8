-- Restride schema, version 1: the library, patients, roadmaps, templates and the clinic profile.
PRAGMA application_id = 1381192772;

CREATE TABLE exercises (
    pk                  INTEGER PRIMARY KEY,
    id                  TEXT    NOT NULL UNIQUE,
    name                TEXT    NOT NULL,
    summary             TEXT    NOT NULL,
    steps               TEXT    NOT NULL,
    cues                TEXT    NOT NULL,
    mistakes            TEXT    NOT NULL,
    watch_for           TEXT    NOT NULL,
    region              TEXT    NOT NULL,
    position            TEXT    NOT NULL,
    impact              TEXT    NOT NULL,
    pelvic_floor_demand TEXT    NOT NULL,
    tags                TEXT    NOT NULL,
    default_dosage      TEXT    NOT NULL,
    easier_id           TEXT,
    harder_id           TEXT,
    source              TEXT    NOT NULL CHECK (source IN ('built-in', 'clinic')),
    based_on_id         TEXT,
    archived            INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

CREATE TABLE exercise_phases (
    exercise_pk INTEGER NOT NULL REFERENCES exercises (pk) ON DELETE CASCADE,
    phase       TEXT    NOT NULL,
    PRIMARY KEY (exercise_pk, phase)
) WITHOUT ROWID;

CREATE TABLE exercise_equipment (
    exercise_pk INTEGER NOT NULL REFERENCES exercises (pk) ON DELETE CASCADE,
    equipment   TEXT    NOT NULL,
    PRIMARY KEY (exercise_pk, equipment)
) WITHOUT ROWID;

CREATE INDEX exercise_phases_by_phase ON exercise_phases (phase, exercise_pk);
CREATE INDEX exercise_equipment_by_equipment ON exercise_equipment (equipment, exercise_pk);

CREATE VIRTUAL TABLE exercise_search USING fts5(
    name, summary, cues, tags,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE TABLE patients (
    id                  INTEGER PRIMARY KEY,
    display_name        TEXT    NOT NULL,
    name_folded         TEXT    NOT NULL,
    date_of_birth       TEXT,
    delivery_date       TEXT    NOT NULL,
    delivery_type       TEXT    NOT NULL,
    perineal_tear_grade INTEGER CHECK (perineal_tear_grade BETWEEN 0 AND 4),
    births              INTEGER NOT NULL CHECK (births BETWEEN 1 AND 20),
    breastfeeding       INTEGER NOT NULL CHECK (breastfeeding IN (0, 1)),
    goals               TEXT    NOT NULL,
    notes               TEXT,
    updated_at          TEXT    NOT NULL
);

CREATE TABLE roadmaps (
    id            INTEGER PRIMARY KEY,
    patient_id    INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    title         TEXT    NOT NULL,
    goal          TEXT,
    status        TEXT    NOT NULL CHECK (status IN ('draft', 'issued')),
    current_phase INTEGER NOT NULL DEFAULT 0,
    created       TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);
CREATE INDEX roadmaps_by_patient ON roadmaps (patient_id);

CREATE TABLE templates (
    id       INTEGER PRIMARY KEY,
    key      TEXT    NOT NULL UNIQUE,
    title    TEXT    NOT NULL,
    goal     TEXT,
    built_in INTEGER NOT NULL CHECK (built_in IN (0, 1))
);

-- A phase belongs to exactly one roadmap or one template.
CREATE TABLE phases (
    id          INTEGER PRIMARY KEY,
    roadmap_id  INTEGER REFERENCES roadmaps (id) ON DELETE CASCADE,
    template_id INTEGER REFERENCES templates (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    purpose     TEXT,
    from_week   INTEGER NOT NULL,
    to_week     INTEGER,
    CHECK ((roadmap_id IS NULL) <> (template_id IS NULL))
);
CREATE INDEX phases_by_roadmap ON phases (roadmap_id, position);
CREATE INDEX phases_by_template ON phases (template_id, position);

CREATE TABLE phase_items (
    id          INTEGER PRIMARY KEY,
    phase_id    INTEGER NOT NULL REFERENCES phases (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    exercise_id TEXT    NOT NULL REFERENCES exercises (id),
    dosage      TEXT    NOT NULL,
    note        TEXT
);
CREATE INDEX phase_items_by_phase ON phase_items (phase_id, position);
CREATE INDEX phase_items_by_exercise ON phase_items (exercise_id);

CREATE TABLE phase_criteria (
    id          INTEGER PRIMARY KEY,
    phase_id    INTEGER NOT NULL REFERENCES phases (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    key         TEXT,
    name        TEXT    NOT NULL,
    target_unit TEXT,
    target_min  INTEGER,
    target_max  INTEGER,
    each_side   INTEGER NOT NULL CHECK (each_side IN (0, 1)),
    exercise_id TEXT
);
CREATE INDEX phase_criteria_by_phase ON phase_criteria (phase_id, position);

CREATE TABLE clinic_profile (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    clinic_name    TEXT,
    address        TEXT,
    phone          TEXT,
    email          TEXT,
    website        TEXT,
    logo           BLOB,
    therapist_name TEXT,
    credentials    TEXT,
    paper_size     TEXT NOT NULL,
    units          TEXT NOT NULL,
    language       TEXT NOT NULL,
    disclaimer     TEXT NOT NULL
);
