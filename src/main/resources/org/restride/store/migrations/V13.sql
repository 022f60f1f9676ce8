-- Version 13: the language a patient's handouts print in, as a language code ("en", "es"). NULL, as for every
-- patient saved before, follows the clinic's handout language (Settings).
ALTER TABLE patients ADD COLUMN handout_language TEXT
    CHECK (handout_language IS NULL OR (length(handout_language) BETWEEN 2 AND 3 AND handout_language NOT GLOB '*[^a-z]*'));
