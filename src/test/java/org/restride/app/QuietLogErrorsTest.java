package org.restride.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.StreamHandler;
import org.junit.jupiter.api.Test;

/** A log that cannot be written (here, a stream that always fails, as on a full disk) costs one line, once. */
class QuietLogErrorsTest {
    @Test
    void failedLogWritesSayOneLineOnceAndNoStackTrace() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(captured, true, StandardCharsets.UTF_8);
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StreamHandler handler = new StreamHandler(full, new Logs.OneLine());
        handler.setErrorManager(new QuietLogErrors(err::println, "warning: no log"));
        for (int i = 0; i < 5; i++) {
            handler.publish(new LogRecord(Level.INFO, "Backup made " + i));
            handler.flush();
        }
        String said = captured.toString(StandardCharsets.UTF_8);
        assertEquals("warning: no log", said.strip());
        assertFalse(said.contains("Exception"), said);
    }
}
