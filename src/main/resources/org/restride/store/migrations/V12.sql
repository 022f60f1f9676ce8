-- Version 12: the short mood and energy checks of a visit (CLINICAL.md, Also ask about). The total of the clinic's
-- licensed mood screen (EPDS 0–30) only, never its items; signs of low energy availability and the risk factors she
-- reports, as comma-separated keys. Visits saved before have none (not asked).
ALTER TABLE visits ADD COLUMN mood_score INTEGER CHECK (mood_score BETWEEN 0 AND 30);
ALTER TABLE visits ADD COLUMN energy_signs TEXT;
ALTER TABLE visits ADD COLUMN risk_factors TEXT;
