package org.restride.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.restride.io.InputRefusedException.Reason;

/**
 * Reads a file the user gave, whole, only if it is an ordinary file no larger than the limit: the size is checked
 * before reading, and reading stops at the limit however the file grows. A folder, a device ({@code /dev/zero}) or a
 * named pipe is refused without being opened, so nothing can hang or fill the memory while the data folder is locked.
 */
public final class BoundedRead {
    private BoundedRead() {
    }

    /** The whole file, at most {@code maxBytes}. */
    public static byte[] file(Path file, long maxBytes) {
        checkOrdinary(file, maxBytes);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (content.length > maxBytes) {
                throw new InputRefusedException(Reason.TOO_LARGE, file, megabytes(maxBytes));
            }
            return content;
        } catch (NoSuchFileException e) {
            throw new InputRefusedException(Reason.MISSING, file, "");
        } catch (IOException e) {
            throw new InputRefusedException(Reason.UNREADABLE, file, reason(e));
        }
    }

    /** Refuses, without opening it, anything but an ordinary file of at most {@code maxBytes}. */
    public static void checkOrdinary(Path file, long maxBytes) {
        if (Files.isDirectory(file)) {
            throw new InputRefusedException(Reason.FOLDER, file, "");
        }
        if (!Files.exists(file)) {
            throw new InputRefusedException(Reason.MISSING, file, "");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputRefusedException(Reason.NOT_A_FILE, file, "");
        }
        try {
            if (Files.size(file) > maxBytes) {
                throw new InputRefusedException(Reason.TOO_LARGE, file, megabytes(maxBytes));
            }
        } catch (IOException e) {
            throw new InputRefusedException(Reason.UNREADABLE, file, reason(e));
        }
    }

    /** "20 MB", for messages that name a limit. */
    public static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    private static String reason(IOException e) {
        return e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
    }
}
