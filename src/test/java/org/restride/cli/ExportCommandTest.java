package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Workspace;
import org.restride.app.WorkspaceDatabase;
import org.restride.store.PhotoRepository;
import org.restride.store.PictureImport;

class ExportCommandTest {
    @TempDir
    static Path folder;

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineRunner.run(args, f -> { }, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static Run export(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--data-dir";
        all[1] = folder.resolve("data").toString();
        all[2] = "export";
        System.arraycopy(args, 0, all, 3, args.length);
        return run(all);
    }

    @BeforeAll
    static void fillTheDemoClinic() {
        assertEquals(0, run("--data-dir", folder.resolve("data").toString(), "demo").code());
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aSampleRoadmapIsWrittenAndTheCommandSaysWhere() throws Exception {
        Path out = folder.resolve("maya.pdf");
        Run run = export("--roadmap", "1", "--out", out.toString(), "--paper", "letter", "--large-print");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().matches("Wrote .*maya\\.pdf \\(\\d+ pages\\)\\.\\RKept in her history as handout \\d+\\.\\R"),
                run.out());
        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            assertEquals(612f, document.getPage(0).getMediaBox().getWidth(), 0.01f);
            assertTrue(run.out().contains("(" + document.getNumberOfPages() + " pages)"));
        }
        assertTrue(text(out).contains("Prepared for Maya"));
    }

    @Test
    void theClinicsChosenPhotoPrintsUnlessPicturesAreLeftOut() throws Exception {
        try (Workspace workspace = Workspace.open(folder.resolve("data"))) {
            PhotoRepository photos = new PhotoRepository(WorkspaceDatabase.of(workspace));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB),
                    "png", png);
            long id = new PictureImport(photos, Clock.systemUTC())
                    .importBytes("pelvic-floor-connect-lying", "flicks.png", png.toByteArray()).id();
            photos.printPhoto(id);
        }
        Path with = folder.resolve("with-photo.pdf");
        Path without = folder.resolve("without-pictures.pdf");
        // A phase-1 exercise: Maya is in phase 2, so only the whole roadmap prints its card.
        assertEquals(0, export("--roadmap", "1", "--out", with.toString(), "--all-phases").code());
        assertEquals(0, export("--roadmap", "1", "--out", without.toString(), "--no-pictures", "--all-phases").code());
        assertEquals(1, images(with), "the photo is on the exercise's card");
        assertEquals(0, images(without));
    }

    private static int images(Path pdf) throws Exception {
        int count = 0;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    @Test
    void aTemplateIsPrintedForTheNamedPatient() throws Exception {
        Path out = folder.resolve("ana.pdf");
        Run run = export("--template", "return-to-lift", "--patient-name", "Ana Sousa", "--out", out.toString(),
                "--no-log", "--no-pictures");
        assertEquals(0, run.code(), run.err());
        String text = text(out);
        assertTrue(text.contains("Prepared for Ana"), text);
        assertTrue(text.contains("Your roadmap back to lifting"));
        assertFalse(text.contains("Your weekly log"));
    }

    @Test
    void characterWarningsGoToStandardErrorOneLineEach() throws Exception {
        Path out = folder.resolve("li.pdf");
        Run run = export("--template", "return-to-run", "--patient-name", "李小龙", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        List<String> lines = run.err().strip().lines().toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("restride: warning: 3 characters could not be printed"), lines.get(0));
        assertTrue(Files.size(out) > 10_000);
    }

    @Test
    void badInputGetsOneLineANonZeroExitAndNoFile() throws Exception {
        Path out = folder.resolve("bad.pdf");
        assertFails(export("--roadmap", "99", "--out", out.toString()), CommandLineRunner.EXIT_FAILED, "There is no roadmap 99");
        assertFails(export("--template", "swimming", "--patient-name", "Ana", "--out", out.toString()),
                CommandLineRunner.EXIT_FAILED, "There is no template \"swimming\" (known: ");
        assertFails(export("--roadmap", "1"), CommandLineRunner.EXIT_USAGE, "Missing required option: '--out");
        assertFails(export("--out", out.toString()), CommandLineRunner.EXIT_USAGE, "Give either --roadmap ID or --template KEY");
        assertFails(export("--template", "return-to-run", "--out", out.toString()), CommandLineRunner.EXIT_USAGE,
                "--template needs --patient-name NAME");
        assertFails(export("--roadmap", "1", "--paper", "a3", "--out", out.toString()), CommandLineRunner.EXIT_USAGE,
                "paper size must be one of letter, a4");
        Path nowhere = folder.resolve("no-such-folder").resolve("x.pdf");
        assertFails(export("--roadmap", "1", "--out", nowhere.toString()), CommandLineRunner.EXIT_FAILED, "does not exist");
        assertFails(export("--roadmap", "1", "--out", folder.toString()), CommandLineRunner.EXIT_FAILED, "is a folder");
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(nowhere.getParent()));
        try (Stream<Path> files = Files.list(folder)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    private static void assertFails(Run run, int code, String message) {
        assertEquals(code, run.code(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("restride: "), run.err());
        assertTrue(run.err().contains(message), run.err());
    }
}
