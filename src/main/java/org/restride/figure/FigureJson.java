package org.restride.figure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

/**
 * The JSON form of a {@link Figure}:
 * <pre>
 * {"pose": "bridge", "start": {"rKnee": 80}, "end": {"hips": 10}, "layout": "ghost", "support": "rToe",
 *  "props": [{"type": "mat", "at": "pelvis"}], "accent": ["hips"], "arrows": [{"kind": "move", "at": "pelvis"}]}
 * </pre>
 * "pose" names a base pose and "start" changes joints on it; "end" changes joints on the start (or, with its own
 * "pose", on that base pose). Pairs such as "hips", "knees", "ankles", "shoulders", "elbows" set both sides.
 * Every key but "pose"/"start" is optional.
 */
public final class FigureJson {
    private static final Map<String, List<Joint>> PAIRS = Map.of(
            "hips", List.of(Joint.L_HIP, Joint.R_HIP),
            "knees", List.of(Joint.L_KNEE, Joint.R_KNEE),
            "ankles", List.of(Joint.L_ANKLE, Joint.R_ANKLE),
            "shoulders", List.of(Joint.L_SHOULDER, Joint.R_SHOULDER),
            "elbows", List.of(Joint.L_ELBOW, Joint.R_ELBOW),
            "hipsOut", List.of(Joint.L_HIP_OUT, Joint.R_HIP_OUT),
            "hipsTurn", List.of(Joint.L_HIP_TURN, Joint.R_HIP_TURN),
            "shouldersOut", List.of(Joint.L_SHOULDER_OUT, Joint.R_SHOULDER_OUT),
            "armsTurn", List.of(Joint.L_ARM_TURN, Joint.R_ARM_TURN));

    private final BasePoses bases;

    public FigureJson(BasePoses bases) {
        this.bases = bases;
    }

    public Figure read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new FigureException(KeyedProblem.of("problems.figure.object", "figure"));
        }
        Pose base = node.has("pose") ? base(node.get("pose"), "figure.pose") : Pose.NEUTRAL;
        Pose start = joints(base, node.get("start"), "figure.start");
        Pose end = null;
        JsonNode endNode = node.get("end");
        if (endNode != null && !endNode.isNull()) {
            Pose endBase = endNode.has("pose") ? base(endNode.get("pose"), "figure.end.pose") : start;
            end = joints(endBase, endNode, "figure.end");
        }
        try {
            return new Figure(start, end, layout(node.path("layout").asText("ghost")), point(node.get("support"), "figure.support", true),
                    props(node.get("props")), texts(node.get("accent"), "figure.accent"), arrows(node.get("arrows")));
        } catch (IllegalArgumentException e) {
            throw new FigureException(KeyedProblem.of("problems.figure.invalid", "figure", e), e);
        }
    }

    private Pose base(JsonNode name, String field) {
        if (name == null || !name.isTextual()) {
            throw new FigureException(KeyedProblem.of("problems.figure.poseName", field));
        }
        return bases.find(name.asText()).orElseThrow(() -> new FigureException(KeyedProblem.of("problems.figure.notPose", field,
                Excerpt.quoted(name.asText()), List.copyOf(bases.names()))));
    }

    /** Applies the joint values of an object, in order, onto a pose ("pose" itself is skipped). */
    static Pose joints(Pose pose, JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return pose;
        }
        if (!node.isObject()) {
            throw new FigureException(KeyedProblem.of("problems.figure.joints", field));
        }
        Pose out = pose;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            if (key.equals("pose")) {
                continue;
            }
            if (!entry.getValue().isNumber()) {
                throw new FigureException(KeyedProblem.of("problems.figure.number", field + "." + Excerpt.of(key)));
            }
            double value = entry.getValue().asDouble();
            List<Joint> targets = PAIRS.containsKey(key) ? PAIRS.get(key)
                    : List.of(Joint.fromKey(key).orElseThrow(() -> new FigureException(KeyedProblem.of("problems.figure.notJoint",
                    field + "." + Excerpt.of(key), jointKeys()))));
            for (Joint joint : targets) {
                if (value < joint.min() || value > joint.max()) {
                    throw new FigureException(KeyedProblem.of("problems.figure.range", field + "." + key,
                            trim(joint.min()), trim(joint.max()), trim(value)));
                }
                out = out.with(joint, value);
            }
        }
        return out;
    }

    private static Figure.Layout layout(String key) {
        for (Figure.Layout layout : Figure.Layout.values()) {
            if (layout.key().equals(key)) {
                return layout;
            }
        }
        throw new FigureException(KeyedProblem.of("problems.figure.layout", "figure.layout", Excerpt.quoted(key)));
    }

    private static BodyPoint point(JsonNode node, String field, boolean optional) {
        if (node == null || node.isNull()) {
            if (optional) {
                return null;
            }
            throw new FigureException(KeyedProblem.of("problems.figure.pointName", field));
        }
        return BodyPoint.fromKey(node.asText()).orElseThrow(() -> new FigureException(KeyedProblem.of("problems.figure.notPoint", field,
                Excerpt.quoted(node.asText()))));
    }

    private static List<Prop> props(JsonNode node) {
        List<Prop> out = new ArrayList<>();
        int i = 0;
        for (JsonNode p : list(node, "figure.props")) {
            String field = "figure.props[" + (++i) + "]";
            PropType type = PropType.fromKey(p.path("type").asText()).orElseThrow(() -> new FigureException(
                    KeyedProblem.of("problems.figure.notProp", field + ".type", Excerpt.quoted(p.path("type").asText()))));
            out.add(new Prop(type, point(p.get("at"), field + ".at", false), point(p.get("to"), field + ".to", true),
                    p.path("dx").asDouble(0), p.path("dy").asDouble(0), p.path("size").asDouble(1), p.path("angle").asDouble(0),
                    "end".equals(p.path("frame").asText("start"))));
        }
        return out;
    }

    private static List<Arrow> arrows(JsonNode node) {
        List<Arrow> out = new ArrayList<>();
        int i = 0;
        for (JsonNode a : list(node, "figure.arrows")) {
            String field = "figure.arrows[" + (++i) + "]";
            Arrow.Kind kind = Arrow.Kind.fromKey(a.path("kind").asText()).orElseThrow(() -> new FigureException(
                    KeyedProblem.of("problems.figure.notArrow", field + ".kind", Excerpt.quoted(a.path("kind").asText()))));
            out.add(new Arrow(kind, point(a.get("at"), field + ".at", false), a.path("dx").asDouble(0), a.path("dy").asDouble(0),
                    a.path("angle").asDouble(0), a.path("length").asDouble(0.15), a.path("bend").asDouble(0)));
        }
        return out;
    }

    private static List<String> texts(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : list(node, field)) {
            out.add(n.asText());
        }
        return out;
    }

    private static Iterable<JsonNode> list(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new FigureException(KeyedProblem.of("problems.figure.list", field));
        }
        return node;
    }

    /** Writes a self-contained form (no base pose): "start" from neutral, "end" as changes on the start. */
    public static ObjectNode write(Figure figure) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode out = f.objectNode();
        ObjectNode start = out.putObject("start");
        figure.start().changes().forEach((joint, value) -> start.put(joint.key(), value));
        if (figure.end() != null) {
            ObjectNode end = out.putObject("end");
            for (Joint joint : Joint.values()) {
                if (figure.end().get(joint) != figure.start().get(joint)) {
                    end.put(joint.key(), figure.end().get(joint));
                }
            }
        }
        out.put("layout", figure.layout().key());
        if (figure.support() != null) {
            out.put("support", figure.support().key());
        }
        ArrayNode props = out.putArray("props");
        for (Prop p : figure.props()) {
            ObjectNode n = props.addObject().put("type", p.type().key()).put("at", p.at().key());
            if (p.to() != null) {
                n.put("to", p.to().key());
            }
            n.put("dx", p.dx()).put("dy", p.dy()).put("size", p.size()).put("angle", p.angle());
            n.put("frame", p.atEnd() ? "end" : "start");
        }
        ArrayNode accent = out.putArray("accent");
        figure.accent().forEach(accent::add);
        ArrayNode arrows = out.putArray("arrows");
        for (Arrow a : figure.arrows()) {
            arrows.addObject().put("kind", a.kind().key()).put("at", a.at().key()).put("dx", a.dx()).put("dy", a.dy())
                    .put("angle", a.angle()).put("length", a.length()).put("bend", a.bend());
        }
        return out;
    }

    private static String jointKeys() {
        List<String> keys = new ArrayList<>(PAIRS.keySet().stream().sorted().toList());
        for (Joint joint : Joint.values()) {
            keys.add(joint.key());
        }
        return String.join(", ", keys);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
