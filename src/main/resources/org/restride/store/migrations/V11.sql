-- Version 11: PFDI-20 scale scores come in steps of 3.125 (eighths × 25) or thirds (33.333), so they need three
-- decimals; the old `decimals` column is held to 0–2 by its CHECK, and rebuilding outcome_measures would touch its
-- cascading children (bands, scores). A new column holds the allowed decimals (0–3); when it is null, `decimals`
-- still holds them. Scores already stored are untouched.
ALTER TABLE outcome_measures ADD COLUMN score_decimals INTEGER CHECK (score_decimals BETWEEN 0 AND 3);
UPDATE outcome_measures SET score_decimals = 3
    WHERE key IN ('pfdi-20-udi-6', 'pfdi-20-cradi-8', 'pfdi-20-popdi-6', 'pfdi-20-total');
