package org.restride.figure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A picture of an exercise: a start pose, an optional end pose (for movement), props, the accented body parts
 * and motion arrows. {@code support} names the body point that rests at the height given by the pose's
 * {@link Joint#LIFT} (when null, her lowest point does).
 */
public record Figure(Pose start, Pose end, Layout layout, BodyPoint support, List<Prop> props, List<String> accent,
                     List<Arrow> arrows) {
    /** How two frames share the picture. */
    public enum Layout {
        /** The end frame drawn over a pale start frame: one large figure. */
        GHOST("ghost"),
        /** Start and end side by side. */
        PAIR("pair");

        private final String key;

        Layout(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public Figure {
        if (start == null) {
            throw new IllegalArgumentException("a figure needs a start pose");
        }
        layout = layout == null ? Layout.GHOST : layout;
        props = List.copyOf(props == null ? List.of() : props);
        accent = List.copyOf(accent == null ? List.of() : accent);
        arrows = List.copyOf(arrows == null ? List.of() : arrows);
        for (String name : accent) {
            if (BodyPart.byName(name).isEmpty()) {
                throw new IllegalArgumentException("accent \"" + name + "\" is not one of " + BodyPart.names());
            }
        }
    }

    /** A still figure: one pose, nothing else. */
    public static Figure still(Pose pose) {
        return new Figure(pose, null, Layout.GHOST, null, List.of(), List.of(), List.of());
    }

    public boolean moves() {
        return end != null;
    }

    public Figure withStart(Pose pose) {
        return new Figure(pose, end, layout, support, props, accent, arrows);
    }

    public Figure withEnd(Pose pose) {
        return new Figure(start, pose, layout, support, props, accent, arrows);
    }

    public Set<BodyPart> accentParts() {
        Set<BodyPart> parts = EnumSet.noneOf(BodyPart.class);
        for (String name : accent) {
            parts.addAll(BodyPart.byName(name).orElseThrow());
        }
        return parts;
    }

    public Figure withAccent(List<String> names) {
        return new Figure(start, end, layout, support, props, new ArrayList<>(names), arrows);
    }
}
