package org.restride.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.restride.domain.Bounds;
import org.restride.domain.Numbers;
import org.restride.domain.ValidationException;
import org.restride.text.Excerpt;

/** Reads the fields of one JSON object, and names the field in every complaint. */
final class JsonFields {
    private final JsonNode node;

    JsonFields(JsonNode node, String what) {
        if (node == null || !node.isObject()) {
            throw new ValidationException(what, "json.object");
        }
        this.node = node;
    }

    String text(String field) {
        String value = optionalText(field);
        if (value == null) {
            throw new ValidationException(field, "json.missing");
        }
        return value;
    }

    /** A text value that names one of a closed set, refused by the field as the file spells it. */
    <E> E key(String field, java.util.function.Function<String, E> parse) {
        String value = text(field);
        try {
            return parse.apply(value);
        } catch (ValidationException e) {
            throw e.named(field);
        }
    }

    String optionalText(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ValidationException(field, "json.text");
        }
        return value.asText();
    }

    int integer(String field) {
        return integer(field, null);
    }

    /** A whole number; one too large to hold is refused with the range it must be in, when that is known. */
    int integer(String field, Bounds bounds) {
        Integer value = optionalInteger(field, bounds);
        if (value == null) {
            throw new ValidationException(field, "json.missing");
        }
        return value;
    }

    Integer optionalInteger(String field) {
        return optionalInteger(field, null);
    }

    Integer optionalInteger(String field, Bounds bounds) {
        return JsonNumbers.whole(node.get(field), field, bounds);
    }

    Double optionalNumber(String field) {
        return optionalNumber(field, Double.NaN);
    }

    /** A number; one too large to hold is refused naming {@code max} (when it is a number), the most it may be. */
    Double optionalNumber(String field, double max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new ValidationException(field, "json.number", shown(value));
        }
        if (!Double.isFinite(value.asDouble())) {
            throw Double.isNaN(max) ? new ValidationException(field, "json.farTooLarge", shown(value))
                    : new ValidationException(field, "json.atMost", Numbers.format(max), shown(value));
        }
        return value.asDouble();
    }

    boolean bool(String field, boolean fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw new ValidationException(field, "json.bool", shown(value));
        }
        return value.asBoolean();
    }

    List<String> texts(String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : array(field)) {
            if (!item.isTextual()) {
                throw new ValidationException(field, "json.onlyText", shown(item));
            }
            out.add(item.asText());
        }
        return out;
    }

    List<JsonNode> array(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new ValidationException(field, "json.list");
        }
        List<JsonNode> out = new ArrayList<>();
        value.forEach(out::add);
        return out;
    }

    JsonNode object(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw new ValidationException(field, "json.object");
        }
        return value;
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    /** Refuses a field of {@code node} not in {@code known}, named with {@code prefix} (quoted short and escaped). */
    static void onlyKnown(JsonNode node, String prefix, Set<String> known, String kind) {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new ValidationException(Excerpt.quoted(prefix + name), "json.unknownField", kind);
            }
        }
    }

    /** Runs a reader on a nested value, so that its complaints name the outer field too. */
    static <T> T nested(String field, java.util.function.Supplier<T> reader) {
        try {
            return reader.get();
        } catch (ValidationException e) {
            // a value that is not the object it should be is named once: "dosage", not "dosage.dosage"
            throw e.field().equals(field) ? e : e.within(field);
        }
    }

    private static String shown(JsonNode value) {
        return JsonNumbers.shown(value);
    }
}
