package org.restride.handout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/** A tagged PDF's structure tree read back, element by element in reading order. */
final class StructureOutline {
    /** One element: its type, depth, alternate description, and the types of its element children. */
    record Element(String type, int depth, String alt, List<String> children, String actual) {
    }

    private StructureOutline() {
    }

    static List<Element> read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Element> elements = new ArrayList<>();
            var root = document.getDocumentCatalog().getStructureTreeRoot();
            if (root != null) {
                walk(root, 0, elements);
            }
            return elements;
        }
    }

    /** A heading's text and the page (from 0) where it starts. */
    record Heading(String text, int page) {
        @Override
        public String toString() {
            return text + " (p" + (page + 1) + ")";
        }
    }

    /** Every heading (H1–H6), in reading order: what a screen reader lists, and the order she reads. */
    static List<Heading> headings(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<COSDictionary, Map<Integer, String>> marked = new IdentityHashMap<>();
            Map<COSDictionary, Integer> pages = new IdentityHashMap<>();
            for (PDPage page : document.getPages()) {
                pages.put(page.getCOSObject(), pages.size());
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                Map<Integer, String> texts = new TreeMap<>();
                extractor.getMarkedContents().forEach(content -> collect(content, texts));
                marked.put(page.getCOSObject(), texts);
            }
            List<Heading> headings = new ArrayList<>();
            var root = document.getDocumentCatalog().getStructureTreeRoot();
            if (root != null) {
                headings(root, marked, pages, headings);
            }
            return headings;
        }
    }

    private static void collect(PDMarkedContent content, Map<Integer, String> texts) {
        StringBuilder text = new StringBuilder();
        float line = Float.NaN;
        for (Object part : content.getContents()) {
            if (part instanceof TextPosition glyph) {
                if (!Float.isNaN(line) && Math.abs(glyph.getYDirAdj() - line) > 1) {
                    text.append(' '); // a wrapped line goes on after a space
                }
                line = glyph.getYDirAdj();
                text.append(glyph.getUnicode());
            } else if (part instanceof PDMarkedContent inner) {
                collect(inner, texts);
            }
        }
        if (content.getMCID() >= 0) {
            texts.merge(content.getMCID(), text.toString(), String::concat);
        }
    }

    private static void headings(PDStructureNode node, Map<COSDictionary, Map<Integer, String>> marked,
                                 Map<COSDictionary, Integer> pages, List<Heading> out) {
        boolean heading = node instanceof PDStructureElement e && e.getStructureType().matches("H[1-6]");
        List<String> text = new ArrayList<>();
        int first = -1;
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                headings(element, marked, pages, out);
                continue;
            }
            PDPage page = kid instanceof PDMarkedContentReference reference && reference.getPage() != null
                    ? reference.getPage() : heading ? ((PDStructureElement) node).getPage() : null;
            Integer mcid = kid instanceof PDMarkedContentReference reference ? Integer.valueOf(reference.getMCID())
                    : kid instanceof Integer direct ? direct : null;
            if (heading && page != null && mcid != null) {
                text.add(marked.get(page.getCOSObject()).getOrDefault(mcid, ""));
                first = first < 0 ? pages.get(page.getCOSObject()) : first;
            }
        }
        if (heading) {
            out.add(new Heading(String.join(" ", text).replaceAll("\\s+", " ").strip(), first));
        }
    }

    private static void walk(PDStructureNode node, int depth, List<Element> out) {
        List<PDStructureElement> kids = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                kids.add(element);
            }
        }
        if (node instanceof PDStructureElement element) {
            out.add(new Element(element.getStructureType(), depth, element.getAlternateDescription(),
                    kids.stream().map(PDStructureElement::getStructureType).toList(), element.getActualText()));
        }
        for (PDStructureElement kid : kids) {
            walk(kid, depth + 1, out);
        }
    }
}
