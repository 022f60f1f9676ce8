package org.restride.handout;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.restride.app.Disclaimer;
import org.restride.domain.PaperSize;
import org.restride.handout.layout.Block;
import org.restride.handout.layout.Floating;
import org.restride.handout.layout.Canvas;
import org.restride.handout.layout.DocumentFonts;
import org.restride.handout.layout.FontLibrary;
import org.restride.handout.layout.PageBreak;
import org.restride.handout.layout.PageFlow;
import org.restride.handout.layout.PageFrame;
import org.restride.io.SafeFiles;
import org.restride.text.KeyedProblem;

/**
 * Makes the printable handout of a roadmap. Safe to call from a background thread; one renderer can serve
 * many handouts (it keeps only the font files and the pictures).
 */
public final class HandoutRenderer {
    static final float SIDE_MARGIN = 40;
    private static final float TOP_MARGIN = 60;
    private static final float BOTTOM_MARGIN = 56;

    private final FontLibrary fonts;
    private final ExercisePictures pictures;

    public HandoutRenderer(FontLibrary fonts, ExercisePictures pictures) {
        this.fonts = fonts;
        this.pictures = pictures;
    }

    /** The handout as PDF bytes. Text never makes it fail: characters no font has are replaced and reported. */
    public HandoutResult render(HandoutRequest request) {
        return render(request, true);
    }

    /**
     * The handout for the screen: the same pages, their contents not compressed, so it is made sooner; page 1 is
     * drawn at {@code dpi} from the document just saved, still in memory, so the PDF is not read back for it (that
     * took longer than making the handout). The other pages are drawn from the PDF when they are looked at.
     */
    public HandoutPreview preview(HandoutRequest request, float dpi) {
        BufferedImage[] first = new BufferedImage[1];
        HandoutResult result = render(request, false, document -> {
            if (document.getNumberOfPages() > 0) {
                first[0] = new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
            }
        });
        return new HandoutPreview(result, first[0]);
    }

    /** Something done with the document once it is saved (its fonts cut to the glyphs used), before it is closed. */
    private interface AfterSave {
        void accept(PDDocument document) throws IOException;
    }

    private HandoutResult render(HandoutRequest request, boolean compress) {
        return render(request, compress, document -> { });
    }

    private HandoutResult render(HandoutRequest request, boolean compress, AfterSave afterSave) {
        try (PDDocument document = new PDDocument(); DocumentFonts documentFonts = new DocumentFonts(document, fonts)) {
            List<String> warnings = new ArrayList<>();
            Kit kit = new Kit(documentFonts, Typography.of(request.options().largePrint()), HandoutText.of(request));
            PDImageXObject logo = ClinicLogo.load(document, request.clinic().logo(), warnings);
            List<Block> blocks = blocks(kit, request, logo, warnings);
            PageFlow flow = new PageFlow(frame(request.options().paper()));
            List<List<PageFlow.Placed>> pages = flow.layOut(blocks);
            List<Canvas.Mark> marks = flow.draw(document, documentFonts, pages, new PageChrome(kit, request), compress);
            DocumentProperties.apply(document, request, marks);
            MissingCharacters.describe(documentFonts.missingInOrder()).ifPresent(warnings::add);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            afterSave.accept(document);
            return new HandoutResult(out.toByteArray(), pages.size(), warnings, null);
        } catch (IOException e) {
            throw new HandoutException(KeyedProblem.of("problems.handout.notMade", e), e);
        }
    }

    /** Renders the handout and writes it to the file whole, or leaves the file as it was if anything fails. */
    public HandoutResult write(HandoutRequest request, Path file) throws IOException {
        HandoutResult result = render(request);
        SafeFiles.writeAtomically(file, out -> out.write(result.pdf()));
        return result.writtenTo(file);
    }

    /**
     * Her handout for now: the first page with "This week", her current phase in full, the phases done as a line
     * each and the next as a preview, the symptoms page and the log. With "whole roadmap" every phase in full.
     */
    private List<Block> blocks(Kit kit, HandoutRequest request, PDImageXObject logo, List<String> warnings) {
        List<Block> blocks = new ArrayList<>(new CoverPage(kit, request, logo, disclaimer(kit, request)).blocks());
        int phases = request.roadmap().phases().size();
        if (phases == 0) {
            warnings.add("The roadmap has no phases yet, so the handout has no exercises.");
        } else {
            blocks.addAll(new ThisWeek(kit, request, pictures).blocks());
        }
        PhaseSection sections = new PhaseSection(kit, request,
                new ExerciseCard(kit, pictures, request.options().pictures(), request.options().allPhases()), warnings);
        if (request.options().allPhases()) {
            for (int i = 0; i < phases; i++) {
                blocks.addAll(sections.blocks(i, true));
            }
        } else if (phases > 0) {
            // The current phase in full, then where she stands: the phases done as a line each, the next one.
            blocks.addAll(sections.blocks(request.roadmap().currentPhase(), false));
            // Where she stands may fill the room a page leaves when the next card moves on.
            float space = 14;
            for (Block around : new PhaseLines(kit, request).blocks()) {
                blocks.add(new Floating(around, space * kit.type().scale()));
                space = 8;
            }
        }
        blocks.add(new PageBreak(PhaseSection.BREAK_WHEN_FULLER_THAN));
        PageFrame frame = frame(request.options().paper());
        blocks.addAll(new SymptomsGuide(kit, request).blocks(frame.bodyWidth(), frame.bodyHeight()));
        if (request.options().log()) {
            blocks.addAll(new WeeklyLog(kit, request).blocks(frame.bodyWidth(), frame.bodyHeight()));
        }
        return blocks;
    }

    /** The clinic's disclaimer, or the standard one, said once under who the plan is for. */
    private static String disclaimer(Kit kit, HandoutRequest request) {
        return Disclaimer.isStandard(request.clinic().disclaimer())
                ? kit.say("disclaimer") : kit.words().fill(request.clinic().disclaimer());
    }

    static PageFrame frame(PaperSize paper) {
        PDRectangle size = paper == PaperSize.LETTER ? PDRectangle.LETTER : PDRectangle.A4;
        return new PageFrame(size, SIDE_MARGIN, SIDE_MARGIN, TOP_MARGIN, BOTTOM_MARGIN);
    }
}
