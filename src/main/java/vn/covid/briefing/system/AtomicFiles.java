package vn.covid.briefing.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Outputs appear whole or not at all: written to a temporary file beside the target, forced to disk,
 * renamed over the target, and the folder forced too, so that after a power cut the folder holds either
 * the old file or the new one, never an empty or partial one.
 */
public final class AtomicFiles {

    /** {@code .<target name>.<random digits>.tmp}: what {@link #removeLeftovers} recognises as ours. */
    private static final String SUFFIX = ".tmp";
    private static final Pattern LEFTOVER = Pattern.compile("\\..+\\.\\d+\\" + SUFFIX);

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) {
        Path folder = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", SUFFIX);
            try {
                try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    ByteBuffer buffer = ByteBuffer.wrap(content);
                    while (buffer.hasRemaining()) {
                        out.write(buffer);
                    }
                    out.force(true);
                }
                readableByAll(temp); // createTempFile makes it private; outputs are for the office to read
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
                catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                forceFolder(folder);
            }
            finally {
                Files.deleteIfExists(temp);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    public static void write(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Deletes the temporary files a killed run left under {@code folder} (its sub-folders included, a few
     * levels deep: {@code <year>/}, {@code runs/<run>/}). Only the lock holder may call it: another
     * run's temporary file is still being written.
     *
     * @return the files deleted
     */
    public static List<Path> removeLeftovers(Path folder, int depth) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder, depth)) {
            List<Path> leftovers = files.filter(f -> LEFTOVER.matcher(f.getFileName().toString()).matches())
                .filter(Files::isRegularFile)
                .toList();
            for (Path f : leftovers) {
                Files.deleteIfExists(f);
            }
            return leftovers;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot clean up " + folder, e);
        }
    }

    /** The rename is only durable once the folder's entry is on disk (POSIX; Windows cannot open folders). */
    private static void forceFolder(Path folder) throws IOException {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        }
        catch (IOException | UnsupportedOperationException e) {
            if (!System.getProperty("os.name").startsWith("Windows")) {
                throw e instanceof IOException io ? io : new IOException(e);
            }
        }
    }

    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
        catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the default permissions already let the office read it
        }
    }
}
