-- Version 5: sixteen built-in exercises duplicated others and are retired. Each retired id names the exercise
-- that carries on in its place. Roadmaps, templates and the clinic's own exercises, photos and drawings that
-- pointed at a retired exercise point at its replacement, so they keep opening and printing. The retired rows
-- themselves stay (the library seeder archives them), and the map stays for files written before.
CREATE TABLE retired_exercises (
    retired_id TEXT NOT NULL PRIMARY KEY,
    kept_id    TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO retired_exercises (retired_id, kept_id) VALUES
    ('lift-kettlebell-deadlift', 'kettlebell-deadlift'),
    ('impact-single-leg-calf-raise', 'calf-raise-single-leg'),
    ('impact-calf-raise-off-step', 'calf-raise-single-leg-step'),
    ('impact-double-leg-calf-raise', 'calf-raise-supported'),
    ('lift-dumbbell-bench-press', 'dumbbell-bench-press'),
    ('lift-goblet-squat', 'goblet-squat'),
    ('lift-romanian-deadlift', 'romanian-deadlift-barbell'),
    ('lift-conventional-deadlift', 'barbell-deadlift'),
    ('lift-back-squat', 'barbell-back-squat'),
    ('lift-bench-press', 'barbell-bench-press'),
    ('lift-barbell-row', 'barbell-row'),
    ('lift-hip-thrust', 'hip-thrust-barbell'),
    ('lift-farmer-carry', 'farmer-carry-heavy'),
    ('lift-suitcase-carry', 'suitcase-carry-heavy'),
    ('dead-bug-arm-leg-reach', 'dead-bug-opposite-arm-leg'),
    ('gentle-walking', 'impact-walking-build-up');

-- Only where the replacement is already in this database (it always is once the library has been seeded).
UPDATE phase_items
SET exercise_id = (SELECT kept_id FROM retired_exercises WHERE retired_id = phase_items.exercise_id)
WHERE exercise_id IN (SELECT r.retired_id FROM retired_exercises r JOIN exercises e ON e.id = r.kept_id);

UPDATE phase_criteria
SET exercise_id = (SELECT kept_id FROM retired_exercises WHERE retired_id = phase_criteria.exercise_id)
WHERE exercise_id IN (SELECT r.retired_id FROM retired_exercises r JOIN exercises e ON e.id = r.kept_id);

UPDATE exercises
SET easier_id = (SELECT kept_id FROM retired_exercises WHERE retired_id = exercises.easier_id)
WHERE source = 'clinic' AND easier_id IN (SELECT retired_id FROM retired_exercises);

UPDATE exercises
SET harder_id = (SELECT kept_id FROM retired_exercises WHERE retired_id = exercises.harder_id)
WHERE source = 'clinic' AND harder_id IN (SELECT retired_id FROM retired_exercises);

UPDATE exercises
SET based_on_id = (SELECT kept_id FROM retired_exercises WHERE retired_id = exercises.based_on_id)
WHERE source = 'clinic' AND based_on_id IN (SELECT retired_id FROM retired_exercises);

-- The clinic's photos move to the replacement; if both have a photo marked to print, the replacement's stays marked.
UPDATE exercise_photos SET prints = 0
WHERE prints = 1
  AND exercise_id IN (SELECT retired_id FROM retired_exercises)
  AND EXISTS (SELECT 1 FROM exercise_photos p JOIN retired_exercises r ON r.kept_id = p.exercise_id
              WHERE r.retired_id = exercise_photos.exercise_id AND p.prints = 1);

UPDATE exercise_photos
SET exercise_id = (SELECT kept_id FROM retired_exercises WHERE retired_id = exercise_photos.exercise_id)
WHERE exercise_id IN (SELECT r.retired_id FROM retired_exercises r JOIN exercises e ON e.id = r.kept_id);

-- A drawing moves unless the replacement has its own; then it stays with the retired exercise, not lost.
UPDATE OR IGNORE exercise_figures
SET exercise_id = (SELECT kept_id FROM retired_exercises WHERE retired_id = exercise_figures.exercise_id)
WHERE exercise_id IN (SELECT r.retired_id FROM retired_exercises r JOIN exercises e ON e.id = r.kept_id);
