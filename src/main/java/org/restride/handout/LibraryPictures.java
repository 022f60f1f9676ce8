package org.restride.handout;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.restride.app.Workspace;
import org.restride.figure.Figure;
import org.restride.figure.FigurePainter;
import org.restride.figure.PdfVectorCanvas;
import org.restride.library.PictureFinder;
import org.restride.io.Images;
import org.restride.store.Photo;

/**
 * The library's pictures on handout cards: the photo the clinic chose to print (scaled to fit the box, aspect
 * kept) or else the exercise's drawing, as vector paths. A photo that can no longer be read gives way to the
 * drawing. Each photo is embedded once per handout, however often the exercise appears.
 */
public final class LibraryPictures implements ExercisePictures {
    /** Photos are embedded at about this resolution: sharp in print, small in the file. */
    private static final double PRINT_DPI = 300;
    private static final float JPEG_QUALITY = 0.85f;

    private final PictureFinder finder;
    private final FigurePainter painter = new FigurePainter();
    private final Map<PDDocument, Map<Long, PDImageXObject>> embedded = new WeakHashMap<>();

    public LibraryPictures(PictureFinder finder) {
        this.finder = finder;
    }

    /** The pictures of the workspace's library (reads the built-in figures once). */
    public static LibraryPictures of(Workspace workspace) {
        return new LibraryPictures(workspace.pictureFinder());
    }

    @Override
    public boolean has(String exerciseId) {
        return finder.printed(exerciseId).isPresent();
    }

    @Override
    public void draw(String exerciseId, PDDocument document, PDPageContentStream content, float x, float y, float width,
                     float height) throws IOException {
        Optional<PictureFinder.Picture> picture = finder.printed(exerciseId);
        if (picture.isEmpty()) {
            return;
        }
        if (picture.get() instanceof PictureFinder.PrintedPhoto printed) {
            Optional<PDImageXObject> image = embed(document, printed.photo(), width, height);
            if (image.isPresent()) {
                drawFitted(content, image.get(), x, y, width, height);
                return;
            }
        }
        Optional<PictureFinder.Drawing> drawing = picture.get() instanceof PictureFinder.Drawing d ? Optional.of(d)
                : finder.drawing(exerciseId);
        if (drawing.isPresent()) {
            PdfVectorCanvas.paint(content, x, y, width, height, printable(drawing.get().figure()), painter);
        }
    }

    /**
     * A moving figure as start and end side by side: the pale "ghost" start position of the screen drawing
     * vanishes in a black-and-white printout.
     */
    static Figure printable(Figure figure) {
        if (!figure.moves() || figure.layout() == Figure.Layout.PAIR) {
            return figure;
        }
        return new Figure(figure.start(), figure.end(), Figure.Layout.PAIR, figure.support(), figure.props(),
                figure.accent(), figure.arrows());
    }

    private static void drawFitted(PDPageContentStream content, PDImageXObject image, float x, float y, float width,
                                   float height) throws IOException {
        float scale = Math.min(width / image.getWidth(), height / image.getHeight());
        float w = image.getWidth() * scale;
        float h = image.getHeight() * scale;
        content.drawImage(image, x + (width - w) / 2, y + (height - h) / 2, w, h);
    }

    /** The photo as an image of this document, made on first use; empty if its bytes cannot be read. */
    private Optional<PDImageXObject> embed(PDDocument document, Photo photo, float width, float height) throws IOException {
        synchronized (embedded) {
            PDImageXObject known = embedded.computeIfAbsent(document, d -> new HashMap<>()).get(photo.id());
            if (known != null) {
                return Optional.of(known);
            }
        }
        Optional<BufferedImage> decoded = finder.photos().bytes(photo.id()).flatMap(LibraryPictures::decode);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        BufferedImage image = shrink(decoded.get(), width, height);
        PDImageXObject made = "image/png".equals(photo.mediaType()) ? LosslessFactory.createFromImage(document, image)
                : JPEGFactory.createFromImage(document, image, JPEG_QUALITY);
        synchronized (embedded) {
            embedded.computeIfAbsent(document, d -> new HashMap<>()).put(photo.id(), made);
        }
        return Optional.of(made);
    }

    private static Optional<BufferedImage> decode(byte[] bytes) {
        try {
            return Optional.ofNullable(ImageIO.read(new ByteArrayInputStream(bytes)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Scales the photo down to what the box needs at {@link #PRINT_DPI}, halving first so detail averages out. */
    static BufferedImage shrink(BufferedImage image, float boxWidth, float boxHeight) {
        double fit = Math.min(boxWidth / image.getWidth(), boxHeight / image.getHeight()) * PRINT_DPI / 72;
        if (fit >= 1) {
            return image;
        }
        int targetW = Math.max(1, (int) Math.round(image.getWidth() * fit));
        int targetH = Math.max(1, (int) Math.round(image.getHeight() * fit));
        BufferedImage out = image;
        while (out.getWidth() / 2 >= targetW && out.getHeight() / 2 >= targetH) {
            out = Images.resized(out, out.getWidth() / 2, out.getHeight() / 2);
        }
        return Images.resized(out, targetW, targetH);
    }
}
