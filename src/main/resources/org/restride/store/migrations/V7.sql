-- Version 7: the symptom check says whether it was done (a check not done is not "no symptoms"), and when each
-- symptom happens: with-exercise, baseline (known daily-life, unchanged) or new-or-worse, as comma-joined
-- symptom=context pairs. Visits saved before had the check done when anything was recorded in it, with every
-- symptom counted as coming with exercise.
ALTER TABLE visits ADD COLUMN symptom_check_done INTEGER NOT NULL DEFAULT 0 CHECK (symptom_check_done IN (0, 1));
ALTER TABLE visits ADD COLUMN symptom_contexts TEXT NOT NULL DEFAULT '';
UPDATE visits SET symptom_check_done = 1 WHERE symptoms <> '' OR pain IS NOT NULL OR worse_next_day = 1;
