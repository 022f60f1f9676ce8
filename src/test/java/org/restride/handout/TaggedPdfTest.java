package org.restride.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.restride.domain.PaperSize;
import org.restride.domain.Template;

/**
 * Every demo handout and every template's handout, in Letter, A4 and large print, in English and in Spanish, passes
 * veraPDF's PDF/UA-1 check.
 */
class TaggedPdfTest extends DemoHandouts {
    enum Print {
        LETTER(PaperSize.LETTER, false, "en"), A4(PaperSize.A4, false, "en"), LARGE_PRINT(PaperSize.LETTER, true, "en"),
        SPANISH_LETTER(PaperSize.LETTER, false, "es"), SPANISH_LARGE_PRINT(PaperSize.LETTER, true, "es");

        final PaperSize paper;
        final boolean large;
        final String language;

        Print(PaperSize paper, boolean large, String language) {
            this.paper = paper;
            this.large = large;
            this.language = language;
        }

        /** The request printed so, in Spanish with its exercises and built-in texts put into Spanish as the app does. */
        HandoutRequest apply(HandoutRequest request) {
            HandoutRequest printed = request.withOptions(
                    request.options().withPaper(paper).withLargePrint(large).withLanguage(language));
            return new HandoutRequests(clinic.workspace().handoutSources()).inItsLanguage(printed).request();
        }
    }

    static Stream<Arguments> demoHandouts() {
        return Stream.of(0, 1, 2).flatMap(sample -> Stream.of(Print.values()).map(p -> Arguments.of(sample, p)));
    }

    static Stream<Arguments> templateHandouts() {
        List<String> keys = clinic.workspace().templates().all().stream().map(Template::key).toList();
        assertFalse(keys.isEmpty(), "the clinic has templates");
        return keys.stream().flatMap(key -> Stream.of(Print.values()).map(p -> Arguments.of(key, p)));
    }

    @ParameterizedTest(name = "demo roadmap {0}, {1}")
    @MethodSource("demoHandouts")
    void demoHandoutBreaksNoPdfUaRule(int sample, Print print) throws Exception {
        byte[] pdf = renderer.render(print.apply(clinic.request(sample))).pdf();
        assertEquals(List.of(), PdfUa.failedRules(pdf));
    }

    @ParameterizedTest(name = "template {0}, {1}")
    @MethodSource("templateHandouts")
    void templateHandoutBreaksNoPdfUaRule(String key, Print print) throws Exception {
        HandoutRequest request = new HandoutRequests(clinic.workspace().handoutSources())
                .forTemplate(key, "Alex", SampleClinic.PREPARED).orElseThrow();
        byte[] pdf = renderer.render(print.apply(request)).pdf();
        assertEquals(List.of(), PdfUa.failedRules(pdf));
    }

    @Test
    void anUntaggedPdfIsCaught() throws Exception {
        try (PDDocument plain = new PDDocument()) {
            plain.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var out = new java.io.ByteArrayOutputStream();
            plain.save(out);
            assertFalse(PdfUa.failedRules(out.toByteArray()).isEmpty(), "veraPDF finds the faults of a plain PDF");
        }
    }

    @Test
    void catalogNamesLanguageTitleAndAuthor() throws Exception {
        byte[] pdf = renderer.render(clinic.request(0)).pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            assertTrue(catalog.getMarkInfo().isMarked());
            assertFalse(catalog.getLanguage().isBlank());
            assertTrue(catalog.getViewerPreferences().displayDocTitle());
            assertFalse(document.getDocumentInformation().getAuthor().isBlank(), "the clinician is the author");
            String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), xmp);
        }
    }
}
