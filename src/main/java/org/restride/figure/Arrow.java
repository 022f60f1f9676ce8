package org.restride.figure;

import java.util.Optional;

/**
 * A motion arrow in the accent colour. {@code at} is the body point it belongs to, shifted by {@code dx}/{@code dy}
 * (figure heights). MOVE follows that point from the start frame to the end frame, bowed sideways by {@code bend}
 * (fraction of its length, + bows to the left of travel). STRAIGHT and BOTH_WAYS point along {@code angle}
 * (degrees, 0 right, 90 up) for {@code length}. TURN is an arc of radius {@code length} starting at {@code angle}
 * and sweeping {@code bend} degrees. BREATH is a pair of short arrows pointing apart along {@code angle}.
 */
public record Arrow(Kind kind, BodyPoint at, double dx, double dy, double angle, double length, double bend) {
    public enum Kind {
        MOVE("move"), STRAIGHT("straight"), BOTH_WAYS("bothWays"), TURN("turn"), BREATH("breath");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<Kind> fromKey(String key) {
            for (Kind kind : values()) {
                if (kind.key.equals(key)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    public Arrow {
        if (kind == null || at == null) {
            throw new IllegalArgumentException("an arrow needs a kind and a body point");
        }
    }
}
