package org.restride.store;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.restride.io.ExifOrientation;
import org.restride.io.Images;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

/**
 * Imports a photo for an exercise: checks that the file really is a PNG or JPEG, refuses empty, damaged and
 * absurdly large ones (the size is read from the header before anything is decoded), scales it so the longest
 * side is at most {@value #MAX_SIDE} px, re-encodes it (dropping camera metadata such as location) and saves it
 * in one transaction. On any problem nothing is saved and the message is one line.
 */
public final class PictureImport {
    public static final int MAX_SIDE = 1600;
    /** Larger pictures are refused before decoding: a 10,000 × 10,000 px image would need 400 MB of memory. */
    public static final long MAX_PIXELS = 50_000_000L;
    static final long MAX_FILE_BYTES = 60L * 1024 * 1024;
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final PhotoRepository photos;
    private final Clock clock;

    public PictureImport(PhotoRepository photos, Clock clock) {
        this.photos = photos;
        this.clock = clock;
    }

    public Photo importFile(String exerciseId, Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes = read(file, name);
        return importBytes(exerciseId, name, bytes);
    }

    /** Imports picture bytes under the given file name (shown in messages and in the photo list). */
    public Photo importBytes(String exerciseId, String name, byte[] bytes) {
        return store(exerciseId, prepare(name, bytes));
    }

    /** A picture checked, scaled and re-encoded, ready to store. */
    public record Prepared(String name, String mediaType, int width, int height, byte[] bytes) {
    }

    /**
     * Checks that the bytes really are a PNG or JPEG picture within the limits, and scales and re-encodes it; saves
     * nothing. Refuses with a one-line {@link PictureImportException}.
     */
    public static Prepared prepare(String name, byte[] bytes) {
        String format = checkedFormat(name, bytes);
        BufferedImage image = decode(bytes, format, name);
        if ("jpeg".equals(format)) {
            image = ExifOrientation.upright(image, ExifOrientation.of(bytes)); // a phone's portrait photo stands up
        }
        BufferedImage scaled = scale(image);
        byte[] encoded = encode(scaled, format, name);
        return new Prepared(name, "png".equals(format) ? "image/png" : "image/jpeg", scaled.getWidth(), scaled.getHeight(),
                encoded);
    }

    /**
     * The picture's size in pixels, read from its header alone (nothing is decoded): lets a file of many pictures
     * be refused whole before any of them is decoded. Refuses what {@link #prepare} would refuse for its kind or
     * its size, and a header that cannot be read.
     */
    public static long pixels(String name, byte[] bytes) {
        String format = checkedFormat(name, bytes);
        return withReader(bytes, format, name, reader -> {
            long[] size = checkedSize(reader, name);
            return size[0] * size[1];
        });
    }

    private static String checkedFormat(String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw new PictureImportException(KeyedProblem.of("problems.picture.empty", Excerpt.path(name)));
        }
        String format = format(bytes);
        if (format == null) {
            throw new PictureImportException(KeyedProblem.of("problems.picture.notPicture", Excerpt.path(name)));
        }
        return format;
    }

    /** Saves a prepared picture as one of the exercise's photos (joining the caller's transaction, if any). */
    public Photo store(String exerciseId, Prepared picture) {
        return photos.add(exerciseId, picture.mediaType(), picture.width(), picture.height(), picture.bytes(),
                picture.name(), clock.instant());
    }

    private static byte[] read(Path file, String name) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new PictureImportException(KeyedProblem.of("problems.picture.tooLarge", Excerpt.path(name), size / (1024 * 1024),
                        MAX_FILE_BYTES / (1024 * 1024)));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PictureImportException(KeyedProblem.of("problems.picture.unreadable", Excerpt.path(name), e), e);
        }
    }

    private static String format(byte[] bytes) {
        if (startsWith(bytes, PNG_MAGIC)) {
            return "png";
        }
        return startsWith(bytes, JPEG_MAGIC) ? "jpeg" : null;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Reads the size from the header first; decodes (subsampled when big) only a picture within the pixel cap. */
    private static BufferedImage decode(byte[] bytes, String format, String name) {
        boolean[] damaged = {false};
        return withReader(bytes, format, name, reader -> {
            reader.addIIOReadWarningListener((source, warning) -> damaged[0] = true);
            long[] size = checkedSize(reader, name);
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.max(1, Math.max(size[0], size[1]) / MAX_SIDE);
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            if (image == null || damaged[0]) {
                throw new PictureImportException(damaged(name, format));
            }
            return image;
        });
    }

    /** The width and height from the header; refuses a picture over the pixel cap. */
    private static long[] checkedSize(ImageReader reader, String name) throws IOException {
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        if (width * height > MAX_PIXELS) {
            throw new PictureImportException(KeyedProblem.of("problems.picture.tooManyPixels", Excerpt.path(name),
                    String.format(Locale.ROOT, "%,d", width), String.format(Locale.ROOT, "%,d", height),
                    MAX_PIXELS / 1_000_000));
        }
        return new long[] {width, height};
    }

    /** Work with a reader on the bytes; anything that goes wrong but a refusal is told as a damaged picture. */
    @FunctionalInterface
    private interface ReaderWork<T> {
        T apply(ImageReader reader) throws IOException;
    }

    private static <T> T withReader(byte[] bytes, String format, String name, ReaderWork<T> work) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("Java has no " + format + " reader");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            return work.apply(reader);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PictureImportException known) {
                throw known;
            }
            throw new PictureImportException(damaged(name, format), e);
        } finally {
            reader.dispose();
        }
    }

    private static KeyedProblem damaged(String name, String format) {
        return KeyedProblem.of("problems.picture.damaged", Excerpt.path(name), "png".equals(format) ? "PNG" : "JPEG");
    }

    private static BufferedImage scale(BufferedImage image) {
        int longest = Math.max(image.getWidth(), image.getHeight());
        double k = longest > MAX_SIDE ? (double) MAX_SIDE / longest : 1;
        int w = Math.max(1, (int) Math.round(image.getWidth() * k));
        int h = Math.max(1, (int) Math.round(image.getHeight() * k));
        return Images.resized(image, w, h);
    }

    private static byte[] encode(BufferedImage image, String format, String name) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if ("png".equals(format)) {
                ImageIO.write(image, "png", out);
            } else {
                ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
                try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                    writer.setOutput(stream);
                    ImageWriteParam param = writer.getDefaultWriteParam();
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(0.88f);
                    writer.write(null, new IIOImage(image, null, null), param);
                } finally {
                    writer.dispose();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new PictureImportException(KeyedProblem.of("problems.picture.notPrepared", Excerpt.path(name), e), e);
        }
    }
}
