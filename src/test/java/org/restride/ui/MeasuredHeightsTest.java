package org.restride.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.restride.ui.common.MeasuredVBox;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A column of cards in a scroll pane ({@link MeasuredVBox}), as the roadmap editor shows its phases: a change in one card re-measures that
 * card only, and a card whose text grows is shown whole, never at a remembered, shorter height.
 */
@ExtendWith(ApplicationExtension.class)
class MeasuredHeightsTest {
    private static final String SHORT = "Squat with a band";
    private static final String LONG = "When 15 feel easy, with no leaking, heaviness or pain, move on to the next step:"
            + " a squat with a band, then a split squat, then a step-up, each for a week or two before the next";
    private final List<Card> cards = new ArrayList<>();
    private final VBox column = new VBox(14);

    /** A card that counts how often its heights are worked out, rather than remembered. */
    private static final class Card extends MeasuredVBox {
        private final Label text = new Label(SHORT);
        private int measures;

        Card() {
            super(0);
            text.setWrapText(true);
            getChildren().addAll(new Label("Phase"), new VBox(4, text, new Label("Weeks 6 to 8")));
        }

        @Override
        protected double measurePrefHeight(double width) {
            measures++;
            return super.measurePrefHeight(width);
        }

        @Override
        protected double measureMinHeight(double width) {
            measures++;
            return super.measureMinHeight(width);
        }
    }

    @Start
    void start(Stage stage) {
        for (int i = 0; i < 30; i++) {
            Card card = new Card();
            cards.add(card);
            column.getChildren().add(card);
        }
        ScrollPane scroller = new ScrollPane(column);
        scroller.setFitToWidth(true);
        stage.setMaximized(false); // the stage is shared with other tests, one of which may have maximised it
        stage.setScene(new Scene(scroller, 300, 400));
        stage.setWidth(300);
        stage.setHeight(400);
        stage.show();
    }

    private void settle() {
        AppHarness.onFx(() -> {
            column.getScene().getRoot().applyCss();
            column.getScene().getRoot().layout();
        });
    }

    @Test
    void aChangeInOneCardMeasuresThatCardAgainAndNoOther() {
        AppHarness.onFx(() -> cards.get(3).text.setText(SHORT + "."));
        settle(); // every card has now been measured while nothing inside it was changing
        int[] before = cards.stream().mapToInt(c -> c.measures).toArray();
        AppHarness.onFx(() -> cards.get(3).text.setText(SHORT + " and hold"));
        settle();
        for (int i = 0; i < cards.size(); i++) {
            if (i == 3) {
                assertTrue(cards.get(i).measures > before[i], "the changed card is measured again");
            } else {
                assertEquals(before[i], cards.get(i).measures, "card " + i + " was measured again");
            }
        }
    }

    @Test
    void aCardWhoseTextGrowsShowsItWhole() {
        settle();
        double shortHeight = cards.get(5).getHeight();
        AppHarness.onFx(() -> cards.get(5).text.setText(LONG));
        settle();
        AppHarness.onFx(() -> cards.get(7).text.setText(SHORT + "."));
        settle(); // a later change elsewhere lays the column out again, with this card's heights remembered
        Card card = cards.get(5);
        assertTrue(card.getHeight() > shortHeight + 20, "the card grew from " + shortHeight + " to " + card.getHeight());
        double needed = card.text.prefHeight(card.text.getWidth());
        assertTrue(card.text.getHeight() >= needed - 0.5,
                "the text shows " + card.text.getHeight() + " of the " + needed + " it needs");
        AppHarness.onFx(() -> card.text.setText(SHORT));
        settle();
        AppHarness.onFx(() -> cards.get(7).text.setText(SHORT));
        settle();
        assertEquals(shortHeight, card.getHeight(), 0.5, "the card is short again when its text is");
    }
}
