package org.restride.handout;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.restride.domain.ClinicProfile;
import org.restride.domain.Roadmap;

/** The few phrases the handout builds from the request. */
final class HandoutWords {
    private HandoutWords() {
    }

    /** "Your roadmap back to running" (or lifting, or running and lifting). */
    static String sportTitle(HandoutText words, Roadmap roadmap) {
        return words.get("sport." + roadmap.sport().name().toLowerCase(Locale.ROOT));
    }

    /** The roadmap's own title when it is a more precise version of the sport title, else the sport title. */
    static String title(HandoutText words, Roadmap roadmap) {
        String sport = sportTitle(words, roadmap);
        return roadmap.title().toLowerCase(Locale.ROOT).startsWith(sport.toLowerCase(Locale.ROOT)) ? roadmap.title() : sport;
    }

    /** The roadmap's title when the heading doesn't already say it. */
    static String subtitle(HandoutText words, Roadmap roadmap) {
        return title(words, roadmap).equals(roadmap.title()) ? null : roadmap.title();
    }

    static String therapist(ClinicProfile clinic) {
        if (clinic.therapistName() == null) {
            return null;
        }
        return clinic.credentials() == null ? clinic.therapistName() : clinic.therapistName() + ", " + clinic.credentials();
    }

    /** Address, phone, email and website, those that are known, separated by dots. */
    static String contact(ClinicProfile clinic) {
        return Stream.of(clinic.address(), clinic.phone(), clinic.email(), clinic.website())
                .filter(Objects::nonNull).collect(Collectors.joining("  ·  "));
    }

    /** "call 020 7946 0123 or email hello@…", or null when the clinic gave neither. */
    static String howToReach(HandoutText words, ClinicProfile clinic) {
        if (clinic.phone() != null && clinic.email() != null) {
            return words.get("contact.callOrEmail", clinic.phone(), clinic.email());
        }
        if (clinic.phone() != null) {
            return words.get("contact.call", clinic.phone());
        }
        return clinic.email() == null ? null : words.get("contact.email", clinic.email());
    }
}
