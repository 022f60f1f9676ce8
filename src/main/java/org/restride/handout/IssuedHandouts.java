package org.restride.handout;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.restride.domain.PaperSize;
import org.restride.store.IssuedHandout;
import org.restride.store.IssuedHandoutRepository;
import org.restride.text.Languages;
import org.restride.text.Words;

/**
 * Keeps each handout made for a patient's saved roadmap exactly as it was issued, and says in words how one was
 * made. A template printed for a name typed in, or a roadmap not yet saved, belongs to no one's history.
 */
public final class IssuedHandouts {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final IssuedHandoutRepository repository;

    public IssuedHandouts(IssuedHandoutRepository repository) {
        this.repository = repository;
    }

    /** Keeps the handout in the patient's history; empty when it was not made from a saved roadmap. */
    public Optional<IssuedHandout> keep(HandoutRequest request, HandoutResult result, IssuedHandout.Channel channel,
                                        Instant now) {
        if (request.roadmap().id() == null) {
            return Optional.empty();
        }
        return Optional.of(repository.add(request.roadmap().patientId(), request.roadmap().id(),
                request.roadmap().title(), now, channel, options(request.options()), result.pageCount(), result.pdf()));
    }

    /** The options as stored: {@code paper=letter;large=0;pictures=1;log=1;all=0}, then {@code ;lang=es} if not English. */
    static String options(HandoutOptions options) {
        return "paper=" + options.paper().key() + ";large=" + bit(options.largePrint()) + ";pictures="
                + bit(options.pictures()) + ";log=" + bit(options.log()) + ";all=" + bit(options.allPhases())
                + (options.language().equals(Languages.DEFAULT) ? "" : ";lang=" + options.language());
    }

    private static String bit(boolean on) {
        return on ? "1" : "0";
    }

    /** How a handout was made, in words: "Letter, large print, no pictures". Unknown parts are left out. */
    public static String describe(Words words, String stored) {
        Map<String, String> parts = new HashMap<>();
        for (String part : stored.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                parts.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        List<String> said = new ArrayList<>();
        String paper = parts.get("paper");
        if (PaperSize.LETTER.key().equals(paper) || PaperSize.A4.key().equals(paper)) {
            said.add(words.get("issued.options.paper." + paper));
        }
        for (String flag : List.of("large", "all")) {
            if ("1".equals(parts.get(flag))) {
                said.add(words.get("issued.options." + flag));
            }
        }
        for (String flag : List.of("pictures", "log")) {
            if ("0".equals(parts.get(flag))) {
                said.add(words.get("issued.options.no." + flag));
            }
        }
        String language = Languages.supported(parts.get("lang"));
        if (language != null && !language.equals(Languages.DEFAULT)) {
            said.add(words.get("issued.options.language", Locale.forLanguageTag(language).getDisplayLanguage(words.locale())));
        }
        return String.join(", ", said);
    }

    /** One line of a list of issued handouts: id, local date and time, how, pages, options, title. */
    public static String line(Words words, IssuedHandout handout, ZoneId zone) {
        return words.get("issued.line", handout.id(), WHEN.format(handout.issuedAt().atZone(zone)),
                words.get("issued.channel." + handout.channel().key()), handout.pageCount(),
                describe(words, handout.options()), handout.title());
    }
}
