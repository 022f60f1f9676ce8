package org.restride.store;

import java.sql.PreparedStatement;

/**
 * A patient row in a database kept at an older version, written with the columns every version has: the
 * repository writes the newest columns (her handout language, V13), which an older database lacks.
 */
final class OldSchemaPatient {
    private OldSchemaPatient() {
    }

    /** Ana, a vaginal birth on 2026-01-05 with a grade 1 tear; returns her id. */
    static long ana(Database old) {
        return old.write(c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO patients (display_name, name_folded, "
                    + "delivery_date, delivery_type, perineal_tear_grade, births, breastfeeding, goals, updated_at) "
                    + "VALUES ('Ana', 'ana', '2026-01-05', 'vaginal', 1, 1, 0, '[]', '2026-01-06T10:00:00Z')",
                    PreparedStatement.RETURN_GENERATED_KEYS)) {
                st.executeUpdate();
                return Rows.insertedId(st);
            }
        });
    }
}
