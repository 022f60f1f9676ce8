package org.restride.handout;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's PDF/UA-1 check of a PDF: the rules it breaks, each once, with how often. */
final class PdfUa {
    private static boolean initialised;

    private PdfUa() {
    }

    static synchronized List<String> failedRules(byte[] pdf) throws Exception {
        if (!initialised) {
            VeraGreenfieldFoundryProvider.initialise();
            initialised = true;
        }
        PDFAFlavour flavour = PDFAFlavour.fromString("ua1");
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, Integer> failed = new TreeMap<>();
            String[] first = new String[1];
            Map<String, String> example = new TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + " " + assertion.getMessage();
                    failed.merge(rule, 1, Integer::sum);
                    example.putIfAbsent(rule, assertion.getLocation() == null ? "" : assertion.getLocation().getContext());
                    first[0] = rule;
                }
            }
            return failed.entrySet().stream()
                    .map(e -> e.getKey() + " (" + e.getValue() + "×, e.g. " + example.get(e.getKey()) + ")").toList();
        }
    }
}
