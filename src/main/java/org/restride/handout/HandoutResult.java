package org.restride.handout;

import java.nio.file.Path;
import java.util.List;

/**
 * A rendered handout.
 *
 * @param pdf       the whole PDF
 * @param pageCount how many pages it has
 * @param warnings  things the PT should know, one plain sentence each (characters replaced, a logo that could not
 *                  be read, exercises missing from the library); empty when all went well
 * @param file      where it was written, or null when it was only rendered
 */
public record HandoutResult(byte[] pdf, int pageCount, List<String> warnings, Path file) {
    public HandoutResult {
        warnings = List.copyOf(warnings);
    }

    HandoutResult writtenTo(Path target) {
        return new HandoutResult(pdf, pageCount, warnings, target);
    }
}
