package org.restride.handout;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws an exercise's picture into its card. Cards leave a picture box (about 120 × 90 pt) at their left when
 * pictures are on and {@link #has} says there is one; otherwise the card's text takes the whole width.
 * <p>
 * {@link #draw} gets the document (to add a photo to), the page's content stream and the box in PDF user space
 * (points, origin bottom-left). The renderer saves the graphics state before the call and restores it after, and
 * clips to the box, so an implementation may change colours, line widths or the transform freely; drawings should
 * be vector paths (they print sharply in black and white), and it must not begin text it does not end.
 */
public interface ExercisePictures {
    /** No pictures at all: every card lays out without one. */
    ExercisePictures NONE = new ExercisePictures() {
        @Override
        public boolean has(String exerciseId) {
            return false;
        }

        @Override
        public void draw(String exerciseId, PDDocument document, PDPageContentStream content, float x, float y, float width,
                         float height) {
        }
    };

    boolean has(String exerciseId);

    void draw(String exerciseId, PDDocument document, PDPageContentStream content, float x, float y, float width,
              float height) throws IOException;
}
