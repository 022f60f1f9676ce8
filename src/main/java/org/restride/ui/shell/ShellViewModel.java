package org.restride.ui.shell;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.restride.app.WindowSettings;

/** Which section is showing, the status line, and the light or dark look; remembered between starts. */
public final class ShellViewModel {
    static final String LAST_SECTION = "window.section";
    static final String DARK = "window.dark";

    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.PATIENTS);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty dark = new SimpleBooleanProperty(false);

    public ShellViewModel(WindowSettings settings) {
        settings.get(LAST_SECTION).ifPresent(name -> {
            try {
                section.set(Section.valueOf(name));
            } catch (IllegalArgumentException ignored) {
                // a section from another version: start on Patients
            }
        });
        dark.set(settings.get(DARK).map(Boolean::parseBoolean).orElse(false));
        section.addListener((obs, old, now) -> settings.put(LAST_SECTION, now.name()));
        dark.addListener((obs, old, now) -> settings.put(DARK, Boolean.toString(now)));
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public void show(Section target) {
        section.set(target);
    }

    public void say(String message) {
        status.set(message);
    }
}
