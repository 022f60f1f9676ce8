package org.restride.handout.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;

/**
 * The document's structure tree, built in reading order as the pages are drawn: elements are opened and closed
 * around blocks, and each piece of marked content on a page is tied to the element it belongs to.
 * Heading levels never skip: a heading is at most one level below the one before it. List items met outside a
 * list are gathered into one: consecutive items share it.
 */
final class Structure {
    /** An open element and its role; {@code implied} for a list opened only because list items came without one. */
    record Open(Role role, PDStructureElement element, boolean implied) {
        Open(Role role, PDStructureElement element) {
            this(role, element, false);
        }
    }

    private final Deque<Open> open = new ArrayDeque<>();
    private final Map<Integer, COSBase> parentTree = new HashMap<>();
    private List<PDStructureElement> pageContent = new ArrayList<>();
    private PDPage page;
    private int pageIndex = -1;
    private int lastHeading;

    Structure(PDDocument document) {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDStructureTreeRoot root = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        PDStructureElement body = new PDStructureElement(Role.DOCUMENT.type(), root);
        root.appendKid(body);
        open.push(new Open(Role.DOCUMENT, body));
    }

    void startPage(PDPage newPage, int index) {
        endPage();
        page = newPage;
        pageIndex = index;
        page.setStructParents(index);
        pageContent = new ArrayList<>();
    }

    private void endPage() {
        if (page != null) {
            COSArray array = new COSArray();
            pageContent.forEach(e -> array.add(e));
            parentTree.put(pageIndex, array);
            page = null;
        }
    }

    Open current() {
        return open.peek();
    }

    /** Opens an element under the current one; alt is a figure's description or a label's actual text. */
    Open push(Role role, String alt) {
        if (current().implied() && role != Role.LI) {
            open.pop();
        } else if (role == Role.LI && current().role() != Role.L) {
            open.push(new Open(Role.L, child(Role.L), true));
        }
        Role actual = role;
        if (role.headingLevel() > 0) {
            actual = Role.heading(Math.min(role.headingLevel(), lastHeading + 1));
            lastHeading = actual.headingLevel();
        }
        PDStructureElement element = child(actual);
        if (alt != null && actual == Role.FIGURE) {
            element.setAlternateDescription(alt);
        } else if (alt != null) {
            element.setActualText(alt);
        }
        if (actual == Role.TH) {
            PDTableAttributeObject scope = new PDTableAttributeObject();
            scope.setScope(PDTableAttributeObject.SCOPE_COLUMN);
            element.addAttribute(scope);
        }
        Open opened = new Open(actual, element);
        open.push(opened);
        return opened;
    }

    private PDStructureElement child(Role role) {
        PDStructureElement element = new PDStructureElement(role.type(), current().element());
        current().element().appendKid(element);
        if (page != null) {
            element.setPage(page);
        }
        return element;
    }

    /** Closes the element opened last (and a list implied inside it). */
    void pop() {
        if (current().implied()) {
            open.pop();
        }
        if (open.size() > 1) {
            open.pop();
        }
    }

    /** A new marked-content id on the current page, tied to the element. */
    int mark(PDStructureElement element) {
        int mcid = pageContent.size();
        pageContent.add(element);
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setMCID(mcid);
        reference.setPage(page);
        element.appendKid(reference);
        if (element.getPage() == null) {
            element.setPage(page);
        }
        return mcid;
    }

    /** Writes the parent tree, once every page is drawn. */
    void finish(PDDocument document) {
        endPage();
        PDNumberTreeNode tree = new PDNumberTreeNode(COSBase.class);
        tree.setNumbers(parentTree);
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        root.setParentTree(tree);
        root.setParentTreeNextKey(pageIndex + 1);
    }
}
