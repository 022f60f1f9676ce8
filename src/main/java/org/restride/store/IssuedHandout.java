package org.restride.store;

import java.time.Instant;
import org.restride.domain.Check;
import org.restride.domain.Keyed;

/**
 * A handout as it was issued to a patient, without its PDF (read that with {@link IssuedHandoutRepository#pdf}).
 *
 * @param id        null before it is stored
 * @param roadmapId the roadmap it was made from; null once that roadmap is deleted
 * @param title     the roadmap's title when it was made
 * @param options   how it was made, as {@code paper=letter;large=0;pictures=1;log=1;all=0}
 * @param size      the PDF's size in bytes
 */
public record IssuedHandout(Long id, long patientId, Long roadmapId, String title, Instant issuedAt, Channel channel,
                            String options, int pageCount, int size) {
    /** How the handout left the clinic. */
    public enum Channel implements Keyed {
        EXPORT, PRINT;

        static Channel fromKey(String key) {
            return Keyed.fromKey(Channel.class, "handout channel", key);
        }
    }

    /** The largest PDF kept (a handout is well under 1 MB). */
    public static final int MOST_BYTES = 25 * 1024 * 1024;

    public IssuedHandout {
        title = Check.text("title", title, 200);
        Check.present("issued at", issuedAt);
        Check.present("channel", channel);
        options = Check.text("options", options, 200);
        if (pageCount < 1) {
            throw new IllegalArgumentException("a handout has at least one page");
        }
    }
}
