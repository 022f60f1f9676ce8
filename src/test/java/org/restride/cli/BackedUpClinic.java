package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The sample clinic in {@code folder/data} with one backup made by {@code restride backup}: the data folder, its
 * backups folder, that backup, and the live database.
 */
record BackedUpClinic(Path data, Path backups, Path backup, Path live) {
    static BackedUpClinic in(Path folder) throws IOException {
        Path data = CliRun.sampleClinic(folder);
        CliRun backup = CliRun.inData(data, "backup");
        assertEquals(0, backup.code(), backup.err());
        Path backups = data.resolve("backups");
        try (Stream<Path> files = Files.list(backups)) {
            return new BackedUpClinic(data, backups, files.findFirst().orElseThrow(), data.resolve("restride.db"));
        }
    }
}
