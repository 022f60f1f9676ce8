package org.restride.handout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

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
