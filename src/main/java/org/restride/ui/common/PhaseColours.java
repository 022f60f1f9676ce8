package org.restride.ui.common;

import org.restride.domain.PhaseKind;

/** The style class of each phase kind, whose colour the stylesheet sets (the same colours as the handout). */
public final class PhaseColours {
    private PhaseColours() {
    }

    public static String styleClass(PhaseKind kind) {
        return "phase-" + kind.key();
    }

    public static void apply(javafx.scene.Node node, PhaseKind kind) {
        for (PhaseKind other : PhaseKind.values()) {
            node.getStyleClass().remove(styleClass(other));
        }
        node.getStyleClass().add(styleClass(kind));
    }
}
