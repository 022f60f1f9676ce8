-- Version 8: the ICIQ-UI Short Form gets a "none" band for a total of 0 (no leaking in the 4 weeks), before
-- "slight" (1–5), so a score of 0 is named rather than left without a band. Positions move up by one first.
UPDATE measure_bands SET position = position + 10
    WHERE measure_id = (SELECT id FROM outcome_measures WHERE key = 'iciq-ui-sf');
UPDATE measure_bands SET position = position - 9
    WHERE measure_id = (SELECT id FROM outcome_measures WHERE key = 'iciq-ui-sf');
INSERT INTO measure_bands (measure_id, position, label, from_value, to_value)
    SELECT id, 0, 'none', 0, 0 FROM outcome_measures WHERE key = 'iciq-ui-sf';
