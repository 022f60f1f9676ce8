package org.restride.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import org.restride.codec.ExerciseJson;
import org.restride.text.KeyedProblem;

/** The JSON text columns: lists of strings and dosages. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static String texts(List<String> values) {
        return ExerciseJson.texts(values).toString();
    }

    static List<String> texts(String json) {
        List<String> out = new ArrayList<>();
        for (JsonNode node : (ArrayNode) parse(json)) {
            out.add(node.asText());
        }
        return out;
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            // the parser's words may quote the stored text: not shown
            throw new StoreException(KeyedProblem.of("problems.store.storedJson"), e);
        }
    }
}
