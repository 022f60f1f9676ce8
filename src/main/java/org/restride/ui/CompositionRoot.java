package org.restride.ui;

import javafx.application.Platform;
import java.nio.file.Path;
import java.io.IOException;
import java.awt.Desktop;
import org.restride.app.ClinicWords;
import org.restride.app.Wording;
import org.restride.text.Languages;
import org.restride.text.Words;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.restride.app.Workspace;
import org.restride.app.WindowSettings;
import org.restride.app.Writer;
import org.restride.app.editing.RoadmapEditing;
import org.restride.handout.HandoutRenderer;
import org.restride.handout.HandoutRequests;
import org.restride.handout.IssuedHandouts;
import org.restride.handout.LibraryPictures;
import org.restride.handout.layout.FontLibrary;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.restride.library.PictureFinder;
import org.restride.store.PictureImport;
import org.restride.ui.common.FxTaskRunner;
import org.restride.ui.safety.BackupMenu;
import org.restride.ui.safety.BackupsViewModel;
import org.restride.ui.safety.DataSession;
import org.restride.ui.preview.HandoutViewModel;
import org.restride.ui.history.HistoryView;
import org.restride.ui.history.HistoryViewModel;
import org.restride.ui.history.IssuedHandoutsViewModel;
import org.restride.ui.common.Navigator;
import org.restride.ui.search.ExerciseSearchViewModel;
import org.restride.ui.exercises.FileDialogs;
import org.restride.ui.exercises.LibraryView;
import org.restride.ui.exercises.LibraryViewModel;
import org.restride.ui.exercises.PicturesViewModel;
import org.restride.ui.exercises.SystemFileDialogs;
import org.restride.ui.exercises.TranslationViewModel;
import org.restride.app.editing.LibraryEditing;
import org.restride.ui.patients.PatientFormViewModel;
import org.restride.ui.patients.PatientsView;
import org.restride.ui.patients.PatientsViewModel;
import org.restride.app.editing.PhaseChangeRecorder;
import org.restride.ui.roadmap.Commits;
import org.restride.ui.roadmap.RoadmapEditorViewModel;
import org.restride.app.editing.RoadmapStarter;
import org.restride.ui.roadmaps.RoadmapsView;
import org.restride.ui.roadmaps.RoadmapsViewModel;
import org.restride.ui.settings.SettingsView;
import org.restride.ui.settings.SettingsViewModel;
import org.restride.ui.shell.Section;
import org.restride.ui.shell.SectionView;
import org.restride.ui.shell.ShellView;
import org.restride.ui.shell.ShellViewModel;
import org.restride.ui.shell.WindowPlacement;
import org.restride.ui.templates.TemplatesView;
import org.restride.ui.templates.TemplatesViewModel;
import org.restride.ui.visits.VisitFormViewModel;
import org.restride.ui.visits.VisitView;
import org.restride.ui.walkrun.WalkRunView;
import org.restride.ui.walkrun.WalkRunViewModel;

/** Wires the window: every service, view-model and view is made here and handed what it needs. */
public final class CompositionRoot implements Navigator, AutoCloseable {
    private final Workspace workspace;
    private final Stage stage;
    private final Clock clock;
    private final Supplier<LocalDate> today;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private final Writer writer = new Writer(Platform::runLater);
    private final ShellViewModel shellModel;
    private final ShellView shell;
    private final Theme theme;
    private final WindowPlacement placement;
    private final FileDialogs fileDialogs;
    private final Words words;
    private HandoutRenderer renderer;
    private PictureFinder pictureFinder;
    private final BackupsViewModel backups;
    private final EventHandler<WindowEvent> beforeClosing = e -> keepWhatIsTyped();
    private final Closing closing;
    private final EventHandler<WindowEvent> closeRequested;
    private RoadmapEditorViewModel editor;
    private PatientFormViewModel patientForm;
    private final Timeline backupTimer = new Timeline(new KeyFrame(Duration.minutes(10), e -> backupsDue()));

    public CompositionRoot(Workspace workspace, Stage stage, DataSession session) {
        this(workspace, stage, session, Words.english());
    }

    public CompositionRoot(Workspace workspace, Stage stage, DataSession session, Words words) {
        this(workspace, stage, session, new SystemFileDialogs(words), words);
    }

    /** With the given way of asking for files (tests hand over paths instead of showing a dialog). */
    public CompositionRoot(Workspace workspace, Stage stage, DataSession session, FileDialogs fileDialogs) {
        this(workspace, stage, session, fileDialogs, Words.english());
    }

    /** The window in {@code words} (English: the window is not translated), asking for files through {@code fileDialogs}. */
    public CompositionRoot(Workspace workspace, Stage stage, DataSession session, FileDialogs fileDialogs, Words words) {
        this.words = words;
        this.workspace = workspace;
        this.clock = workspace.clock();
        this.today = workspace::today;
        this.stage = stage;
        this.fileDialogs = fileDialogs;
        WindowSettings windowSettings = workspace.windowSettings(writer);
        this.shellModel = new ShellViewModel(windowSettings);
        this.placement = new WindowPlacement(windowSettings);
        Map<Section, Supplier<SectionView>> sections = new EnumMap<>(Section.class);
        sections.put(Section.PATIENTS, this::patients);
        sections.put(Section.ROADMAPS, this::roadmaps);
        sections.put(Section.LIBRARY, this::library);
        sections.put(Section.TEMPLATES, () -> new TemplatesView(new TemplatesViewModel(workspace.templateEditing(writer), words),
                words));
        sections.put(Section.SETTINGS, () -> new SettingsView(new SettingsViewModel(workspace.clinicProfile(), writer, words),
                shellModel.darkProperty(), words));
        this.closing = new Closing(stage, writer, new Closing.Unsaved() {
            @Override
            public void keep() {
                keepWhatIsTyped();
            }

            @Override
            public int count() {
                return (editor == null ? 0 : editor.unsavedEdits())
                        + (patientForm == null ? 0 : patientForm.unsavedEdits());
            }

            @Override
            public List<String> notKept() {
                List<String> notKept = new ArrayList<>(editor == null ? List.of() : editor.refusedShowing());
                notKept.addAll(patientForm == null ? List.of() : patientForm.notKept());
                return notKept;
            }

            @Override
            public void showNotKept() {
                if (editor != null) {
                    editor.focusRefused();
                }
            }

            @Override
            public void forget() {
                if (editor != null) {
                    editor.forgetUnsaved();
                }
                if (patientForm != null) {
                    patientForm.forgetUnsaved();
                }
            }
        }, words, shellModel::say);
        this.closeRequested = closing::closeRequested;
        this.shell = new ShellView(shellModel, sections, tasks, closing::request, words);
        this.theme = new Theme(shellModel.darkProperty());
        this.backups = new BackupsViewModel(workspace.backups(), tasks, clock, shellModel::say, words);
        shell.addFileItems(new BackupMenu(backups, session, () -> stage, words).items());
    }

    /** Builds the scene, places the window where it was, and offers the sample clinic on a first start. */
    public Scene show() {
        Scene scene = new Scene(shell.root());
        theme.applyTo(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(shell.title());
        placement.restore(stage);
        stage.setOnHidden(e -> placement.remember(stage));
        stage.addEventFilter(WindowEvent.WINDOW_HIDING, beforeClosing);
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, closeRequested);
        stage.show();
        backups.backupIfDue();
        backupTimer.setCycleCount(Animation.INDEFINITE);
        backupTimer.play();
        Platform.runLater(() -> new FirstStart(workspace, stage, this, words).offerSampleClinic());
        return scene;
    }

    private SectionView patients() {
        PatientFormViewModel form = new PatientFormViewModel(workspace.patients(), today, writer,
                () -> workspace.clinicProfile().load().language(), Languages.codes(), words);
        patientForm = form;
        PatientsViewModel model = new PatientsViewModel(workspace.patients(), workspace.roadmaps(), workspace.templates(),
                starter(), form, writer, words);
        Wording wording = new Wording(words);
        VisitFormViewModel visit = new VisitFormViewModel(workspace.visits(), today, wording, writer);
        HistoryViewModel history = new HistoryViewModel(workspace.history(), workspace.measures(), tasks, wording);
        IssuedHandoutsViewModel issued = new IssuedHandoutsViewModel(workspace.issuedHandouts(), tasks,
                this::openInViewer, words, clock.getZone());
        return new PatientsView(model, this, List.of(new VisitView(visit, this, words), new HistoryView(history, issued, words)), words);
    }

    /** Opens a PDF in the system's viewer (the desktop's choice for PDF files). */
    private void openInViewer(Path pdf) throws IOException {
        if (!Desktop.isDesktopSupported()
                || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            throw new IOException(words.get("ui-history.noViewer", pdf));
        }
        Desktop.getDesktop().open(pdf.toFile());
    }

    private SectionView roadmaps() {
        RoadmapEditing editing = new RoadmapEditing(workspace.roadmaps(), workspace.patients(), workspace.exercises(),
                workspace.templates(), PhaseChangeRecorder.into(workspace.phaseHistory(), today), writer);
        editor = new RoadmapEditorViewModel(editing, words,
                () -> clinicWords(Languages.DEFAULT));
        HandoutViewModel handout = new HandoutViewModel(this::renderer, new HandoutRequests(workspace.handoutSources()),
                tasks, clock, new IssuedHandouts(workspace.issuedHandouts()),
                workspace.outputGuard(), words);
        WalkRunView walkRun = new WalkRunView(new WalkRunViewModel(workspace.walkRunEditing(writer), words), words);
        return new RoadmapsView(new RoadmapsViewModel(workspace.roadmaps()::listings, words), editor,
                new ExerciseSearchViewModel(workspace.exerciseIndex(), tasks, words), workspace.builtIn().criteria().values(), handout,
                walkRun, words);
    }

    private SectionView library() {
        ExerciseSearchViewModel search = new ExerciseSearchViewModel(workspace.exerciseIndex(), tasks, words);
        PicturesViewModel pictures = new PicturesViewModel(pictureFinder(),
                new PictureImport(pictureFinder().photos(), clock), tasks, words);
        LibraryEditing editing = workspace.libraryEditing(writer);
        List<TranslationViewModel> translations = Languages.codes().stream().filter(code -> !code.equals(Languages.DEFAULT))
                .map(code -> new TranslationViewModel(editing, words, code, () -> clinicWords(code))).toList();
        return new LibraryView(new LibraryViewModel(editing, search, words), pictures, translations, fileDialogs, words,
                this::clinicWords);
    }

    /** The clinic's words now in a language (a code of text/languages.properties), as its handouts print them. */
    private Words clinicWords(String language) {
        return ClinicWords.of(workspace.clinicProfile().load(), language);
    }

    /** One renderer for the window, made on first use (reading the fonts takes a moment). */
    private synchronized HandoutRenderer renderer() {
        if (renderer == null) {
            renderer = new HandoutRenderer(FontLibrary.withSystemFallbacks(), new LibraryPictures(pictureFinder()));
        }
        return renderer;
    }

    /** The exercises' pictures, made on first use (reading the built-in drawings takes a moment). */
    private synchronized PictureFinder pictureFinder() {
        if (pictureFinder == null) {
            pictureFinder = workspace.pictureFinder();
        }
        return pictureFinder;
    }

    private RoadmapStarter starter() {
        return new RoadmapStarter(workspace.roadmaps(), workspace.templates(), today);
    }

    @Override
    public void openRoadmap(long roadmapId) {
        shellModel.show(Section.ROADMAPS);
        ((RoadmapsView) shell.section(Section.ROADMAPS)).open(roadmapId);
    }

    @Override
    public void openRoadmapPreview(long roadmapId) {
        shellModel.show(Section.ROADMAPS);
        ((RoadmapsView) shell.section(Section.ROADMAPS)).openPreview(roadmapId);
    }

    @Override
    public void openPatient(long patientId) {
        shellModel.show(Section.PATIENTS);
        ((PatientsView) shell.section(Section.PATIENTS)).show(patientId);
    }

    @Override
    public void say(String message) {
        shellModel.say(message);
    }

    /** The one background writer of the window's edits. */
    public Writer writer() {
        return writer;
    }

    public ShellViewModel shellModel() {
        return shellModel;
    }

    private void backupsDue() {
        backups.backupIfDue();
    }

    /**
     * As the window closes: the field in hand is committed as if the PT had left it, and an edit whose save failed
     * is handed to the writer again, so both are written before the writer stops. (Closing by the close box or
     * Quit first waits for the writer's answer and asks if an edit still cannot be written: {@link Closing}.)
     */
    private void keepWhatIsTyped() {
        Scene scene = stage.getScene();
        if (scene != null) {
            Commits.commitFocused(scene.getFocusOwner());
        }
        if (editor != null) {
            editor.retryUnsaved();
        }
        if (patientForm != null) {
            patientForm.retryUnsaved();
        }
    }

    @Override
    public void close() {
        backupTimer.stop();
        if (Platform.isFxApplicationThread()) {
            keepWhatIsTyped();
        }
        stage.removeEventFilter(WindowEvent.WINDOW_HIDING, beforeClosing);
        stage.removeEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, closeRequested);
        writer.close();
        tasks.close();
        stage.setOnHidden(null); // the window may outlive this workspace (tests reuse it): forget where it was left
    }
}
