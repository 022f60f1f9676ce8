package org.restride.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.restride.domain.Criterion;
import org.restride.domain.Dosage;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.PhaseKind;
import org.restride.domain.ValidationException;
import org.restride.domain.WeekRange;
import org.restride.text.Excerpt;

/**
 * Phases to and from JSON, as templates are written. An item may leave out its dosage to take the
 * exercise's default, and a criterion may name a library criterion by its key alone.
 */
public final class PhaseJson {
    /** Every field a phase, one of its items and one of its criteria has in a file. */
    public static final Set<String> FIELDS = Set.of("kind", "name", "purpose", "fromWeek", "toWeek", "items", "criteria");
    public static final Set<String> ITEM_FIELDS = Set.of("exercise", "dosage", "note");
    public static final Set<String> CRITERION_FIELDS = Set.of("key", "name", "unit", "min", "max", "eachSide", "exercise");

    private PhaseJson() {
    }

    /** What the reader looks up: exercise default dosages and library criteria. */
    public record Lookup(Map<String, Dosage> defaultDosages, Map<String, Criterion> criteria) {
    }

    public static List<Phase> readAll(List<JsonNode> nodes, Lookup lookup) {
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            phases.add(JsonFields.nested("phases[" + (i + 1) + "]", () -> read(node, lookup)));
        }
        return phases;
    }

    static Phase read(JsonNode node, Lookup lookup) {
        JsonFields f = new JsonFields(node, "phase");
        List<PhaseItem> items = new ArrayList<>();
        List<JsonNode> itemNodes = f.array("items");
        for (int i = 0; i < itemNodes.size(); i++) {
            JsonNode itemNode = itemNodes.get(i);
            items.add(JsonFields.nested("items[" + (i + 1) + "]", () -> readItem(itemNode, lookup)));
        }
        List<Criterion> criteria = new ArrayList<>();
        List<JsonNode> criterionNodes = f.array("criteria");
        for (int i = 0; i < criterionNodes.size(); i++) {
            JsonNode criterionNode = criterionNodes.get(i);
            criteria.add(JsonFields.nested("criteria[" + (i + 1) + "]", () -> readCriterion(criterionNode, lookup)));
        }
        return new Phase(f.key("kind", PhaseKind::fromKey), f.text("name"), f.optionalText("purpose"),
                new WeekRange(f.integer("fromWeek"), f.optionalInteger("toWeek")), items, criteria);
    }

    private static PhaseItem readItem(JsonNode node, Lookup lookup) {
        JsonFields f = new JsonFields(node, "item");
        String exerciseId = f.text("exercise");
        Dosage dosage = f.has("dosage")
                ? JsonFields.nested("dosage", () -> DosageJson.read(f.object("dosage")))
                : lookup.defaultDosages().get(exerciseId);
        if (dosage == null) {
            throw new ValidationException("exercise", "json.notInLibrary", Excerpt.of(exerciseId));
        }
        return new PhaseItem(exerciseId, dosage, f.optionalText("note"));
    }

    private static Criterion readCriterion(JsonNode node, Lookup lookup) {
        if (node.isTextual()) {
            Criterion known = lookup.criteria().get(node.asText());
            if (known == null) {
                throw new ValidationException("criterion", "json.unknownTest", Excerpt.of(node.asText()));
            }
            return known;
        }
        return CriterionJson.read(node);
    }

    public static ArrayNode writeAll(List<Phase> phases) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Phase phase : phases) {
            ObjectNode node = array.addObject();
            node.put("kind", phase.kind().key());
            node.put("name", phase.name());
            node.put("purpose", phase.purpose());
            node.put("fromWeek", phase.weeks().from());
            node.put("toWeek", phase.weeks().to());
            ArrayNode items = node.putArray("items");
            for (PhaseItem item : phase.items()) {
                ObjectNode itemNode = items.addObject();
                itemNode.put("exercise", item.exerciseId());
                itemNode.set("dosage", DosageJson.write(item.dosage()));
                itemNode.put("note", item.note());
            }
            ArrayNode criteria = node.putArray("criteria");
            phase.exitCriteria().forEach(c -> criteria.add(CriterionJson.write(c)));
        }
        return array;
    }
}
