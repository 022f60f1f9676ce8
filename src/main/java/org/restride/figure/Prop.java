package org.restride.figure;

/**
 * A prop placed relative to a body point. {@code dx}/{@code dy} shift it (figure heights, page directions),
 * {@code size} scales it, {@code angle} turns it (degrees, where the prop has a direction). {@code to} is the
 * second end of a band (optional). A fixed prop is placed from the start frame unless {@code atEnd}.
 */
public record Prop(PropType type, BodyPoint at, BodyPoint to, double dx, double dy, double size, double angle,
                   boolean atEnd) {
    public Prop {
        if (type == null || at == null) {
            throw new IllegalArgumentException("a prop needs a type and a body point");
        }
        if (!(size > 0) || size > 5) {
            throw new IllegalArgumentException("a prop's size must be more than 0 and at most 5");
        }
    }

    public static Prop at(PropType type, BodyPoint at) {
        return new Prop(type, at, null, 0, 0, 1, 0, false);
    }
}
