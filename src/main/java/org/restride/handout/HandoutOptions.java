package org.restride.handout;

import org.restride.domain.Check;
import org.restride.domain.ClinicProfile;
import org.restride.domain.PaperSize;

/** How to print: paper, large print (14 pt body), with or without pictures, with or without the weekly log. */
public record HandoutOptions(PaperSize paper, boolean largePrint, boolean pictures, boolean log) {
    public HandoutOptions {
        Check.present("paper size", paper);
    }

    /** The clinic's paper, normal print, with pictures and the log. */
    public static HandoutOptions defaultsFor(ClinicProfile clinic) {
        return new HandoutOptions(clinic.paperSize(), false, true, true);
    }

    public HandoutOptions withPaper(PaperSize newPaper) {
        return new HandoutOptions(newPaper, largePrint, pictures, log);
    }

    public HandoutOptions withLargePrint(boolean on) {
        return new HandoutOptions(paper, on, pictures, log);
    }

    public HandoutOptions withPictures(boolean on) {
        return new HandoutOptions(paper, largePrint, on, log);
    }

    public HandoutOptions withLog(boolean on) {
        return new HandoutOptions(paper, largePrint, pictures, on);
    }
}
