package org.restride.handout;

import java.time.ZoneId;
import java.util.GregorianCalendar;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.restride.handout.layout.Canvas;

/** Title, language, creator and bookmarks. Never the patient's name: the metadata travels with the file. */
final class DocumentProperties {
    static final String CREATOR = "Restride";

    private DocumentProperties() {
    }

    static void apply(PDDocument document, HandoutRequest request, List<Canvas.Mark> marks) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(HandoutWords.sportTitle(request.roadmap()));
        info.setSubject("A staged exercise plan from your physiotherapist");
        info.setCreator(CREATOR);
        info.setProducer(CREATOR);
        info.setCreationDate(GregorianCalendar.from(request.prepared().atStartOfDay(ZoneId.systemDefault())));
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(request.clinic().language());
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        if (!marks.isEmpty()) {
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
            catalog.setDocumentOutline(outline);
            catalog.setPageMode(PageMode.USE_OUTLINES);
        }
    }
}
