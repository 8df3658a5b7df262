package vn.covid.briefing.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Outputs appear whole or not at all: written to a temporary file beside the target, then renamed. */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
            try {
                Files.write(temp, content);
                readableByAll(temp); // createTempFile makes it private; outputs are for the office to read
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
                catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            finally {
                Files.deleteIfExists(temp);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
        catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the default permissions already let the office read it
        }
    }

    public static void write(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }
}
