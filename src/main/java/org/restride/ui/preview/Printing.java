package org.restride.ui.preview;

import java.awt.GraphicsEnvironment;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.restride.handout.HandoutPages;
import org.restride.text.Words;

/** Sends a PDF to a printer through the system's print dialog. */
final class Printing {
    private Printing() {
    }

    /** True when printed, false when the PT cancelled the dialog. */
    static boolean print(byte[] pdf, Words words) throws IOException, PrinterException {
        if (GraphicsEnvironment.isHeadless()) {
            throw new PrinterException(words.get("ui-preview.noPrinter"));
        }
        try (PDDocument document = HandoutPages.open(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(words.get("ui-preview.jobName"));
            job.setPageable(new PDFPageable(document));
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        }
    }
}
