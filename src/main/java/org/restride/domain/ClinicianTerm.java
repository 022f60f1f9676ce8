package org.restride.domain;

/** What the clinic calls its clinicians on paper: the word itself lives in the text files. */
public enum ClinicianTerm implements Keyed {
    PHYSICAL_THERAPIST, PHYSIOTHERAPIST;

    public static ClinicianTerm fromKey(String key) {
        return Keyed.fromKey(ClinicianTerm.class, "clinicianTerm", key);
    }
}
