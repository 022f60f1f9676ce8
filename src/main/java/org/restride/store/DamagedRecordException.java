package org.restride.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.SQLException;
import java.time.DateTimeException;
import org.restride.domain.ValidationException;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

/**
 * One saved row no longer makes a valid record: it was changed outside Restride, or damaged on the disk. Told as
 * that row (its table and id, never a patient's details), not as a value the user typed and not as a damaged
 * database: the rest of the data is fine, and a backup can put the row back.
 */
public final class DamagedRecordException extends StoreException {
    private final String table;

    DamagedRecordException(String table, Object row, RuntimeException cause) {
        super(KeyedProblem.of("safety.record.damaged", table, Excerpt.of(row), problem(cause)), cause);
        this.table = table;
    }

    public String table() {
        return table;
    }

    /** What is wrong, naming the field and quoting no content (a date's text might be a birthday). */
    private static Object problem(RuntimeException cause) {
        if (cause instanceof DateTimeException) {
            return KeyedProblem.of("safety.record.badDate");
        }
        if (cause.getCause() instanceof JsonProcessingException) {
            return KeyedProblem.of("safety.record.badJson");
        }
        if (cause instanceof ValidationException refused) {
            // the field, never the stored value: it may be a patient's details or text written to mislead
            return KeyedProblem.of("safety.record.badField", Excerpt.of(refused.field()));
        }
        return cause;
    }

    /** Makes one record from the current row of a result. */
    @FunctionalInterface
    interface Maker<T> {
        T make() throws SQLException;
    }

    /** Makes a record from its row; a row that does not make a valid record is refused as damaged. */
    static <T> T reading(String table, Object row, Maker<T> make) throws SQLException {
        try {
            return make.make();
        } catch (DamagedRecordException e) {
            throw e;
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new DamagedRecordException(table, row, e);
        } catch (StoreException e) {
            if (e.getCause() instanceof JsonProcessingException) {
                throw new DamagedRecordException(table, row, e);
            }
            throw e;
        }
    }
}
