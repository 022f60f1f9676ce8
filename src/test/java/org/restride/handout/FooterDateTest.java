package org.restride.handout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The footer prints the whole date the handout was prepared, however long the month's name in her language. */
class FooterDateTest extends DemoHandouts {
    private static final LocalDate LONGEST_MONTH = LocalDate.of(2026, 9, 30);

    @Test
    void theSpanishFooterHasTheWholeDate() throws Exception {
        String text = HandoutContentTest.text(renderer.render(preparedOnTheLongestDate(SpanishHandoutTest.spanish(
                clinic.request(0)))));
        assertTrue(text.contains("Preparado el 30 de septiembre de 2026 "), text.substring(0, 400));
    }

    @Test
    void theEnglishFooterHasTheWholeDate() throws Exception {
        String text = HandoutContentTest.text(renderer.render(preparedOnTheLongestDate(clinic.request(0))));
        assertTrue(text.matches(".*Prepared (September 30, 2026|30 September 2026) .*"), text.substring(0, 400));
    }

    private static HandoutRequest preparedOnTheLongestDate(HandoutRequest r) {
        return new HandoutRequest(r.roadmap(), r.patientName(), r.exercises(), r.clinic(), r.options(), LONGEST_MONTH,
                r.walkRun(), r.caesarean(), r.goals());
    }
}
