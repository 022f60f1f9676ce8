package org.restride.app;

import java.time.LocalDate;
import java.time.Clock;
import java.nio.file.Path;
import org.restride.app.handouts.HandoutSources;
import org.restride.app.handouts.HandoutTranslator;
import org.restride.app.visits.PatientHistory;
import org.restride.app.visits.VisitService;
import org.restride.app.editing.LibraryEditing;
import org.restride.app.editing.TemplateEditing;
import org.restride.app.walkrun.WalkRunEditing;
import org.restride.exchange.LibraryExchange;
import org.restride.exchange.RoadmapExchange;
import org.restride.io.OutputGuard;
import org.restride.library.PictureFinder;
import org.restride.library.BuiltInLibrary;
import org.restride.library.LibraryFile;
import org.restride.library.LibrarySeeder;
import org.restride.store.ClinicProfileRepository;
import org.restride.store.Database;
import org.restride.store.ExerciseRepository;
import org.restride.store.ExerciseTextRepository;
import org.restride.store.ExerciseSearchIndex;
import org.restride.store.IssuedHandoutRepository;
import org.restride.store.MeasureRepository;
import org.restride.store.PatientRepository;
import org.restride.store.PhaseHistoryRepository;
import org.restride.store.RoadmapRepository;
import org.restride.store.SettingsRepository;
import org.restride.store.TemplateRepository;
import org.restride.store.WalkRunPlanRepository;
import org.restride.store.safety.BackupFolder;
import org.restride.store.safety.BackupService;

/**
 * One open data folder: its database, seeded with the built-in library, and the services over it. This is the one
 * factory of services: the window and the command line get every repository and use case here, never the database.
 */
public final class Workspace implements AutoCloseable {
    private final Path folder;
    private final Database db;
    private final BuiltInLibrary builtIn;
    private final ExerciseSearchIndex exerciseIndex;

    private Workspace(Path folder, Database db, BuiltInLibrary builtIn) {
        this.folder = folder;
        this.db = db;
        this.builtIn = builtIn;
        this.exerciseIndex = new ExerciseSearchIndex(db);
    }

    /** Opens the folder (creating it on first start) and seeds the built-in content if it changed. */
    public static Workspace open(Path folder) {
        Database db = Database.openFolder(folder);
        return seeded(folder, db);
    }

    /** As {@link #open(Path)}, on the given clock: every date and time the app uses comes from it. */
    public static Workspace open(Path folder, Clock clock) {
        Database db = Database.openFolder(folder);
        db.useClock(clock);
        return seeded(folder, db);
    }

    private static Workspace seeded(Path folder, Database db) {
        BuiltInLibrary builtIn = BuiltInLibrary.load();
        try {
            new LibrarySeeder(db, builtIn).seedIfChanged();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return new Workspace(folder, db, builtIn);
    }

    /**
     * Opens a read-only data folder (or one whose database is read-only) to read it: nothing is created, seeded,
     * migrated or written, and every save is refused with the read-only message.
     */
    public static Workspace openReadOnly(Path folder, Clock clock) {
        Database db = Database.openReadOnlyData(folder);
        db.useClock(clock);
        return new Workspace(folder, db, BuiltInLibrary.load());
    }

    /** The one clock: today's date, the time a save or a handout is stamped with, the zone times are shown in. */
    public Clock clock() {
        return db.clock();
    }

    /** Today, on this workspace's clock. */
    public LocalDate today() {
        return LocalDate.now(db.clock());
    }

    public Path folder() {
        return folder;
    }

    /** For the services of this package only (and tests through them): nothing above the app layer opens SQL. */
    Database database() {
        return db;
    }

    /** Whether this folder was opened only to read: nothing may be saved in it. */
    public boolean isReadOnly() {
        return db.isReadOnly();
    }

    public BuiltInLibrary builtIn() {
        return builtIn;
    }

    public ExerciseRepository exercises() {
        return new ExerciseRepository(db);
    }

    /** The exercises' patient-facing text in other languages than English. */
    public ExerciseTextRepository exerciseTexts() {
        return new ExerciseTextRepository(db);
    }

    /** The library in memory for searching as the PT types: one per data folder, shared by the window's search boxes. */
    public ExerciseSearchIndex exerciseIndex() {
        return exerciseIndex;
    }

    public PatientRepository patients() {
        return new PatientRepository(db);
    }

    public RoadmapRepository roadmaps() {
        return new RoadmapRepository(db);
    }

    /** Handouts as they were issued to patients (the exact PDFs). */
    public IssuedHandoutRepository issuedHandouts() {
        return new IssuedHandoutRepository(db);
    }

    public TemplateRepository templates() {
        return new TemplateRepository(db);
    }

    public ClinicProfileRepository clinicProfile() {
        return new ClinicProfileRepository(db);
    }

    public SettingsRepository settings() {
        return new SettingsRepository(db);
    }

    /** The window's own settings, written through {@code writer} as well as the disk allows. */
    public WindowSettings windowSettings(Writer writer) {
        return new WindowSettings(settings(), writer);
    }

    public MeasureRepository measures() {
        return new MeasureRepository(db);
    }

    public PhaseHistoryRepository phaseHistory() {
        return new PhaseHistoryRepository(db);
    }

    public WalkRunPlanRepository walkRunPlans() {
        return new WalkRunPlanRepository(db);
    }

    /** The templates, saved and deleted through {@code writer}. */
    public TemplateEditing templateEditing(Writer writer) {
        return new TemplateEditing(templates(), writer);
    }

    /** Walk–run plans, saved and removed through {@code writer}. */
    public WalkRunEditing walkRunEditing(Writer writer) {
        return new WalkRunEditing(walkRunPlans(), writer);
    }

    /** The clinic's own exercises, saved and archived through {@code writer}. */
    public LibraryEditing libraryEditing(Writer writer) {
        return new LibraryEditing(exercises(), exerciseTexts(), writer);
    }

    /** Recording visits and acting on their verdicts. */
    public VisitService visits() {
        return new VisitService(db);
    }

    /** A patient's history as one timeline. */
    public PatientHistory history() {
        return new PatientHistory(db);
    }

    /** What a handout is made from: roadmap, patient, exercises, clinic and walk–run plan, read together. */
    public HandoutSources handoutSources() {
        return new HandoutSources(roadmaps(), patients(), templates(), clinicProfile(), walkRunPlans(), exercises(),
                db::libraryChanges, new HandoutTranslator(exerciseTexts(), builtIn::catalogue));
    }

    /** The exercises' pictures (reads the built-in drawings once per finder). */
    public PictureFinder pictureFinder() {
        return PictureFinder.over(db);
    }

    /** Backups into this folder's own backups folder, dated in the clock's zone. */
    public BackupService backups() {
        return new BackupService(db, db.clock().getZone());
    }

    public BackupService backups(BackupFolder folder) {
        return new BackupService(db, folder);
    }

    public RoadmapExchange roadmapExchange() {
        return new RoadmapExchange(db);
    }

    public LibraryExchange libraryExchange() {
        return new LibraryExchange(db);
    }

    /** The check every file written where the PT says goes through: never into this data folder. */
    public OutputGuard outputGuard() {
        return new OutputGuard(db.file().toAbsolutePath().getParent());
    }

    public LibraryFile libraryFile() {
        return new LibraryFile(db);
    }

    @Override
    public void close() {
        db.close();
    }
}
