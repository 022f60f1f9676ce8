package org.restride.app;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.restride.store.SettingsRepository;
import org.restride.store.StoreException;

/**
 * The window's own small settings (where it was, the section last shown, the look): read once as it opens, written
 * through the one background writer and only as well as the disk allows. A window place not remembered loses
 * nothing of a patient's, so a failed write is logged, never shown and never waited for on the window's thread.
 */
public final class WindowSettings {
    private static final Logger LOG = Logger.getLogger(WindowSettings.class.getName());
    private final SettingsRepository settings;
    private final Writer writer;

    public WindowSettings(SettingsRepository settings, Writer writer) {
        this.settings = settings;
        this.writer = writer;
    }

    /** The value kept for {@code key}; empty when there is none or the data file cannot be read just now. */
    public Optional<String> get(String key) {
        try {
            return settings.get(key);
        } catch (StoreException e) {
            LOG.info("A window setting could not be read: " + key);
            return Optional.empty();
        }
    }

    /** Hands the value to the writer (a newer value of the same key still waiting replaces it); returns at once. */
    public void put(String key, String value) {
        writer.submit(List.of("setting", key), () -> settings.put(key, value),
                e -> LOG.info("A window setting was not written: " + key));
    }
}
