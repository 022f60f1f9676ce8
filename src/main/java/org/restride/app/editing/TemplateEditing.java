package org.restride.app.editing;

import java.util.List;
import java.util.function.Consumer;
import org.restride.app.Writer;
import org.restride.domain.Template;
import org.restride.store.TemplateRepository;

/**
 * The clinic's templates as the Templates section changes them: read at once, each save and delete handed to the
 * one background writer, in order. {@code onFailure} hears why a write failed, on the window's thread.
 */
public final class TemplateEditing {
    private final TemplateRepository templates;
    private final Writer writer;

    public TemplateEditing(TemplateRepository templates, Writer writer) {
        this.templates = templates;
        this.writer = writer;
    }

    public List<Template> all() {
        return templates.all();
    }

    /** Queues the save of {@code template} (new, or replacing the one with its key); returns at once. */
    public void save(Template template, Consumer<RuntimeException> onFailure) {
        writer.submit(List.of("template", template.key()), () -> templates.save(template),
                onFailure);
    }

    /** Queues the delete of the template with {@code key}; returns at once. */
    public void delete(String key, Consumer<RuntimeException> onFailure) {
        writer.submit(List.of("template", key), () -> templates.delete(key), onFailure);
    }
}
