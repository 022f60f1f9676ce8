package org.restride.ui.preview;

import org.restride.app.Problems;
import org.restride.io.OutputRefusedException;
import org.restride.io.OutputKind;
import org.restride.io.OutputGuard;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.HashMap;
import java.util.function.Consumer;
import java.time.Clock;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.restride.app.handouts.InEnglish;
import org.restride.domain.Patient;
import org.restride.domain.Roadmap;
import org.restride.handout.HandoutOptions;
import org.restride.handout.HandoutPages;
import org.restride.handout.HandoutPreview;
import org.restride.handout.HandoutRenderer;
import org.restride.handout.HandoutRequest;
import org.restride.handout.HandoutRequests;
import org.restride.handout.HandoutResult;
import org.restride.handout.IssuedHandouts;
import org.restride.store.IssuedHandout;
import org.restride.text.Words;
import org.restride.ui.common.TaskRunner;

/**
 * The handout of the roadmap being edited: rendered in the background for the preview (newest edit wins), and
 * exported or printed on request; what is exported or printed for a saved roadmap is kept in her history, exactly
 * as issued. The window never waits for it.
 */
public final class HandoutViewModel {
    static final float PREVIEW_DPI = 60;

    private final Words words;
    private final Supplier<HandoutRenderer> renderer;
    private final HandoutRequests requests;
    private final TaskRunner tasks;
    private final Clock clock;
    private final IssuedHandouts issued;
    private final ObjectProperty<Roadmap> roadmap = new SimpleObjectProperty<>();
    private final ObjectProperty<Patient> patient = new SimpleObjectProperty<>();
    private final ObjectProperty<HandoutOptions> options = new SimpleObjectProperty<>();
    private final ObjectProperty<HandoutResult> latest = new SimpleObjectProperty<>();
    private final IntegerProperty pageCount = new SimpleIntegerProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final AtomicLong generation = new AtomicLong();
    /** True while the options are taken over from a render (the clinic's defaults, her language): no new choice. */
    private boolean adoptingDefaults;
    /** Whether the PT chose the language in the preview's box; until then the handout is in her language. */
    private boolean languageChosen;
    private final OutputGuard guard;
    private final Map<PageKey, Image> pages = new HashMap<>();

    public HandoutViewModel(Supplier<HandoutRenderer> renderer, HandoutRequests requests,
                            TaskRunner tasks, Clock clock, IssuedHandouts issued,
                            OutputGuard guard, Words words) {
        this.words = words;
        this.issued = issued;
        this.guard = guard;
        this.renderer = renderer;
        this.requests = requests;
        this.tasks = tasks;
        this.clock = clock;
        options.addListener(o -> {
            if (!adoptingDefaults) {
                refresh();
            }
        });
        // another patient, or her language changed on her details: the handout is in her language again
        patient.addListener((o, old, now) -> {
            if (old == null || now == null || !Objects.equals(old.id(), now.id())
                    || !Objects.equals(old.handoutLanguage(), now.handoutLanguage())) {
                languageChosen = false;
            }
        });
    }

    /** The language chosen in the preview's box, over hers for this handout; renders again. */
    public void chooseLanguage(String code) {
        HandoutOptions current = options.get();
        if (current != null && !current.language().equals(code)) {
            languageChosen = true;
            options.set(current.withLanguage(code));
        }
    }

    /** Follows the roadmap the editor shows. */
    public void follow(ObjectProperty<Roadmap> edited, ObjectProperty<Patient> whose) {
        roadmap.bind(edited);
        patient.bind(whose);
    }

    /** What the preview, the export and the print are made from, as the window shows it now. */
    private Optional<Source> source() {
        Roadmap r = roadmap.get();
        return r == null ? Optional.empty()
                : Optional.of(new Source(r, patient.get(), options.get(), languageChosen, LocalDate.now(clock)));
    }

    /**
     * Read on the window's thread; made into a request (which reads the data folder) in the background. The
     * language is the one chosen in the box, else hers (from her details), else the clinic's.
     */
    private record Source(Roadmap roadmap, Patient patient, HandoutOptions options, boolean languageChosen,
                          LocalDate day) {
    }

    private HandoutRequest request(Source source) {
        HandoutRequest request = requests.request(source.roadmap(), source.patient(), source.day());
        if (source.options() == null) {
            return request;
        }
        String language = source.languageChosen() ? source.options().language() : request.options().language();
        return request.withOptions(source.options().withLanguage(language));
    }

    /** A render, with the names of the exercises that print in English in a handout in another language. */
    private record Preview(HandoutRequest request, HandoutResult result, Image firstPage, String inEnglish) {
    }

    /** What prints in English, and why: her stored language is not one this build prints, or exercises lack it. */
    private String english(HandoutRequests.InLanguage ready, Source source) {
        List<String> parts = new ArrayList<>();
        String stored = source.languageChosen() || source.patient() == null ? null : source.patient().handoutLanguage();
        String unknown = InEnglish.notPrinted(words, stored, ready.request().options().language());
        if (!unknown.isEmpty()) {
            parts.add(unknown + ".");
        }
        String english = InEnglish.sentence(words, ready.inEnglish(), ready.partly());
        if (!english.isEmpty()) {
            parts.add(english.endsWith(".") ? english : english + ".");
        }
        String typed = ready.asTyped().sentence(words);
        if (!typed.isEmpty()) {
            parts.add(typed + ".");
        }
        return String.join(" ", parts);
    }

    /**
     * Renders the current roadmap again, reading and drawing in the background; an older render still running is
     * ignored when it finishes. The first render takes the clinic's default options without rendering again.
     */
    public void refresh() {
        Optional<Source> source = source();
        if (source.isEmpty()) {
            return;
        }
        long mine = generation.incrementAndGet();
        tasks.run(words.get("ui-preview.updating"), () -> {
            HandoutRequests.InLanguage ready = requests.inItsLanguage(request(source.get()));
            HandoutRequest request = ready.request();
            // Page 1 is drawn while the handout is still in memory: the edit shows without reading the PDF back.
            HandoutPreview made = renderer.get().preview(request, PREVIEW_DPI);
            Image first = made.firstPage() == null ? null : SwingFXUtils.toFXImage(made.firstPage(), null);
            return new Preview(request, made.result(), first, english(ready, source.get()));
        }, done -> {
            if (generation.get() == mine) {
                if (!done.request().options().equals(options.get())) {
                    adoptingDefaults = true; // the clinic's defaults the first time, her language after
                    options.set(done.request().options());
                    adoptingDefaults = false;
                }
                pages.clear();
                if (done.firstPage() != null) {
                    pages.put(new PageKey(done.result(), 0), done.firstPage());
                }
                latest.set(done.result());
                pageCount.set(done.result().pageCount());
                message.set(line(done.result().warnings(), done.inEnglish()));
            }
        }, failure -> message.set(words.get("ui-preview.notMade", Problems.words(words, failure))));
    }

    /** The render's warnings, then the exercises that print in English (named in the window's English). */
    private static String line(List<String> warnings, String inEnglish) {
        List<String> parts = new ArrayList<>(warnings);
        if (!inEnglish.isEmpty()) {
            parts.add(inEnglish);
        }
        return String.join(" ", parts);
    }

    /** Hands page {@code index} of the latest render to {@code show}, drawing it in the background the first time. */
    public void pageImage(int index, Consumer<Image> show) {
        HandoutResult result = latest.get();
        if (result == null || index >= result.pageCount()) {
            return;
        }
        Image cached = pages.get(new PageKey(result, index));
        if (cached != null) {
            show.accept(cached);
            return;
        }
        tasks.run(words.get("ui-preview.drawingPage", index + 1), () -> {
            BufferedImage image = HandoutPages.render(result.pdf(), index, PREVIEW_DPI);
            return SwingFXUtils.toFXImage(image, null);
        }, image -> {
            if (result == latest.get()) {
                pages.put(new PageKey(result, index), image);
                show.accept(image);
            }
        }, failure -> message.set(words.get("ui-preview.pageNotDrawn", Problems.words(words, failure))));
    }

    private record PageKey(HandoutResult result, int index) {
    }

    /** Writes the handout to the file in the background; says where it went, or why not. */
    public void export(Path file, Runnable done) {
        Optional<Source> source = source();
        if (source.isEmpty()) {
            message.set(words.get("ui-preview.openToExport"));
            return;
        }
        Path target;
        try {
            target = guard.check(file, OutputKind.PDF);
        } catch (OutputRefusedException refused) {
            message.set(words.get("ui-preview.refused", Problems.words(words, refused)));
            return;
        }
        tasks.run(words.get("ui-preview.exporting"), () -> {
            HandoutRequests.InLanguage ready = requests.inItsLanguage(request(source.get()));
            HandoutResult written = renderer.get().write(ready.request(), target);
            issued.keep(ready.request(), written, IssuedHandout.Channel.EXPORT, clock.instant());
            return new Preview(ready.request(), written, null, english(ready, source.get()));
        }, saved -> {
            HandoutResult result = saved.result();
            String warnings = line(result.warnings(), saved.inEnglish());
            String said = words.get("ui-preview.saved", words.count("ui-preview.pages", result.pageCount()), file);
            message.set(warnings.isEmpty() ? said : said + " " + warnings);
            done.run();
        }, failure -> message.set(words.get("ui-preview.notSaved", Problems.words(words, failure))));
    }

    /** Sends the handout to a printer chosen in the system's print dialog. */
    public void print() {
        Optional<Source> source = source();
        if (source.isEmpty()) {
            message.set(words.get("ui-preview.openToPrint"));
            return;
        }
        tasks.run(words.get("ui-preview.preparingPrint"), () -> {
            HandoutRequest request = requests.inItsLanguage(request(source.get())).request();
            HandoutResult made = renderer.get().render(request);
            boolean printed = Printing.print(made.pdf(), words);
            if (printed) {
                issued.keep(request, made, IssuedHandout.Channel.PRINT, clock.instant());
            }
            return printed;
        },
                printed -> message.set(words.get(printed ? "ui-preview.printed" : "ui-preview.printCancelled")),
                failure -> message.set(words.get("ui-preview.notPrinted", Problems.words(words, failure))));
    }

    public ObjectProperty<HandoutOptions> optionsProperty() {
        return options;
    }

    public ObjectProperty<HandoutResult> latestProperty() {
        return latest;
    }

    public IntegerProperty pageCountProperty() {
        return pageCount;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<Roadmap> roadmapProperty() {
        return roadmap;
    }

    /** A file name for the export: the roadmap title and the patient's first name. */
    public String suggestedFileName() {
        String first = patient.get() == null ? "" : patient.get().firstName() + " - ";
        String title = roadmap.get() == null ? words.get("ui-preview.untitled") : roadmap.get().title();
        return (first + title).replaceAll("[\\\\/:*?\"<>|]", " ").strip() + ".pdf";
    }

}
