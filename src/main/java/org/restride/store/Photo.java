package org.restride.store;

import java.time.Instant;

/** A photo the clinic attached to an exercise (the image bytes are read separately). */
public record Photo(long id, String exerciseId, String mediaType, int width, int height, String fileName, boolean printed,
                    Instant addedAt) {
}
