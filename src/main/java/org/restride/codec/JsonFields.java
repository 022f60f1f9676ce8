package org.restride.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.restride.domain.ValidationException;

/** Reads the fields of one JSON object, and names the field in every complaint. */
final class JsonFields {
    private final JsonNode node;

    JsonFields(JsonNode node, String what) {
        if (node == null || !node.isObject()) {
            throw new ValidationException(what, "must be an object");
        }
        this.node = node;
    }

    String text(String field) {
        String value = optionalText(field);
        if (value == null) {
            throw new ValidationException(field, "is missing");
        }
        return value;
    }

    String optionalText(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ValidationException(field, "must be text");
        }
        return value.asText();
    }

    int integer(String field) {
        Integer value = optionalInteger(field);
        if (value == null) {
            throw new ValidationException(field, "is missing");
        }
        return value;
    }

    Integer optionalInteger(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new ValidationException(field, "must be a whole number (was " + value + ")");
        }
        return value.asInt();
    }

    Double optionalNumber(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new ValidationException(field, "must be a number (was " + value + ")");
        }
        return value.asDouble();
    }

    boolean bool(String field, boolean fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw new ValidationException(field, "must be true or false (was " + value + ")");
        }
        return value.asBoolean();
    }

    List<String> texts(String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : array(field)) {
            if (!item.isTextual()) {
                throw new ValidationException(field, "must hold only text (found " + item + ")");
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
            throw new ValidationException(field, "must be a list");
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
            throw new ValidationException(field, "must be an object");
        }
        return value;
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    /** Runs a reader on a nested value, so that its complaints name the outer field too. */
    static <T> T nested(String field, java.util.function.Supplier<T> reader) {
        try {
            return reader.get();
        } catch (ValidationException e) {
            throw e.within(field);
        }
    }
}
