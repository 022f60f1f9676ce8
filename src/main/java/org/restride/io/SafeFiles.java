package org.restride.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.restride.text.Excerpt;
import org.restride.text.Words;

/** Writes a file whole or not at all: into a temporary file beside it, then moved into place. */
public final class SafeFiles {
    private SafeFiles() {
    }

    /** What writes the content. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    public static void writeAtomically(Path file, Writer writer) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        Path temp = Files.createTempFile(folder, ".restride-", ".tmp");
        try {
            write(temp, target, writer);
        } catch (IOException e) {
            if (isNoSpace(e)) {
                throw new NoSpaceException(target, e);
            }
            throw e;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** True for a write that failed for want of space (or over a file-size limit). */
    public static boolean isNoSpace(IOException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return m.contains("no space left") || m.contains("file too large") || m.contains("quota exceeded");
    }

    private static void write(Path temp, Path target, Writer writer) throws IOException {
        try (OutputStream out = Files.newOutputStream(temp)) {
            writer.write(out);
        }
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A write that failed for want of space; its message is the one Restride gives for a full disk everywhere. */
    public static final class NoSpaceException extends IOException {
        NoSpaceException(Path target, IOException cause) {
            super(Words.of(Locale.getDefault()).get("safety.disk.full", Excerpt.path(target)), cause);
        }
    }
}
