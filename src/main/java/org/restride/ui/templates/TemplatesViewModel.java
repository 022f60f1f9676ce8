package org.restride.ui.templates;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.restride.app.Problems;
import org.restride.app.editing.TemplateEditing;
import org.restride.domain.Template;
import org.restride.domain.ValidationException;
import org.restride.text.Words;
import org.restride.ui.common.Slugs;

/**
 * The clinic's templates and the built-in ones: open, rename, duplicate, delete (built-ins only duplicate). Each
 * change shows at once and is written in the background; a write that fails is told, and the list keeps the change
 * (a failed delete puts the template back).
 */
public final class TemplatesViewModel {
    private final TemplateEditing templates;
    private final Words words;
    private final ObservableList<Template> list = FXCollections.observableArrayList();
    private final ObjectProperty<Template> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    public TemplatesViewModel(TemplateEditing templates, Words words) {
        this.templates = templates;
        this.words = words;
    }

    public void refresh() {
        String key = selected.get() == null ? null : selected.get().key();
        list.setAll(templates.all());
        selected.set(find(key).orElse(null));
    }

    private Optional<Template> find(String key) {
        return list.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    public void select(Template template) {
        selected.set(template);
        message.set("");
    }

    public void rename(Template template, String title) {
        if (template.builtIn()) {
            message.set(words.get("ui-templates.builtIn"));
            return;
        }
        make(() -> new Template(template.key(), title, template.goal(), false, template.phases()))
                .ifPresent(renamed -> show(renamed, words.get("ui-templates.renamed")));
    }

    public void duplicate(Template template) {
        String title = words.get("ui-templates.copyTitle", template.title());
        String key = Slugs.unique(title, k -> find(k).isPresent());
        make(() -> new Template(key, title, template.goal(), false, template.phases()))
                .ifPresent(copy -> show(copy, words.get("ui-templates.copied", title)));
    }

    public void delete(Template template) {
        int at = list.indexOf(template);
        if (at < 0) {
            return;
        }
        list.remove(at);
        if (template.equals(selected.get())) {
            selected.set(null);
        }
        message.set(words.get("ui-templates.deleted", template.title()));
        templates.delete(template.key(), reason -> {
            list.add(Math.min(at, list.size()), template);
            message.set(words.get("ui-saves.notDeleted", Problems.sentence(words, reason)));
        });
    }

    private Optional<Template> make(Supplier<Template> build) {
        try {
            return Optional.of(build.get());
        } catch (ValidationException e) {
            message.set(Problems.sentence(words, e));
            return Optional.empty();
        }
    }

    /** Shows the template in the list at once (replacing the one with its key) and hands its save to the writer. */
    private void show(Template template, String done) {
        Optional<Template> old = find(template.key());
        if (old.isPresent()) {
            list.set(list.indexOf(old.get()), template);
        } else {
            list.add(template);
        }
        selected.set(template);
        message.set(done);
        templates.save(template, reason -> message.set(words.get("ui-saves.failed", Problems.sentence(words, reason))));
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
