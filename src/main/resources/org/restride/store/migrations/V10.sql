-- Version 10: the hours she usually sleeps these days, recorded with daily readiness, so that last night's sleep is
-- compared with her own usual rather than a fixed 7 hours. Visits saved before have none (not judged).
ALTER TABLE visits ADD COLUMN usual_sleep_hours REAL CHECK (usual_sleep_hours BETWEEN 0 AND 24);
