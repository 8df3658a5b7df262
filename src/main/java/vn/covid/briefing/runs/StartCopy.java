package vn.covid.briefing.runs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * An H2 database file as a run found it ({@code briefing.mv.db.run-start} beside it), taken while the run
 * holds the lock and before the database is opened: if the run dies, the next one puts the file back and
 * does the dead run's work again, instead of trusting what H2 made of the kill. An empty copy means
 * there was no database yet. Written whole (temporary file, forced to disk, renamed) or not at all.
 */
final class StartCopy {

    private final Path database;
    private final Path copy;

    StartCopy(Path database) {
        this.database = database;
        this.copy = database.resolveSibling(database.getFileName() + ".run-start");
    }

    /** Takes the copy of the database as it is now (nothing if there is none: an empty copy). */
    void take() throws IOException {
        Path tmp = copy.resolveSibling(copy.getFileName() + ".tmp");
        Files.createDirectories(copy.toAbsolutePath().getParent());
        try {
            if (Files.exists(database)) {
                try (FileChannel unused = closedByH2(database)) {
                    Files.copy(database, tmp, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            else {
                Files.write(tmp, new byte[0]);
            }
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(tmp, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * The database file, locked as H2 locks it while open: a reader ({@code status}) that opened it before
     * the run took its lock has it for a second or two, and writes to it as it closes; the copy waits.
     */
    private static FileChannel closedByH2(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            for (int i = 0; i < 600; i++) {
                try {
                    if (channel.tryLock() != null) {
                        return channel; // released when the channel closes
                    }
                }
                catch (java.nio.channels.OverlappingFileLockException e) {
                    // this JVM has it open (tests run several "processes" in one): wait as for another
                }
                Thread.sleep(100);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        channel.close();
        throw new IOException("the database " + file + " stayed open in another process for a minute; nothing was copied");
    }

    /**
     * Puts the database back as the copy has it, and says so in a sentence; nothing when there is no copy
     * (someone removed it): then the database is used as H2 recovered it.
     */
    java.util.Optional<String> putBack() throws IOException {
        if (!Files.exists(copy)) {
            return java.util.Optional.empty();
        }
        if (Files.size(copy) == 0) {
            Files.deleteIfExists(database);
            return java.util.Optional.of("it had made the database " + database + ", which is removed: this run makes "
                    + "it again");
        }
        Path tmp = database.resolveSibling(database.getFileName() + ".put-back.tmp");
        try {
            Files.copy(copy, tmp, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            if (Files.exists(database)) {
                try (FileChannel unused = closedByH2(database)) {
                    Files.move(tmp, database, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            else {
                Files.move(tmp, database, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        finally {
            Files.deleteIfExists(tmp);
        }
        return java.util.Optional.of("the database " + database + " is put back as it was when that run began, and "
                + "this run does its work again");
    }
}
