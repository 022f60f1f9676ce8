package org.restride.handout;

import java.awt.image.BufferedImage;

/**
 * A handout made for the screen.
 *
 * @param result    the handout, as the export would write it (its contents not compressed)
 * @param firstPage its first page, drawn while it was made; null when it has no pages
 */
public record HandoutPreview(HandoutResult result, BufferedImage firstPage) {
}
