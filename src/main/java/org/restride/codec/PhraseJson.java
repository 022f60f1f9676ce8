package org.restride.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.restride.domain.progress.Phrase;

/**
 * A phrase as stored text: {@code {"key":"verdict.reason.testPain","args":["4","Hop in place"]}}, an argument
 * being text, a nested phrase (an object) or a list (an array). Stored text that is not such an object is read as
 * a literal, so reasons saved as plain words before keys existed read back unchanged.
 */
public final class PhraseJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PREFIX = "{\"key\":";

    private PhraseJson() {
    }

    public static String write(Phrase phrase) {
        return phrase.isLiteral() ? phrase.literal() : node(phrase).toString();
    }

    public static Phrase read(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return Phrase.literal(stored == null || stored.isBlank() ? "?" : stored);
        }
        try {
            return phrase(MAPPER.readTree(stored));
        } catch (JsonProcessingException | RuntimeException e) {
            return Phrase.literal(stored);
        }
    }

    private static ObjectNode node(Phrase phrase) {
        ObjectNode node = MAPPER.createObjectNode();
        if (phrase.isLiteral()) {
            node.put("literal", phrase.literal());
            return node;
        }
        node.put("key", phrase.key());
        ArrayNode args = node.putArray("args");
        phrase.args().forEach(a -> add(args, a));
        return node;
    }

    private static void add(ArrayNode into, Object arg) {
        if (arg instanceof Phrase p) {
            into.add(node(p));
        } else if (arg instanceof List<?> list) {
            ArrayNode inner = into.addArray();
            list.forEach(a -> add(inner, a));
        } else {
            into.add(String.valueOf(arg));
        }
    }

    private static Phrase phrase(JsonNode node) {
        if (node.has("literal")) {
            return Phrase.literal(node.get("literal").asText());
        }
        List<Object> args = new ArrayList<>();
        node.get("args").forEach(a -> args.add(arg(a)));
        return new Phrase(node.get("key").asText(), args, null);
    }

    private static Object arg(JsonNode node) {
        if (node.isObject()) {
            return phrase(node);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(a -> list.add(arg(a)));
            return list;
        }
        return node.asText();
    }
}
