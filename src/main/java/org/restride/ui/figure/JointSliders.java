package org.restride.ui.figure;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.restride.figure.Joint;
import org.restride.text.Words;

/** One slider per joint for one frame of the figure, grouped by body region, kept in step with the model. */
final class JointSliders extends GridPane {
    private static final List<Group> GROUPS = List.of(
            new Group("ui-figure.group.trunk", List.of(Joint.LEAN, Joint.ROLL, Joint.SPINE, Joint.SIDE_BEND, Joint.TWIST, Joint.HEAD)),
            new Group("ui-figure.group.legs", List.of(Joint.R_HIP, Joint.L_HIP, Joint.R_KNEE, Joint.L_KNEE, Joint.R_ANKLE, Joint.L_ANKLE,
                    Joint.R_HIP_OUT, Joint.L_HIP_OUT, Joint.R_HIP_TURN, Joint.L_HIP_TURN)),
            new Group("ui-figure.group.arms", List.of(Joint.R_SHOULDER, Joint.L_SHOULDER, Joint.R_ELBOW, Joint.L_ELBOW,
                    Joint.R_SHOULDER_OUT, Joint.L_SHOULDER_OUT, Joint.R_ARM_TURN, Joint.L_ARM_TURN)),
            new Group("ui-figure.group.view", List.of(Joint.VIEW, Joint.TILT, Joint.SHIFT, Joint.LIFT)));

    private record Group(String titleKey, List<Joint> joints) {
    }

    private final PoseEditorModel model;
    private final PoseEditorModel.Frame frame;
    private final ObservableBooleanValue bothSides;
    private final Map<Joint, Slider> sliders = new EnumMap<>(Joint.class);
    private final Map<Joint, Label> values = new EnumMap<>(Joint.class);
    private final FigureWords names;
    private boolean syncing;

    JointSliders(PoseEditorModel model, PoseEditorModel.Frame frame, ObservableBooleanValue bothSides, Words words) {
        this.model = model;
        this.names = new FigureWords(words);
        this.frame = frame;
        this.bothSides = bothSides;
        getStyleClass().add("joint-sliders");
        setHgap(10);
        setVgap(4);
        setPadding(new Insets(8, 14, 14, 4));
        ColumnConstraints label = new ColumnConstraints(180, 260, 320);
        label.setHgrow(Priority.SOMETIMES);
        ColumnConstraints slider = new ColumnConstraints(150, 200, Double.MAX_VALUE);
        slider.setHgrow(Priority.ALWAYS);
        ColumnConstraints value = new ColumnConstraints(46);
        value.setHalignment(HPos.RIGHT);
        getColumnConstraints().addAll(label, slider, value);
        int row = 0;
        for (Group group : GROUPS) {
            Label heading = new Label(words.get(group.titleKey()));
            heading.getStyleClass().add("section-label");
            GridPane.setMargin(heading, new Insets(row == 0 ? 0 : 10, 0, 2, 0));
            add(heading, 0, row++, 3, 1);
            for (Joint joint : group.joints()) {
                addRow(joint, row++);
            }
        }
        model.figureProperty().addListener(o -> sync());
        sync();
    }

    private void addRow(Joint joint, int row) {
        Label name = new Label(names.of(joint));
        name.setWrapText(true);
        name.getStyleClass().add("joint-label");
        Slider slider = new Slider(joint.min(), joint.max(), model.joint(frame, joint));
        slider.setId("joint-" + frame.name().toLowerCase(Locale.ROOT) + "-" + joint.key());
        slider.setBlockIncrement(fine(joint) ? 0.05 : 5);
        slider.setAccessibleText(names.of(joint));
        name.setLabelFor(slider);
        Label value = new Label();
        value.getStyleClass().add("joint-value");
        slider.valueProperty().addListener((o, was, now) -> {
            if (!syncing) {
                model.setJoint(frame, joint, round(joint, now.doubleValue()), bothSides.get());
            }
        });
        sliders.put(joint, slider);
        values.put(joint, value);
        add(name, 0, row);
        add(slider, 1, row);
        add(value, 2, row);
    }

    private void sync() {
        syncing = true;
        try {
            for (Map.Entry<Joint, Slider> entry : sliders.entrySet()) {
                double now = model.joint(frame, entry.getKey());
                entry.getValue().setValue(now);
                values.get(entry.getKey()).setText(shown(entry.getKey(), now));
            }
        } finally {
            syncing = false;
        }
    }

    /** Shift and lift are in figure heights; everything else is degrees. */
    private static boolean fine(Joint joint) {
        return joint == Joint.SHIFT || joint == Joint.LIFT;
    }

    private static double round(Joint joint, double value) {
        return fine(joint) ? Math.round(value * 100) / 100.0 : Math.round(value);
    }

    private static String shown(Joint joint, double value) {
        return fine(joint) ? String.format(Locale.ROOT, "%.2f", value) : Math.round(value) + "°";
    }
}
