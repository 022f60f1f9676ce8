package org.restride.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.domain.Patient;

/** Every date and time the app uses comes from the one clock the window or the command hands the workspace. */
class OneClockTest {
    static final Instant FIXED = Instant.parse("2031-03-04T05:06:07Z");
    /** The entry points that make the one clock, and the database's own default for code that opens it directly. */
    static final Set<String> MAKE_THE_CLOCK = Set.of("ui/RestrideApp.java", "cli/RestrideCommand.java", "store/Database.java");
    /** Files other helpers are reshaping right now; each reads the system clock once and is to follow. */
    static final Set<String> STILL_TO_FOLLOW = Set.of("ui/roadmap/RoadmapEditorView.java", "handout/DocumentProperties.java");
    static final Pattern SECOND_CLOCK = Pattern.compile(
            "Instant\\.now\\(\\)|LocalDate\\.now\\(\\)|LocalDateTime\\.now\\(\\)|ZonedDateTime\\.now\\(\\)"
                    + "|System\\.currentTimeMillis|Clock\\.system|ZoneId\\.systemDefault|LocalDate::now|Instant::now");

    @TempDir
    Path folder;

    @Test
    void aWorkspaceOnAFixedClockDatesAndStampsEverythingByIt() throws Exception {
        Clock clock = Clock.fixed(FIXED, ZoneOffset.UTC);
        try (Workspace workspace = Workspace.open(folder, clock)) {
            assertEquals(LocalDate.of(2031, 3, 4), workspace.today());
            new DemoClinic(workspace).fill();
            Patient maya = workspace.patients().search("Maya").get(0);
            assertEquals(LocalDate.of(2031, 3, 4).minusWeeks(8), maya.deliveryDate(), "the sample is dated from today");
            String stamp = WorkspaceDatabase.of(workspace).read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT updated_at FROM patients WHERE id = " + maya.id())) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertEquals(FIXED.toString(), stamp, "a save is stamped by the same clock");
        }
    }

    @Test
    void noOtherCodeReadsTheSystemClock() throws IOException {
        Path main = Path.of("src/main/java/org/restride");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(main)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !MAKE_THE_CLOCK.contains(relative(main, p)) && !STILL_TO_FOLLOW.contains(relative(main, p)))
                    .filter(p -> SECOND_CLOCK.matcher(read(p)).find())
                    .map(p -> relative(main, p)).toList();
        }
        assertEquals(List.of(), offenders, "take today and the time from the workspace's clock instead");
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
