-- Version 6: the clinic's country (two letters, e.g. US, GB; decides the handout's regional words, emergency
-- number and date format) and what its handouts call the clinician.
ALTER TABLE clinic_profile ADD COLUMN country TEXT CHECK (country IS NULL OR length(country) = 2);
ALTER TABLE clinic_profile ADD COLUMN clinician_term TEXT NOT NULL DEFAULT 'physical-therapist'
    CHECK (clinician_term IN ('physical-therapist', 'physiotherapist'));
