package org.restride.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FigureJsonTest {
    private static final BasePoses BASES = BasePoses.load();
    private final FigureJson json = new FigureJson(BASES);
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void everyBuiltInFigureSurvivesWritingAndReadingBack() throws Exception {
        for (Map.Entry<String, Figure> entry : BuiltInFigures.load(BASES).all().entrySet()) {
            String text = mapper.writeValueAsString(FigureJson.write(entry.getValue()));
            assertEquals(entry.getValue(), json.read(mapper.readTree(text)), entry.getKey());
        }
    }

    @Test
    void aBasePoseWithChangesAndAnEndFrame() throws Exception {
        Figure figure = json.read(tree("{\"pose\": \"hookLying\", \"start\": {\"rKnee\": 80}, \"end\": {\"hips\": 10},"
                + " \"props\": [{\"type\": \"mat\", \"at\": \"pelvis\"}], \"accent\": [\"hips\"],"
                + " \"arrows\": [{\"kind\": \"move\", \"at\": \"pelvis\"}]}"));
        Pose hook = BASES.find("hookLying").orElseThrow();
        assertEquals(80, figure.start().get(Joint.R_KNEE));
        assertEquals(hook.get(Joint.L_KNEE), figure.start().get(Joint.L_KNEE));
        assertEquals(10, figure.end().get(Joint.L_HIP));
        assertEquals(10, figure.end().get(Joint.R_HIP));
        assertEquals(80, figure.end().get(Joint.R_KNEE), "the end frame starts from the start frame");
        assertEquals(PropType.MAT, figure.props().get(0).type());
        assertTrue(figure.accentParts().contains(BodyPart.LOWER_TRUNK));
    }

    @Test
    void aKneeCannotBendTheWrongWay() {
        assertEquals(0, Pose.NEUTRAL.with(Joint.R_KNEE, -30).get(Joint.R_KNEE));
        FigureException e = assertThrows(FigureException.class, () -> json.read(tree("{\"start\": {\"rKnee\": -30}}")));
        assertEquals("figure.start.rKnee: must be between 0 and 160 (was -30)", e.getMessage());
    }

    @Test
    void mistakesAreNamedByField() {
        assertEquals("figure.start.rKnees: is not a joint", message("{\"start\": {\"rKnees\": 30}}").split(" \\(")[0]);
        assertTrue(message("{\"pose\": \"handstand\"}").startsWith("figure.pose: \"handstand\" is not a base pose (known: "));
        assertEquals("figure.props[1].type: \"trampoline\" is not a prop",
                message("{\"props\": [{\"type\": \"trampoline\", \"at\": \"feet\"}]}"));
        assertEquals("figure.props[1].at: \"elbow\" is not a body point",
                message("{\"props\": [{\"type\": \"mat\", \"at\": \"elbow\"}]}"));
        assertTrue(message("{\"accent\": [\"toes\"]}").startsWith("figure: accent \"toes\" is not one of"));
        assertEquals("figure.layout: must be \"ghost\" or \"pair\" (was \"grid\")", message("{\"layout\": \"grid\"}"));
    }

    private String message(String text) {
        return assertThrows(FigureException.class, () -> json.read(tree(text))).getMessage();
    }

    private JsonNode tree(String text) throws Exception {
        return mapper.readTree(text);
    }
}
