package org.restride.handout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.restride.handout.layout.Canvas;

/**
 * Title, author (the clinician), language, creator, bookmarks and the XMP metadata that names the file a PDF/UA-1
 * document. Never the patient's name: the metadata travels with the file.
 */
final class DocumentProperties {
    static final String CREATOR = "Restride";

    private DocumentProperties() {
    }

    static void apply(PDDocument document, HandoutRequest request, List<Canvas.Mark> marks) throws IOException {
        HandoutText words = HandoutText.of(request);
        String title = HandoutWords.sportTitle(words, request.roadmap());
        String author = HandoutWords.therapist(request.clinic());
        if (author == null) {
            author = request.clinic().clinicName();
        }
        String language = language(request.clinic().language(), words.language());
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setSubject(words.get("document.subject"));
        info.setCreator(CREATOR);
        info.setProducer(CREATOR);
        info.setCreationDate(GregorianCalendar.from(request.prepared().atStartOfDay(ZoneId.systemDefault())));
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(language);
        PDMetadata metadata = new PDMetadata(document, new ByteArrayInputStream(
                xmp(title, author, language).getBytes(StandardCharsets.UTF_8)));
        catalog.setMetadata(metadata);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        for (PDPage page : document.getPages()) {
            if (!page.getAnnotations().isEmpty()) {
                page.getCOSObject().setName("Tabs", "S");
            }
        }
        if (!marks.isEmpty()) {
            outline(document, marks);
        }
    }

    private static void outline(PDDocument document, List<Canvas.Mark> marks) {
        PDDocumentOutline outline = new PDDocumentOutline();
        for (Canvas.Mark mark : marks) {
            PDPageXYZDestination destination = new PDPageXYZDestination();
            destination.setPage(document.getPage(mark.page()));
            destination.setTop(Math.round(mark.top()));
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(mark.title());
            item.setDestination(destination);
            outline.addLast(item);
        }
        outline.openNode();
        document.getDocumentCatalog().setDocumentOutline(outline);
        document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    /**
     * The handout's language as a well-formed tag: the clinic's own tag when it is in that language ("en-GB",
     * "es-MX"), else the handout's language code ("es").
     */
    static String language(String clinicLanguage, String handoutLanguage) {
        String tag = Locale.forLanguageTag(clinicLanguage.strip().replace('_', '-')).toLanguageTag();
        return Locale.forLanguageTag(tag).getLanguage().equals(handoutLanguage) ? tag : handoutLanguage;
    }

    private static String xmp(String title, String author, String language) {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                + "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                + "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "   <pdfuaid:part>1</pdfuaid:part>\n"
                + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + (author == null ? "" : "   <dc:creator><rdf:Seq><rdf:li>" + escape(author) + "</rdf:li></rdf:Seq></dc:creator>\n")
                + "   <dc:language><rdf:Bag><rdf:li>" + escape(language) + "</rdf:li></rdf:Bag></dc:language>\n"
                + "   <pdf:Producer>" + CREATOR + "</pdf:Producer>\n"
                + "   <xmp:CreatorTool>" + CREATOR + "</xmp:CreatorTool>\n"
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
