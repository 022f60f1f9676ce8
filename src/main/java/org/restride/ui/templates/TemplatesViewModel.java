package org.restride.ui.templates;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.restride.domain.Template;
import org.restride.domain.ValidationException;
import org.restride.store.StoreException;
import org.restride.store.TemplateRepository;
import org.restride.ui.common.Slugs;

/** The clinic's templates and the built-in ones: open, rename, duplicate, delete (built-ins only duplicate). */
public final class TemplatesViewModel {
    private final TemplateRepository templates;
    private final ObservableList<Template> list = FXCollections.observableArrayList();
    private final ObjectProperty<Template> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    public TemplatesViewModel(TemplateRepository templates) {
        this.templates = templates;
    }

    public void refresh() {
        String key = selected.get() == null ? null : selected.get().key();
        list.setAll(templates.all());
        selected.set(list.stream().filter(t -> t.key().equals(key)).findFirst().orElse(null));
    }

    public void select(Template template) {
        selected.set(template);
        message.set("");
    }

    public void rename(Template template, String title) {
        if (template.builtIn()) {
            message.set("Built-in templates can't be changed. Duplicate it, then rename the copy.");
            return;
        }
        run(() -> templates.save(new Template(template.key(), title, template.goal(), false, template.phases())), "Renamed.");
    }

    public void duplicate(Template template) {
        String title = template.title() + " (copy)";
        String key = Slugs.unique(title, k -> templates.find(k).isPresent());
        run(() -> templates.save(new Template(key, title, template.goal(), false, template.phases())),
                "Made a copy for the clinic: \"" + title + "\".");
        list.stream().filter(t -> t.key().equals(key)).findFirst().ifPresent(selected::set);
    }

    public void delete(Template template) {
        run(() -> templates.delete(template.key()), "Deleted \"" + template.title() + "\".");
    }

    private void run(Runnable change, String done) {
        try {
            change.run();
            message.set(done);
        } catch (ValidationException | StoreException e) {
            message.set(e.getMessage());
        }
        refresh();
    }

    public ObservableList<Template> list() {
        return list;
    }

    public ObjectProperty<Template> selectedProperty() {
        return selected;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
