package org.restride.store.safety;

import java.nio.file.Path;
import java.time.LocalDate;
import org.restride.domain.Roadmap;
import org.restride.domain.Template;
import org.restride.store.Database;
import org.restride.store.RoadmapRepository;
import org.restride.store.SettingsRepository;
import org.restride.store.TemplateRepository;

/**
 * A copy of Restride saving as fast as it can, to be killed: each save is a whole roadmap (dozens of rows) plus
 * a settings update, in one transaction, and "ack RUN N" is printed only after the commit returned.
 * Arguments: data folder, run number, patient id.
 */
public final class SaveStream {
    static final int MAX_SAVES = 400;

    private SaveStream() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        String run = args[1];
        long patientId = Long.parseLong(args[2]);
        try (Database db = Database.openFolder(folder)) {
            Template template = new TemplateRepository(db).find(KillTest.TEMPLATE).orElseThrow();
            RoadmapRepository roadmaps = new RoadmapRepository(db);
            SettingsRepository settings = new SettingsRepository(db);
            System.out.println("ready");
            System.out.flush();
            for (int n = 1; n <= MAX_SAVES; n++) {
                Roadmap roadmap = template.toRoadmap(patientId, LocalDate.of(2026, 11, 25));
                String title = KillTest.title(run, n);
                String count = Integer.toString(n);
                db.write(c -> {
                    roadmaps.save(new Roadmap(null, roadmap.patientId(), title, roadmap.goal(), roadmap.status(), 0,
                            roadmap.phases(), roadmap.created()));
                    settings.put("saves-in-run-" + run, count);
                    return null;
                });
                System.out.println("ack " + run + " " + n);
                System.out.flush();
            }
        }
        System.out.println("done");
    }
}
