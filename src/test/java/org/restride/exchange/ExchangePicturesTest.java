package org.restride.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Workspace;
import org.restride.app.WorkspaceDatabase;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.Template;
import org.restride.domain.TestExercises;
import org.restride.figure.BasePoses;
import org.restride.figure.FigureJson;
import org.restride.store.Database;
import org.restride.store.ExerciseRepository;
import org.restride.store.Photo;
import org.restride.store.PhotoRepository;
import org.restride.store.PictureImport;

/**
 * The clinic's photos and drawn figures travel in exchange files, library and roadmap alike, and arrive as they
 * left: the same pictures, the same one printing, the same figure. A file whose picture is not a real image, or
 * names a picture it does not hold, or carries a figure that cannot be drawn, is refused whole.
 */
class ExchangePicturesTest {
    private static final String FIGURE = "{\"pose\": \"hookLying\", \"start\": {\"shoulders\": -23, \"elbows\": 135},"
            + " \"accent\": [\"ribs\"]}";

    @TempDir
    Path folder;

    static byte[] png(int width, int height, Color colour) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A clinic exercise with two photos (the second prints) and its own drawn figure. */
    private String withPictures(Database db, String id) throws Exception {
        new ExerciseRepository(db).save(TestExercises.exercise(id, "Our bridge"));
        PhotoRepository photos = new PhotoRepository(db);
        PictureImport pictures = new PictureImport(photos, Clock.systemUTC());
        pictures.importBytes(id, "start.png", png(40, 30, Color.BLUE));
        Photo end = pictures.importBytes(id, "end.png", png(30, 60, Color.RED));
        photos.printPhoto(end.id());
        String figure = FigureJson.write(new FigureJson(BasePoses.load()).read(new ObjectMapper().readTree(FIGURE))).toString();
        photos.saveFigure(id, figure);
        return figure;
    }

    private static void assertArrived(Database db, String id, String figure) throws Exception {
        PhotoRepository photos = new PhotoRepository(db);
        List<Photo> list = photos.list(id);
        assertEquals(List.of("start.png", "end.png"), list.stream().map(Photo::fileName).toList());
        assertEquals(List.of(false, true), list.stream().map(Photo::printed).toList());
        BufferedImage second = ImageIO.read(new ByteArrayInputStream(photos.bytes(list.get(1).id()).orElseThrow()));
        assertEquals(30, second.getWidth());
        assertEquals(60, second.getHeight());
        assertEquals(Color.RED.getRGB(), second.getRGB(10, 10));
        assertEquals(figure, photos.figure(id).orElseThrow());
    }

    @Test
    void aLibraryFileCarriesPhotosAndTheDrawnFigure() throws Exception {
        Path file = folder.resolve("ours.restride");
        String figure;
        try (Workspace sender = Workspace.open(folder.resolve("sender"))) {
            figure = withPictures(WorkspaceDatabase.of(sender), "own-bridge");
            assertEquals(1, new LibraryExchange(WorkspaceDatabase.of(sender)).exportTo(file));
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertEquals(3, zip.size(), "restride.json and two photos");
        }
        try (Workspace receiver = Workspace.open(folder.resolve("receiver"))) {
            new LibraryExchange(WorkspaceDatabase.of(receiver)).importFrom(file, DuplicateChoice.ASK);
            assertArrived(WorkspaceDatabase.of(receiver), "own-bridge", figure);
            new LibraryExchange(WorkspaceDatabase.of(receiver)).importFrom(file, DuplicateChoice.KEEP_BOTH);
            assertEquals(2, new PhotoRepository(WorkspaceDatabase.of(receiver)).list("own-bridge").size(),
                    "importing the same file again adds no photos");
        }
    }

    @Test
    void aRoadmapFileCarriesThePicturesOfTheClinicsExercisesItUses() throws Exception {
        Path file = folder.resolve("plan.restride");
        String figure;
        try (Workspace sender = Workspace.open(folder.resolve("sender"))) {
            Database db = WorkspaceDatabase.of(sender);
            figure = withPictures(db, "own-bridge");
            var template = sender.templates().find("return-to-run").orElseThrow();
            var phase = template.phases().get(0);
            var items = new ArrayList<>(phase.items());
            items.add(new PhaseItem("own-bridge", items.get(0).dosage(), null));
            var phases = new ArrayList<>(template.phases());
            phases.set(0, new Phase(phase.kind(), phase.name(), phase.purpose(), phase.weeks(), items,
                    phase.exitCriteria()));
            sender.templates().save(new Template("ours", "Our plan", template.goal(), false, phases));
            new RoadmapExchange(db).exportTemplate("ours", file);
        }
        try (Workspace receiver = Workspace.open(folder.resolve("receiver"))) {
            new RoadmapExchange(WorkspaceDatabase.of(receiver)).importAsTemplate(file, DuplicateChoice.ASK);
            assertArrived(WorkspaceDatabase.of(receiver), "own-bridge", figure);
        }
    }

    @Test
    void aFileWithAPictureThatIsNotARealImageIsRefusedWhole() throws Exception {
        Path good = goodFile();
        String[][] bad = {
                {"pictures/1-1.png", "an HTML page, not a picture", null, "is not a PNG or JPEG picture"},
                {"pictures/1-1.png", null, null, "is empty"},
                {"restride.json", null, "\"pictures/1-1.png\" => \"pictures/9-9.png\"", "names a picture the file does not hold"},
                {"restride.json", null, "\"layout\":\"ghost\" => \"layout\":\"nowhere\"", "the figure cannot be drawn"}};
        for (String[] one : bad) {
            Path file = folder.resolve("bad.restride");
            rewrite(good, file, one[0], one[1], one[2]);
            refusedWhole(file, one[3]);
        }
    }

    /** A library file of one clinic exercise with two photos and a figure. */
    private Path goodFile() throws Exception {
        Path good = folder.resolve("good.restride");
        try (Workspace sender = Workspace.open(folder.resolve("sender"))) {
            withPictures(WorkspaceDatabase.of(sender), "own-bridge");
            new LibraryExchange(WorkspaceDatabase.of(sender)).exportTo(good);
        }
        return good;
    }

    /** Importing the file is refused in one line that names the picture's row and says {@code why}; nothing is saved. */
    private void refusedWhole(Path file, String why) {
        try (Workspace receiver = Workspace.open(folder.resolve("receiver"))) {
            RuntimeException e = assertThrows(RuntimeException.class,
                    () -> new LibraryExchange(WorkspaceDatabase.of(receiver)).importFrom(file, DuplicateChoice.REPLACE));
            assertTrue(e.getMessage().contains(why), e.getMessage());
            assertTrue(e.getMessage().contains("pictures row 1 (\"own-bridge\")") || e.getMessage().contains("in all"),
                    e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
            assertTrue(receiver.exercises().find("own-bridge").isEmpty(), "nothing imported");
        }
    }

    /**
     * Pixels are counted from the pictures' headers before any is decoded: one photo over the per-picture limit, or
     * photos over the limit together (each within it, one named many times), refuse the whole file with the limit
     * named. The pictures here are headers alone: decoding any would have said "damaged" instead.
     */
    @Test
    void photosTooLargeInAllAreRefusedFromTheirHeadersBeforeAnyIsDecoded() throws Exception {
        Path good = goodFile();
        byte[] huge = pngHeader(50_000, 50_000);
        byte[] large = pngHeader(7_000, 7_000);
        String[][] cases = {
                {"pictures/1-1.png", "1", "50,000 × 50,000 pixels, which is too large; pictures up to 50 megapixels"},
                {"pictures/1-2.png", "11", "photos of 539 megapixels in all, and Restride reads at most 500 megapixels"}};
        for (String[] one : cases) {
            Path file = folder.resolve("large.restride");
            int times = Integer.parseInt(one[1]);
            withPhotos(good, file, one[0], times == 1 ? huge : large, times);
            refusedWhole(file, one[2]);
        }
    }

    /** A PNG of a signature and a header alone, declaring this size: nothing that could be decoded. */
    static byte[] pngHeader(int width, int height) {
        ByteBuffer chunk = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width).putInt(height).put(new byte[] {8, 2, 0, 0, 0});
        CRC32 crc = new CRC32();
        crc.update(chunk.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                .putInt(13).put(chunk.array()).putInt((int) crc.getValue()).array();
    }

    /** Copies the zip with {@code picture} in place of {@code entry}, which the first row lists {@code times} times. */
    private static void withPhotos(Path from, Path to, String entry, byte[] picture, int times) throws Exception {
        Path json = to.resolveSibling("edited.json");
        try (ZipFile zip = new ZipFile(from.toFile())) {
            ObjectNode root = (ObjectNode) new ObjectMapper()
                    .readTree(zip.getInputStream(zip.getEntry("restride.json")));
            ArrayNode photos = ((ObjectNode) root.get("pictures").get(0)).putArray("photos");
            for (int i = 0; i < times; i++) {
                photos.addObject().put("file", entry).put("name", "big.png");
            }
            Files.writeString(json, root.toString());
        }
        try (ZipFile zip = new ZipFile(from.toFile()); OutputStream out = Files.newOutputStream(to);
             ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                copy.putNextEntry(new ZipEntry(e.getName()));
                copy.write(e.getName().equals(entry) ? picture
                        : e.getName().equals("restride.json") ? Files.readAllBytes(json) : zip.getInputStream(e).readAllBytes());
                copy.closeEntry();
            }
        }
    }

    /** Copies the zip, putting {@code content} in place of {@code entry}, or editing restride.json with {@code edit}. */
    private static void rewrite(Path from, Path to, String entry, String content, String edit) throws Exception {
        try (ZipFile zip = new ZipFile(from.toFile()); OutputStream out = Files.newOutputStream(to);
             ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(e).readAllBytes();
                if (e.getName().equals(entry)) {
                    if (edit != null) {
                        String[] parts = edit.split(" => ", 2);
                        String json = new String(bytes, StandardCharsets.UTF_8).replaceAll("\"\\s*:\\s*", "\":");
                        String edited = json.replace(parts[0], parts[1]);
                        Assertions.assertNotEquals(json, edited, parts[0]);
                        bytes = edited.getBytes(StandardCharsets.UTF_8);
                    } else {
                        bytes = content == null ? new byte[0] : content.getBytes(StandardCharsets.UTF_8);
                    }
                }
                copy.putNextEntry(new ZipEntry(e.getName()));
                copy.write(bytes);
                copy.closeEntry();
            }
        }
    }
}
