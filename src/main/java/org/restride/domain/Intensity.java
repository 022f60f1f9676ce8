package org.restride.domain;

import java.math.BigDecimal;

/** How hard a set should feel or how much it carries. */
public sealed interface Intensity {
    /** Rate of perceived exertion, 0 (rest) to 10 (all-out). */
    record Rpe(int value) implements Intensity {
        public static final Bounds BOUNDS = new Bounds(0, 10);

        public Rpe {
            BOUNDS.check("rpe", value);
        }
    }

    record Load(double value, WeightUnit unit) implements Intensity {
        public static final double MAX = 1000;

        public Load {
            Check.positive("load", value, MAX);
            Check.present("loadUnit", unit);
        }

        /** The amount as a number to show, never in exponent notation: "10", "2.5", "0.0001". */
        public String amount() {
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    record Band(String colour) implements Intensity {
        public Band {
            colour = Check.text("band", colour, 30);
        }
    }
}
