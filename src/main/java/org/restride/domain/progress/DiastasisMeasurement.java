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
        ABOVE, AT, BELOW;


        public static Level fromKey(String key) {
            return Keyed.fromKey(Level.class, "diastasisSite", key);
        }
    }

    public enum State implements Keyed {
        AT_REST, HEAD_LIFT;


        public static State fromKey(String key) {
            return Keyed.fromKey(State.class, "diastasisState", key);
        }
    }

    public enum Method implements Keyed {
        FINGER_WIDTHS(10), CALIPERS_MM(150), ULTRASOUND_MM(150);

        private final double max;

        Method(double max) {
            this.max = max;
        }

        public double max() {
            return max;
        }

        public static Method fromKey(String key) {
            return Keyed.fromKey(Method.class, "diastasisMethod", key);
        }
    }

    /** How the linea alba feels under the fingers or looks on ultrasound. */
    public enum Tension implements Keyed {
        FIRM, SOME_GIVE, SOFT_AND_DEEP;


        public static Tension fromKey(String key) {
            return Keyed.fromKey(Tension.class, "lineaAlbaTension", key);
        }
    }

    public DiastasisMeasurement {
        Check.present("diastasisSite", level);
        if (level == Level.AT) {
            if (siteCm != 0) {
                throw new ValidationException("diastasisSiteCm", "diastasis.atUmbilicus", Numbers.format(siteCm));
            }
        } else {
            Check.range("diastasisSiteCm", siteCm, 0.5, 15);
        }
        Check.present("diastasisState", state);
        Check.present("diastasisMethod", method);
        Check.range("diastasisWidth", value, 0, method.max());
    }

    /** "4.5 cm above the umbilicus, during a head lift: 2.5 finger-widths, some give, doming", as a phrase. */
    public Phrase describe() {
        Phrase site = level == Level.AT ? Phrase.of("verdict.diastasis.site.at")
                : Phrase.of("verdict.diastasis.site." + level.key(), Numbers.format(siteCm));
        return Phrase.of("verdict.diastasis", site, Phrase.of("verdict.diastasis.state." + state.key()),
                Numbers.format(value), Phrase.of("verdict.diastasis.unit." + method.key()),
                tension == null ? Phrase.of("verdict.diastasis.nothing")
                        : Phrase.of("verdict.diastasis.more", Phrase.of("verdict.diastasis.tension." + tension.key())),
                doming == null ? Phrase.of("verdict.diastasis.nothing") : Phrase.of("verdict.diastasis.more",
                        Phrase.of(doming ? "verdict.diastasis.doming" : "verdict.diastasis.noDoming")));
    }

    /** Whether doming was seen during a head lift, which the verdict treats like doming during a test. */
    public boolean domingOnEffort() {
        return Boolean.TRUE.equals(doming) && state == State.HEAD_LIFT;
    }
}
