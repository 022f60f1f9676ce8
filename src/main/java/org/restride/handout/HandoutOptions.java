package org.restride.handout;

import org.restride.domain.Check;
import org.restride.domain.ClinicProfile;
import org.restride.domain.PaperSize;

/**
 * How to print: paper, large print (14 pt body), with or without pictures, with or without the log, and
 * whether to print every phase in full (the whole roadmap, for the clinic file) rather than her handout for now.
 */
public record HandoutOptions(PaperSize paper, boolean largePrint, boolean pictures, boolean log, boolean allPhases) {
    public HandoutOptions {
        Check.present("paper size", paper);
    }

    /** Her handout for now (the current phase in full). */
    public HandoutOptions(PaperSize paper, boolean largePrint, boolean pictures, boolean log) {
        this(paper, largePrint, pictures, log, false);
    }

    /** The clinic's paper, normal print, with pictures and the log, her handout for now. */
    public static HandoutOptions defaultsFor(ClinicProfile clinic) {
        return new HandoutOptions(clinic.paperSize(), false, true, true, false);
    }

    public HandoutOptions withPaper(PaperSize newPaper) {
        return new HandoutOptions(newPaper, largePrint, pictures, log, allPhases);
    }

    public HandoutOptions withLargePrint(boolean on) {
        return new HandoutOptions(paper, on, pictures, log, allPhases);
    }

    public HandoutOptions withPictures(boolean on) {
        return new HandoutOptions(paper, largePrint, on, log, allPhases);
    }

    public HandoutOptions withLog(boolean on) {
        return new HandoutOptions(paper, largePrint, pictures, on, allPhases);
    }

    public HandoutOptions withAllPhases(boolean on) {
        return new HandoutOptions(paper, largePrint, pictures, log, on);
    }
}
