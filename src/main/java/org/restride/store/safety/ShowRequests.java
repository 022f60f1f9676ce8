package org.restride.store.safety;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.restride.io.SafeFiles;
import org.restride.store.StoreException;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

/**
 * "Bring your window forward", from a second copy of Restride to the first, through a file in the data folder:
 * Restride opens no network connection, not even to itself. The second copy {@link #send}s; the first
 * {@link #watch}es and, on each request, runs its callback (on the watcher's thread: hand it to the UI thread).
 */
public final class ShowRequests {
    public static final String FILE_NAME = "show-window.request";
    static final long POLL_SECONDS = 2;
    private static final Logger LOG = Logger.getLogger(ShowRequests.class.getName());

    private final Path folder;

    public ShowRequests(Path dataFolder) {
        this.folder = dataFolder.toAbsolutePath().normalize();
    }

    /** Asks the copy of Restride that holds the folder to bring its window forward. */
    public void send() {
        try {
            SafeFiles.writeAtomically(folder.resolve(FILE_NAME),
                    out -> out.write(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new StoreException(KeyedProblem.of("problems.store.notAskedForward", e), e);
        }
    }

    /** Takes a waiting request, if there is one: true once per request. */
    public boolean takePending() {
        try {
            return Files.deleteIfExists(folder.resolve(FILE_NAME));
        } catch (IOException e) {
            return false;
        }
    }

    /** A running watch; close it when the window closes. */
    public interface Watch extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Watches for requests on a daemon thread until closed. A request already waiting is answered at once. The
     * watch also looks every few seconds, for file systems whose change events are slow or missing.
     */
    public Watch watch(Runnable onRequest) {
        WatchService service;
        try {
            service = folder.getFileSystem().newWatchService();
            folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException e) {
            throw new StoreException(KeyedProblem.of("problems.store.notWatched", Excerpt.path(folder), e), e);
        }
        Thread thread = new Thread(() -> loop(service, onRequest), "restride-show-requests");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            try {
                service.close();
            } catch (IOException ignored) {
                // the thread ends on its next wake-up either way
            }
            thread.interrupt();
        };
    }

    private void loop(WatchService service, Runnable onRequest) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                if (takePending()) {
                    LOG.info("Asked by another copy of Restride to bring the window forward.");
                    onRequest.run();
                }
                var key = service.poll(POLL_SECONDS, TimeUnit.SECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }
}
