package org.restride.app;

import java.nio.file.Path;
import org.restride.library.BuiltInLibrary;
import org.restride.library.LibraryFile;
import org.restride.library.LibrarySeeder;
import org.restride.store.ClinicProfileRepository;
import org.restride.store.Database;
import org.restride.store.ExerciseRepository;
import org.restride.store.ExerciseSearchIndex;
import org.restride.store.IssuedHandoutRepository;
import org.restride.store.PatientRepository;
import org.restride.store.RoadmapRepository;
import org.restride.store.SettingsRepository;
import org.restride.store.TemplateRepository;

/** One open data folder: its database, seeded with the built-in library, and the services over it. */
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
        BuiltInLibrary builtIn = BuiltInLibrary.load();
        Database db = Database.openFolder(folder);
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
    public static Workspace openReadOnly(Path folder) {
        return new Workspace(folder, Database.openReadOnlyData(folder), BuiltInLibrary.load());
    }

    public Path folder() {
        return folder;
    }

    public Database database() {
        return db;
    }

    public BuiltInLibrary builtIn() {
        return builtIn;
    }

    public ExerciseRepository exercises() {
        return new ExerciseRepository(db);
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

    public LibraryFile libraryFile() {
        return new LibraryFile(db);
    }

    @Override
    public void close() {
        db.close();
    }
}
