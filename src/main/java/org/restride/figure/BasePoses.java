package org.restride.figure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.restride.text.KeyedProblem;

/**
 * Named reusable poses (standing, squat, bridge, side plank ...) from {@code poses.json}. A pose may start from
 * another with "base". Exercise figures refer to them by name and change a few joints.
 */
public final class BasePoses {
    static final String RESOURCE = "poses.json";

    private final Map<String, Pose> poses;

    private BasePoses(Map<String, Pose> poses) {
        this.poses = Map.copyOf(poses);
    }

    /** Reads the poses that ship with Restride. A problem here is a bug in the shipped file. */
    public static BasePoses load() {
        try (InputStream in = BasePoses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new FigureException(KeyedProblem.of("problems.builtIn.missing", RESOURCE));
            }
            return read(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new FigureException(KeyedProblem.of("problems.builtIn.unreadable", RESOURCE, e), e);
        }
    }

    static BasePoses read(JsonNode root) {
        JsonNode list = root.path("poses");
        Map<String, Pose> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = list.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode node = entry.getValue();
            Pose base = Pose.NEUTRAL;
            if (node.has("base")) {
                String name = node.get("base").asText();
                base = Optional.ofNullable(out.get(name)).orElseThrow(() -> new FigureException(KeyedProblem.of("problems.figure.baseLater",
                        RESOURCE, entry.getKey(), name)));
            }
            if (!node.isObject()) {
                throw new FigureException(KeyedProblem.of("problems.figure.poseJoints", RESOURCE, entry.getKey()));
            }
            ObjectNode joints = ((ObjectNode) node).deepCopy();
            joints.remove("base");
            out.put(entry.getKey(), FigureJson.joints(base, joints, RESOURCE + ": " + entry.getKey()));
        }
        return new BasePoses(out);
    }

    public Optional<Pose> find(String name) {
        return Optional.ofNullable(poses.get(name));
    }

    public List<String> names() {
        List<String> names = new ArrayList<>(poses.keySet());
        names.sort(null);
        return names;
    }
}
