package org.restride.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.function.BiConsumer;
import org.restride.codec.DosageJson;
import org.restride.codec.PhaseJson;

/**
 * Refuses, in a roadmap file, any field Restride does not write: at the top, in the roadmap, in each phase, item,
 * dosage, intensity and criterion, named by where it is (a misspelt field is never silently left out).
 */
final class KnownFields {
    static final Set<String> ROADMAP_TOP = Set.of("format", "version", "roadmap", "exercises", ExchangePictures.SECTION);
    static final Set<String> ROADMAP = Set.of("title", "goal", "phases");

    private KnownFields() {
    }

    static void roadmapFile(String file, JsonNode root) {
        ExchangeLimits.onlyKnown(file, root, ROADMAP_TOP);
        JsonNode roadmap = root.get("roadmap");
        ExchangeLimits.onlyKnown(file + ": roadmap", roadmap, ROADMAP);
        JsonNode phases = roadmap == null ? null : roadmap.get("phases");
        if (phases == null || !phases.isArray()) {
            return;
        }
        for (int p = 0; p < phases.size(); p++) {
            String phaseAt = file + ": roadmap.phases[" + (p + 1) + "]";
            JsonNode phase = phases.get(p);
            ExchangeLimits.onlyKnown(phaseAt, phase, PhaseJson.FIELDS);
            each(phase.get("items"), phaseAt + ".items", (at, item) -> {
                ExchangeLimits.onlyKnown(at, item, PhaseJson.ITEM_FIELDS);
                JsonNode dosage = item.get("dosage");
                ExchangeLimits.onlyKnown(at + ".dosage", dosage, DosageJson.FIELDS);
                if (dosage != null) {
                    ExchangeLimits.onlyKnown(at + ".dosage.intensity", dosage.get("intensity"), DosageJson.INTENSITY_FIELDS);
                }
            });
            each(phase.get("criteria"), phaseAt + ".criteria",
                    (at, criterion) -> ExchangeLimits.onlyKnown(at, criterion, PhaseJson.CRITERION_FIELDS));
        }
    }

    private static void each(JsonNode list, String at, BiConsumer<String, JsonNode> check) {
        if (list == null || !list.isArray()) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            check.accept(at + "[" + (i + 1) + "]", list.get(i));
        }
    }
}
