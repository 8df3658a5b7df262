package vn.covid.briefing.runs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * One run at a time: a lock held for the whole run that dies with its process (kill -9 included), so a
 * crashed run never blocks the next. On a file (an output folder; an H2 database, beside its files) it is
 * an operating-system lock; the file says who holds it, for the message of a run that is refused and for
 * {@code status}. PostgreSQL has its own: {@link PostgresRunLock}.
 */
class RunLock implements AutoCloseable {

    /** Another run holds the lock: this one must do nothing (exit 75). */
    static final class Held extends Exception {
        Held(String holder) {
            super(holder);
        }

        String holder() {
            return getMessage();
        }
    }

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** "nightly (pid 4711 on office-server, since 2021-09-13 23:30:00)": who a refused run is told holds it. */
    static String describe(String command) {
        return "%s, since %s)".formatted(shortDescription(command).replaceFirst("\\)$", ""),
                LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' '));
    }

    /** "nightly (pid 4711 on office-server)". */
    static String shortDescription(String command) {
        return "%s (pid %d on %s)".formatted(command, ProcessHandle.current().pid(), hostName());
    }

    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        }
        catch (IOException e) {
            return "localhost";
        }
    }

    /**
     * Takes the lock on {@code file} and writes the holder (and {@code extra}, e.g. how readers reach an H2
     * database the run has open) into it, readable by its owner only.
     *
     * @throws Held when another process holds it
     */
    static RunLock acquire(Path file, String holder, Map<String, String> extra) throws Held, IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        }
        catch (OverlappingFileLockException e) {
            lock = null; // held by this same JVM (tests run several "processes" in one)
        }
        if (lock == null) {
            channel.close();
            throw new Held(read(file).map(p -> p.getProperty("holder")).orElse("another process"));
        }
        RunLock held = new RunLock(channel, lock);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        catch (UnsupportedOperationException e) {
            // not POSIX: the folder's permissions protect it
        }
        held.say(holder, extra);
        return held;
    }

    /** Writes who holds the lock (and {@code extra}) into its file, in place of what it said. */
    void say(String holder, Map<String, String> extra) throws IOException {
        Properties p = new Properties();
        p.setProperty("holder", holder);
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        ProcessHandle.current().info().startInstant().ifPresent(s -> p.setProperty("processStart", s.toString()));
        p.putAll(extra);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        p.store(text, "bin/briefing run lock: held while the file is locked, by the process named here");
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.toByteArray()), 0);
        channel.force(false);
    }

    /**
     * What the lock file says, if the process it names is alive: how {@code status} and the readers of an
     * H2 database know that a run is going, without taking the lock themselves.
     */
    static Optional<Properties> holder(Path file) {
        return read(file).filter(RunLock::alive);
    }

    /** Whether the process a lock file names is alive (the same process: its start time too). */
    static boolean alive(Properties holder) {
        Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(holder.getProperty("pid", "-1")));
        String start = holder.getProperty("processStart");
        return process.isPresent() && (start == null || process.get().info().startInstant()
            .map(s -> s.equals(Instant.parse(start))).orElse(true));
    }

    /**
     * What the lock file says, whoever wrote it: a lock released at the end of a run says nothing (it is
     * wiped), so a holder named here, not alive, is a run that died.
     */
    static Optional<Properties> read(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return p.containsKey("pid") ? Optional.of(p) : Optional.empty();
        }
        catch (NoSuchFileException | AccessDeniedException e) {
            return Optional.empty(); // no run yet; or another user's run, whose lock file only its owner reads
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Released: the holder is wiped first, so that nobody takes a process that lives on for the holder. */
    @Override
    public void close() throws IOException {
        channel.truncate(0);
        lock.release();
        channel.close();
    }
}
