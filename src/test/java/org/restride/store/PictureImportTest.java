package org.restride.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.domain.TestExercises;

class PictureImportTest {
    private static final String EXERCISE = "wall-sit";

    @TempDir
    Path folder;
    Database db;
    PhotoRepository photos;
    PictureImport pictures;

    @BeforeEach
    void open() {
        db = Database.openFolder(folder.resolve("data"));
        new ExerciseRepository(db).save(TestExercises.exercise(EXERCISE, "Wall sit"));
        photos = new PhotoRepository(db);
        pictures = new PictureImport(photos, Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aPngIsStoredWithItsSizeAndCanBeReadBack() throws IOException {
        Photo photo = pictures.importFile(EXERCISE, write("bridge.png", encode(image(640, 480), "png")));
        assertEquals("image/png", photo.mediaType());
        assertEquals(640, photo.width());
        assertEquals(480, photo.height());
        assertEquals("bridge.png", photo.fileName());
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(photos.bytes(photo.id()).orElseThrow()));
        assertEquals(640, back.getWidth());
        assertEquals(List.of(photo), photos.list(EXERCISE));
    }

    @Test
    void aBigJpegIsScaledSoItsLongestSideIs1600() throws IOException {
        Photo photo = pictures.importFile(EXERCISE, write("phone.jpg", encode(image(4000, 3000), "jpeg")));
        assertEquals("image/jpeg", photo.mediaType());
        assertEquals(1600, photo.width());
        assertEquals(1200, photo.height());
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(photos.bytes(photo.id()).orElseThrow()));
        assertEquals(1600, back.getWidth());
        assertEquals(1200, back.getHeight());
    }

    @Test
    void aTextFileIsRefusedAndNothingIsSaved() throws IOException {
        Path file = write("notes.png", "these are my notes".getBytes());
        PictureImportException e = assertThrows(PictureImportException.class, () -> pictures.importFile(EXERCISE, file));
        assertEquals("notes.png is not a PNG or JPEG picture. Choose a PNG or JPEG photo.", e.getMessage());
        assertTrue(photos.list(EXERCISE).isEmpty());
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path file = write("empty.jpg", new byte[0]);
        PictureImportException e = assertThrows(PictureImportException.class, () -> pictures.importFile(EXERCISE, file));
        assertEquals("empty.jpg is empty (0 bytes). Choose a PNG or JPEG photo.", e.getMessage());
        assertTrue(photos.list(EXERCISE).isEmpty());
    }

    @Test
    void aCutOffJpegIsRefusedAsDamaged() throws IOException {
        byte[] whole = encode(image(800, 600), "jpeg");
        Path file = write("cut.jpg", Arrays.copyOf(whole, whole.length / 3));
        PictureImportException e = assertThrows(PictureImportException.class, () -> pictures.importFile(EXERCISE, file));
        assertEquals("cut.jpg looks like a JPEG picture but is damaged and cannot be read.", e.getMessage());
        assertTrue(photos.list(EXERCISE).isEmpty());
    }

    @Test
    void aPngWithABrokenHeaderIsRefusedAsDamaged() throws IOException {
        byte[] bytes = encode(image(200, 100), "png");
        Arrays.fill(bytes, 8, 40, (byte) 0x55);
        Path file = write("broken.png", bytes);
        PictureImportException e = assertThrows(PictureImportException.class, () -> pictures.importFile(EXERCISE, file));
        assertEquals("broken.png looks like a PNG picture but is damaged and cannot be read.", e.getMessage());
    }

    @Test
    void a10000By10000PictureIsRefusedFromItsHeaderBeforeDecoding() throws IOException {
        // A real PNG whose header claims 10,000 × 10,000 px: decoding it would need 400 MB; the header is enough to say no.
        Path file = write("huge.png", withPngSize(encode(image(16, 16), "png"), 10_000, 10_000));
        PictureImportException e = assertThrows(PictureImportException.class, () -> pictures.importFile(EXERCISE, file));
        assertEquals("huge.png is 10,000 × 10,000 pixels, which is too large; pictures up to 50 megapixels can be imported.",
                e.getMessage());
        assertTrue(photos.list(EXERCISE).isEmpty());
    }

    @Test
    void aPhotoForAnExerciseThatIsNotInTheLibraryIsRefused() throws IOException {
        Path file = write("ok.png", encode(image(50, 50), "png"));
        StoreException e = assertThrows(StoreException.class, () -> pictures.importFile("no-such-exercise", file));
        assertEquals("There is no exercise \"no-such-exercise\" in the library.", e.getMessage());
    }

    @Test
    void theChosenPhotoPrintsAndDeletingItBringsBackTheDrawing() throws IOException {
        Photo first = pictures.importFile(EXERCISE, write("a.png", encode(image(100, 80), "png")));
        Photo second = pictures.importFile(EXERCISE, write("b.jpg", encode(image(90, 120), "jpeg")));
        assertTrue(photos.printed(EXERCISE).isEmpty(), "the drawing prints until a photo is chosen");
        photos.printPhoto(first.id());
        photos.printPhoto(second.id());
        assertEquals(second.id(), photos.printed(EXERCISE).orElseThrow().id());
        assertFalse(photos.find(first.id()).orElseThrow().printed());
        photos.delete(second.id());
        assertTrue(photos.printed(EXERCISE).isEmpty());
        photos.printPhoto(first.id());
        photos.printDrawing(EXERCISE);
        assertTrue(photos.printed(EXERCISE).isEmpty());
        assertEquals(1, photos.list(EXERCISE).size());
    }

    @Test
    void theClinicsOwnFigureIsSavedAndRemoved() {
        photos.saveFigure(EXERCISE, "{\"pose\":\"standing\"}");
        assertEquals("{\"pose\":\"standing\"}", photos.figure(EXERCISE).orElseThrow());
        photos.saveFigure(EXERCISE, null);
        assertTrue(photos.figure(EXERCISE).isEmpty());
    }

    @Test
    void cameraMetadataIsNotKeptBecauseThePictureIsReEncoded() throws IOException {
        byte[] original = encode(image(300, 200), "png");
        byte[] withText = withTextChunk(original, "Location: 51.5N 0.1W");
        Photo photo = pictures.importFile(EXERCISE, write("tagged.png", withText));
        byte[] stored = photos.bytes(photo.id()).orElseThrow();
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("Location"));
        assertArrayEquals(Arrays.copyOf(original, 8), Arrays.copyOf(stored, 8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static BufferedImage image(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0F5E63));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xE07A5F));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** Rewrites the IHDR width and height (bytes 16-23) and its checksum. */
    private static byte[] withPngSize(byte[] png, int width, int height) {
        byte[] out = png.clone();
        ByteBuffer.wrap(out, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(out, 12, 17);
        ByteBuffer.wrap(out, 29, 4).putInt((int) crc.getValue());
        return out;
    }

    /** Inserts a tEXt chunk after IHDR, as cameras and editors add metadata. */
    private static byte[] withTextChunk(byte[] png, String text) {
        byte[] data = ("Comment\0" + text).getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.ISO_8859_1)).put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        ByteBuffer out = ByteBuffer.allocate(png.length + chunk.capacity());
        out.put(png, 0, 33).put(chunk.array()).put(png, 33, png.length - 33);
        return out.array();
    }
}
