package vn.covid.briefing.runs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * One run at a time per output folder (and so per database, which shares it). An operating-system file
 * lock: it dies with the process, so a run killed with kill -9 never leaves a lock that blocks the next.
 */
public final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty with the holder's description when another process has it. */
    public static Optional<RunLock> tryAcquire(Path outputFolder, String description, StringBuilder holder)
            throws IOException {
        Files.createDirectories(outputFolder);
        Path file = outputFolder.resolve(".briefing.lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        }
        catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null; // held by this same JVM (tests run several "processes" in one)
        }
        if (lock == null) {
            holder.append(Files.readString(file, StandardCharsets.UTF_8).strip());
            channel.close();
            return Optional.empty();
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap("%s (pid %d, since %s)".formatted(description, ProcessHandle.current().pid(),
                Instant.now()).getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return Optional.of(new RunLock(channel, lock));
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
