package org.restride.ui.history;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One line of the timeline: the day, a coloured mark for the kind of entry, what happened and why. */
final class TimelineCell extends ListCell<TimelineItem> {
    private final Function<LocalDate, String> day;

    /** @param day a day as the history shows it */
    TimelineCell(Function<LocalDate, String> day) {
        this.day = day;
    }

    @Override
    protected void updateItem(TimelineItem entry, boolean empty) {
        super.updateItem(entry, empty);
        setText(null);
        if (empty || entry == null) {
            setGraphic(null);
            return;
        }
        Label date = new Label(day.apply(entry.date()));
        date.getStyleClass().add("timeline-date");
        date.setMinWidth(96);
        Region mark = new Region();
        mark.getStyleClass().addAll("timeline-mark", "mark-" + entry.kind());
        Label title = new Label(entry.title());
        title.getStyleClass().add("timeline-title");
        title.setWrapText(true);
        VBox words = new VBox(2, title);
        for (String line : entry.lines()) {
            Label detail = new Label(line);
            detail.getStyleClass().add("timeline-detail");
            detail.setWrapText(true);
            detail.setMinHeight(Region.USE_PREF_SIZE);
            words.getChildren().add(detail);
        }
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMinWidth(0);
        HBox row = new HBox(10, date, mark, words);
        row.setAlignment(Pos.TOP_LEFT);
        if (getListView() != null) {
            row.maxWidthProperty().bind(getListView().widthProperty().subtract(36));
            row.prefWidthProperty().bind(row.maxWidthProperty());
        }
        setGraphic(row);
    }
}
