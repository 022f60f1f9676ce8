package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Endless, huge, deep or hostile input is refused before it is parsed, naming the limit, and nothing changes. */
class UnboundedInputCommandLineTest {
    @TempDir
    static Path folder;

    static CliRun inData(String... args) {
        return CliRun.inData(folder.resolve("data"), args);
    }

    @BeforeAll
    static void clinic() {
        assertEquals(0, inData("demo").code());
    }

    static String header() {
        return "{\"format\": \"restride-library\", \"version\": 1, \"exercises\": ";
    }

    /** Runs an import, which must fail in one short line containing {@code expected}, changing nothing. */
    static void refused(String expected, String... args) {
        String before = inData("library", "list").out();
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> inData(args));
        assertEquals(CommandLineRunner.EXIT_FAILED, run.code(), run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().length() < 400, "short: " + run.err().length());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals(before, inData("library", "list").out(), "nothing changed");
    }

    @Test
    void devicesPipesFoldersAndHugeFilesAreNotRead() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        refused("not an ordinary file", "library", "import", "/dev/zero");
        refused("not an ordinary file", "roadmap", "import", "/dev/zero");
        Path pipe = folder.resolve("pipe.json");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0);
        refused("not an ordinary file", "library", "import", pipe.toString());
        refused("is a folder", "library", "import", folder.toString());
        Path huge = folder.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024);
        }
        refused("MB at most", "library", "import", huge.toString());
        Files.delete(huge);
    }

    @Test
    void deepLongAndTrailingJsonIsRefusedNamingTheLimit() throws Exception {
        Path deep = folder.resolve("deep.json");
        Files.writeString(deep, header() + "[".repeat(1000) + "]".repeat(1000) + "}");
        refused("levels at most", "library", "import", deep.toString());
        Path deeper = folder.resolve("deeper.json");
        Files.writeString(deeper, "[".repeat(100_000));
        refused("levels at most", "library", "import", deeper.toString());

        Path longId = folder.resolve("long.json");
        Files.writeString(longId, header() + "[{\"id\": \"" + "x".repeat(10_000_000) + "\"}]}");
        refused("characters at most", "library", "import", longId.toString());

        Path trailing = folder.resolve("trailing.json");
        Files.writeString(trailing, header() + "[]} and then some garbage");
        refused("after the end of its JSON", "library", "import", trailing.toString());

        Path noHeader = folder.resolve("no-header.json");
        Files.writeString(noHeader, "{\"exercises\": []}");
        refused("format is missing", "library", "import", noHeader.toString());

        Path numberFormat = folder.resolve("number-format.json");
        Files.writeString(numberFormat, "{\"format\": 7, \"version\": 1, \"exercises\": []}");
        refused("format must be text (was 7)", "library", "import", numberFormat.toString());
        Path newer = folder.resolve("newer.json");
        Files.writeString(newer, "{\"format\": \"restride-library\", \"version\": 99, \"exercises\": []}");
        refused("newer Restride", "library", "import", newer.toString());
        Path hugeVersion = folder.resolve("huge-version.json");
        Files.writeString(hugeVersion, "{\"format\": \"restride-library\", \"version\": 1e400, \"exercises\": []}");
        refused("version", "library", "import", hugeVersion.toString());
    }

    @Test
    void aHostileIdIsQuotedShortAndEscaped() throws Exception {
        Path hostile = folder.resolve("hostile.json");
        String id = "own-\u001b[2J\u001b[Hfake\nrestride: all good" + "y".repeat(2_000);
        Files.writeString(hostile, header() + "[{\"id\": " + new ObjectMapper().writeValueAsString(id) + "}]}");
        CliRun run = inData("library", "import", hostile.toString());
        assertEquals(CommandLineRunner.EXIT_FAILED, run.code());
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(run.err().contains("\u001b"), run.err());
        assertTrue(run.err().length() < 300, run.err());
    }

    @Test
    void aRoadmapWithThousandsOfPhasesIsRefusedNamingTheLimit() throws Exception {
        Path good = folder.resolve("good.restride");
        assertEquals(0, inData("roadmap", "export", "--template", "return-to-run", "--out", good.toString()).code());
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(good))) {
            zip.getNextEntry();
            root = (ObjectNode) mapper.readTree(zip.readAllBytes());
        }
        ArrayNode phases = (ArrayNode) root.get("roadmap").get("phases");
        ArrayNode many = mapper.createArrayNode();
        for (int i = 0; i < 2_000; i++) {
            many.add(phases.get(i % phases.size()));
        }
        ((ObjectNode) root.get("roadmap")).set("phases", many);
        Path big = folder.resolve("big.restride");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(big))) {
            zip.putNextEntry(new ZipEntry("restride.json"));
            zip.write(mapper.writeValueAsBytes(root));
        }
        refused("roadmap.phases has 2000 entries, and at most 20 are read", "roadmap", "import", big.toString());
    }
}
