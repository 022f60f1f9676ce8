package org.restride.domain.progress;

import java.util.Set;
import org.restride.domain.Bounds;
import org.restride.domain.Check;

/**
 * The short mood and energy checks of a visit (CLINICAL.md, Also ask about): the total of the clinic's licensed mood
 * screen (EPDS 0–30; null when not asked; its items are never stored or shown), signs of low energy availability,
 * and the risk factors she reports. A self-harm answer on the screen is recorded as the self-harm red flag.
 */
public record Wellbeing(Integer moodScore, Set<EnergySign> energy, Set<RiskFactor> risks) {
    public static final int MOOD_MAX = 30;
    /** The mood screen's total (before the constant below, which uses it). */
    public static final Bounds MOOD = new Bounds(0, MOOD_MAX);
    public static final Wellbeing NOT_ASKED = new Wellbeing(null, Set.of(), Set.of());
    /** EPDS 10 or more: possible depression. */
    public static final int POSSIBLE_DEPRESSION = 10;
    /** EPDS 13 or more: probable depression. */
    public static final int PROBABLE_DEPRESSION = 13;

    public Wellbeing {
        Check.optionalRange("moodScreenScore", moodScore, MOOD.min(), MOOD.max());
        energy = Set.copyOf(energy == null ? Set.of() : energy);
        risks = Set.copyOf(risks == null ? Set.of() : risks);
    }
}
