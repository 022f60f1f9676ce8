-- Version 9: handouts as they were issued. Every export or print made for a patient's roadmap keeps the exact PDF,
-- with when it was made, how (exported to a file or printed) and the options it was made with, so her history
-- shows and reopens what she took home. At most 25 MB a handout (a handout is well under 1 MB).
CREATE TABLE issued_handouts (
    id          INTEGER PRIMARY KEY,
    patient_id  INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
    roadmap_id  INTEGER REFERENCES roadmaps (id) ON DELETE SET NULL,
    title       TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    issued_at   TEXT    NOT NULL,
    channel     TEXT    NOT NULL CHECK (channel IN ('export', 'print')),
    options     TEXT    NOT NULL CHECK (length(options) <= 200),
    page_count  INTEGER NOT NULL CHECK (page_count BETWEEN 1 AND 10000),
    pdf         BLOB    NOT NULL CHECK (length(pdf) BETWEEN 5 AND 26214400)
);
CREATE INDEX issued_handouts_by_patient ON issued_handouts (patient_id, issued_at);
