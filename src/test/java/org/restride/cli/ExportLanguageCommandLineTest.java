package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Workspace;
import org.restride.store.IssuedHandout;

/**
 * {@code export --language}: the handout's language is the one typed, else the one on her details, else the
 * clinic's; the PDF says so in its catalog (/Lang) and her history keeps it with the handout.
 */
class ExportLanguageCommandLineTest {
    @TempDir
    Path folder;
    Path data;

    @BeforeEach
    void fillTheDemoClinic() {
        data = CliRun.sampleClinic(folder);
    }

    private CliRun export(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "export";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.inData(data, all);
    }

    /** Exports with the given options to a new file, which must be written; that file. */
    private Path written(String... options) {
        Path out = folder.resolve("handout-" + System.nanoTime() + ".pdf");
        String[] args = Arrays.copyOf(options, options.length + 2);
        args[options.length] = "--out";
        args[options.length + 1] = out.toString();
        CliRun run = export(args);
        assertEquals(0, run.code(), run.err());
        return out;
    }

    /** Exports Maya's roadmap (1) with the given options; the PDF's /Lang. */
    private String mayasHandoutIn(String... options) throws Exception {
        String[] args = new String[options.length + 2];
        args[0] = "--roadmap";
        args[1] = "1";
        System.arraycopy(options, 0, args, 2, options.length);
        return catalogLanguage(written(args));
    }

    private static String catalogLanguage(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getDocumentCatalog().getLanguage();
        }
    }

    /** The options her newest issued handout was kept with. */
    private String newestKeptOptions() {
        try (Workspace w = Workspace.open(data)) {
            return w.issuedHandouts().forPatient(1).stream().map(IssuedHandout::options).findFirst().orElseThrow();
        }
    }

    private void setLanguages(String clinic, String mayas) {
        try (Workspace w = Workspace.open(data)) {
            w.clinicProfile().save(w.clinicProfile().load().withLanguage(clinic));
            w.patients().save(w.patients().find(1).orElseThrow().withHandoutLanguage(mayas));
        }
    }

    @Test
    void theLanguageFollowsHerDetailsThenTheClinicAndLanguageGoesOverBoth() throws Exception {
        assertEquals("en", mayasHandoutIn(), "nothing chosen: the clinic's English");
        assertFalse(newestKeptOptions().contains("lang="), newestKeptOptions());

        setLanguages("en", "es");
        assertEquals("es", mayasHandoutIn(), "Español on her details");
        assertTrue(newestKeptOptions().endsWith(";lang=es"), newestKeptOptions());
        assertEquals("en", mayasHandoutIn("--language", "en"), "--language goes over her details");

        setLanguages("es", null);
        assertEquals("es", mayasHandoutIn(), "her details follow the clinic's Spanish");
        setLanguages("es", "en");
        assertEquals("en", mayasHandoutIn(), "English on her details goes over the clinic's Spanish");
        assertEquals("es", mayasHandoutIn("--language", "ES"), "upper case is the same language");
    }

    @Test
    void aTemplatePrintsInTheLanguageTyped() throws Exception {
        Path out = written("--template", "return-to-run", "--patient-name", "Ana Souza", "--language", "es");
        assertEquals("es", catalogLanguage(out));
    }

    @Test
    void aLanguageRestrideHasNoWordsForIsAUsageErrorNamingTheChoices() {
        Path out = folder.resolve("bad.pdf");
        CliRun run = export("--roadmap", "1", "--out", out.toString(), "--language", "fr");
        assertEquals(CommandLineRunner.EXIT_USAGE, run.code(), run.err());
        assertEquals("restride: --language must be one of en, es (was \"fr\") (see restride --help)", run.err().strip());

        CliRun typedBadly = export("--template", "return-to-run", "--patient-name", "Ana", "--out", out.toString(),
                "--language", "\u001b[2J" + "x".repeat(500));
        assertEquals(CommandLineRunner.EXIT_USAGE, typedBadly.code());
        assertEquals(1, typedBadly.err().strip().lines().count(), typedBadly.err());
        assertTrue(typedBadly.err().contains("(was \"\\u001b[2J"), typedBadly.err());
        assertFalse(typedBadly.err().contains("\u001b"), "what was typed is shown escaped");
        assertTrue(typedBadly.err().length() < 200, "and cut short: " + typedBadly.err().length());
        assertEquals(CommandLineRunner.EXIT_USAGE, export("--roadmap", "1", "--out", out.toString(), "--language", "")
                .code(), "an empty language is no language");
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void theHelpNamesTheOption() {
        CliRun help = export("--help");
        assertTrue(help.out().contains("--language=en|es"), help.out());
        assertTrue(help.out().contains("Handout language (default: the patient's, else the"), help.out());
    }
}
