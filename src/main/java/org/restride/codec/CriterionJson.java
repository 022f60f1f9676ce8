package org.restride.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.restride.domain.Amount;
import org.restride.domain.Criterion;

/** A readiness criterion to and from JSON. */
public final class CriterionJson {
    private CriterionJson() {
    }

    public static Criterion read(JsonNode node) {
        JsonFields f = new JsonFields(node, "criterion");
        Amount target = f.has("unit") ? DosageJson.readAmount(f) : null;
        return new Criterion(f.optionalText("key"), f.text("name"), target, f.bool("eachSide", false),
                f.optionalText("exercise"));
    }

    public static ObjectNode write(Criterion c) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("key", c.key());
        node.put("name", c.name());
        if (c.target() != null) {
            DosageJson.writeAmount(node, c.target());
        }
        node.put("eachSide", c.eachSide());
        node.put("exercise", c.exerciseId());
        return node;
    }
}
