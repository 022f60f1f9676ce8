package org.restride.ui.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restride.figure.BasePoses;
import org.restride.figure.BodyPart;
import org.restride.figure.BodyPoint;
import org.restride.figure.BuiltInFigures;
import org.restride.figure.Figure;
import org.restride.figure.Joint;
import org.restride.figure.Prop;
import org.restride.figure.PropType;
import org.restride.text.Words;

/** What the pose editor's controls do to the figure being drawn. */
class PoseEditorModelTest {
    private static final BasePoses BASES = BasePoses.load();

    @Test
    void choosingAPoseSetsBothFramesAndKeepsPropsAndAccent() {
        Figure bridge = BuiltInFigures.load(BASES).find("bridge-band").orElseThrow();
        PoseEditorModel model = new PoseEditorModel(BASES, bridge);
        model.useBase("squat");
        Figure now = model.figure();
        assertEquals(BASES.find("squat").orElseThrow(), now.start());
        assertEquals(now.start(), now.end(), "a moving figure starts its end frame at the same pose");
        assertEquals(bridge.props(), now.props());
        assertEquals(bridge.accent(), now.accent());
    }

    @Test
    void aSliderMovesOneFrameAndOptionallyBothSides() {
        PoseEditorModel model = new PoseEditorModel(BASES, PoseEditorModel.fresh(BASES));
        model.setMoves(true);
        model.setJoint(PoseEditorModel.Frame.END, Joint.R_KNEE, 90, false);
        assertEquals(90, model.figure().end().get(Joint.R_KNEE));
        assertEquals(0, model.figure().end().get(Joint.L_KNEE));
        assertEquals(0, model.figure().start().get(Joint.R_KNEE), "the start frame is untouched");
        model.setJoint(PoseEditorModel.Frame.START, Joint.L_ELBOW, 400, true);
        assertEquals(Joint.L_ELBOW.max(), model.figure().start().get(Joint.L_ELBOW), "kept inside the joint's range");
        assertEquals(Joint.L_ELBOW.max(), model.figure().start().get(Joint.R_ELBOW));
        model.setJoint(PoseEditorModel.Frame.START, Joint.LEAN, 20, true);
        assertEquals(20, model.figure().start().get(Joint.LEAN), "the trunk has no partner");
    }

    @Test
    void oneFrameAgainDropsTheEndPose() {
        PoseEditorModel model = new PoseEditorModel(BASES, PoseEditorModel.fresh(BASES));
        model.setMoves(true);
        assertTrue(model.figure().moves());
        model.setMoves(false);
        assertFalse(model.figure().moves());
        assertNull(model.figure().end());
    }

    @Test
    void tickingPropsKeepsWhereTheDrawingPutThemAndPlacesNewOnes() {
        Prop placedMat = new Prop(PropType.MAT, BodyPoint.PELVIS, null, 0.1, 0, 1.2, 0, false);
        Figure start = PoseEditorModel.fresh(BASES);
        start = new Figure(start.start(), null, start.layout(), null, List.of(placedMat), List.of(), List.of());
        PoseEditorModel model = new PoseEditorModel(BASES, start);
        model.setProps(List.of(PropType.MAT, PropType.DUMBBELL));
        assertEquals(List.of(placedMat, Prop.at(PropType.DUMBBELL, BodyPoint.R_HAND)), model.figure().props());
        model.setProps(List.of(PropType.DUMBBELL));
        assertEquals(List.of(Prop.at(PropType.DUMBBELL, BodyPoint.R_HAND)), model.figure().props());
    }

    @Test
    void theArrowFollowsTheChosenPoint() {
        PoseEditorModel model = new PoseEditorModel(BASES, PoseEditorModel.fresh(BASES));
        model.setArrow(BodyPoint.HANDS);
        assertEquals(BodyPoint.HANDS, model.figure().arrows().get(0).at());
        model.setArrows(List.of());
        assertTrue(model.figure().arrows().isEmpty());
    }

    @Test
    void namesReadAsPlainWords() {
        FigureWords names = new FigureWords(Words.english());
        assertEquals("Hook lying", names.of("hookLying"));
        assertEquals("Left thigh", names.of("lThigh"));
        assertEquals("Right hand", names.of("rHand"));
        assertEquals("Child's pose", names.of("childsPose"));
        assertEquals("Mat", names.of("mat"));
        assertEquals("Left knee bend", names.of(Joint.L_KNEE));
    }

    /** The editor lists every pose, part, prop, point and joint by name: a new one without words would fail to open. */
    @Test
    void everyNameInTheFigureModelHasWords() {
        FigureWords names = new FigureWords(Words.english());
        List<String> keys = new ArrayList<>(BasePoses.load().names());
        keys.addAll(BodyPart.names());
        Arrays.stream(PropType.values()).map(PropType::key).forEach(keys::add);
        Arrays.stream(BodyPoint.values()).map(BodyPoint::key).forEach(keys::add);
        for (String key : keys) {
            assertFalse(names.of(key).isBlank(), key);
        }
        for (Joint joint : Joint.values()) {
            assertFalse(names.of(joint).isBlank(), joint.key());
        }
    }
}
