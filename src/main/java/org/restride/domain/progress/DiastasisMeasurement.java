package org.restride.domain.progress;

import org.restride.domain.Check;
import org.restride.domain.Keyed;
import org.restride.domain.Numbers;
import org.restride.domain.ValidationException;

/**
 * One measurement of the gap between the two sides of the abdominal wall (diastasis recti), as CLINICAL.md asks
 * to record it: the site (cm above or below the umbilicus, or at it), the state (at rest or during a head lift),
 * the method and its value, the depth or tension of the linea alba, and whether doming was seen. Tension and
 * doming may be left out (not assessed).
 */
public record DiastasisMeasurement(Level level, double siteCm, State state, Method method, double value,
                                   Tension tension, Boolean doming) {
    /** The usual palpation cut-off: a gap of 2 or more finger-widths. */
    public static final double FINGER_WIDTH_CUT_OFF = 2;

    public enum Level implements Keyed {
        ABOVE("above the umbilicus"), AT("at the umbilicus"), BELOW("below the umbilicus");

        private final String words;

        Level(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        public static Level fromKey(String key) {
            return Keyed.fromKey(Level.class, "diastasis site", key);
        }
    }

    public enum State implements Keyed {
        AT_REST("at rest"), HEAD_LIFT("during a head lift");

        private final String words;

        State(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        public static State fromKey(String key) {
            return Keyed.fromKey(State.class, "diastasis state", key);
        }
    }

    public enum Method implements Keyed {
        FINGER_WIDTHS("finger-widths", 10), CALIPERS_MM("mm (calipers)", 150), ULTRASOUND_MM("mm (ultrasound)", 150);

        private final String unit;
        private final double max;

        Method(String unit, double max) {
            this.unit = unit;
            this.max = max;
        }

        public String unit() {
            return unit;
        }

        public double max() {
            return max;
        }

        public static Method fromKey(String key) {
            return Keyed.fromKey(Method.class, "diastasis method", key);
        }
    }

    /** How the linea alba feels under the fingers or looks on ultrasound. */
    public enum Tension implements Keyed {
        FIRM("firm"), SOME_GIVE("some give"), SOFT_AND_DEEP("soft, fingers sink deep");

        private final String words;

        Tension(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        public static Tension fromKey(String key) {
            return Keyed.fromKey(Tension.class, "linea alba tension", key);
        }
    }

    public DiastasisMeasurement {
        Check.present("diastasis site", level);
        if (level == Level.AT) {
            if (siteCm != 0) {
                throw new ValidationException("diastasis site cm", "must be 0 at the umbilicus (was "
                        + Numbers.format(siteCm) + ")");
            }
        } else {
            Check.range("diastasis site cm", siteCm, 0.5, 15);
        }
        Check.present("diastasis state", state);
        Check.present("diastasis method", method);
        Check.range("diastasis width", value, 0, method.max());
    }

    /** "4.5 cm above the umbilicus, during a head lift: 2.5 finger-widths, some give, doming". */
    public String describe() {
        String site = level == Level.AT ? level.words() : Numbers.format(siteCm) + " cm " + level.words();
        StringBuilder text = new StringBuilder(site).append(", ").append(state.words()).append(": ")
                .append(Numbers.format(value)).append(' ').append(method.unit());
        if (tension != null) {
            text.append(", ").append(tension.words());
        }
        if (doming != null) {
            text.append(doming ? ", doming" : ", no doming");
        }
        return text.toString();
    }

    /** Whether doming was seen during a head lift, which the verdict treats like doming during a test. */
    public boolean domingOnEffort() {
        return Boolean.TRUE.equals(doming) && state == State.HEAD_LIFT;
    }
}
