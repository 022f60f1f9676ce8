-- Version 2: small settings the app keeps between starts, and a fingerprint of the seeded built-in content.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
