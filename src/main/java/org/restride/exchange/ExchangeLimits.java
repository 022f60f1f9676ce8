package org.restride.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import org.restride.io.InputRefusedException;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

/**
 * How much one exchange or library file may hold, checked on the parsed tree before any of it is read into
 * exercises or phases: far beyond any real roadmap or library, and small enough that a handout stays a handout.
 */
final class ExchangeLimits {
    static final int MAX_EXERCISES = 2_000;
    static final int MAX_PHASES = 20;
    static final int MAX_ITEMS_PER_PHASE = 40;
    static final int MAX_CRITERIA_PER_PHASE = 20;

    private ExchangeLimits() {
    }

    /**
     * Refuses a field of {@code node} that the part {@code where} of a Restride file does not have, naming it
     * (quoted short and escaped): a misspelt field is never silently left out.
     */
    static void onlyKnown(String where, JsonNode node, Set<String> known) {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new ExchangeException(KeyedProblem.of("safety.import.unknownField", where,
                        Excerpt.quoted(name)));
            }
        }
    }

    /** Refuses a list with more than {@code max} entries, naming the list and the limit. */
    static void checkCount(String file, String what, JsonNode list, int max) {
        if (list != null && list.isArray() && list.size() > max) {
            throw new InputRefusedException(InputRefusedException.Reason.TOO_MANY, file,
                    KeyedProblem.of("problems.exchange.tooMany", what, list.size(), max));
        }
    }

    /** Refuses a roadmap with too many phases, or a phase with too many exercises or exit criteria. */
    static void checkRoadmap(String file, JsonNode phases) {
        checkCount(file, "roadmap.phases", phases, MAX_PHASES);
        if (phases == null || !phases.isArray()) {
            return;
        }
        for (int i = 0; i < phases.size(); i++) {
            JsonNode phase = phases.get(i);
            checkCount(file, "roadmap.phases[" + (i + 1) + "].items", phase.get("items"), MAX_ITEMS_PER_PHASE);
            checkCount(file, "roadmap.phases[" + (i + 1) + "].criteria", phase.get("criteria"), MAX_CRITERIA_PER_PHASE);
        }
    }
}
