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
        if (Files.exists(database)) {
            Files.copy(database, tmp, StandardCopyOption.REPLACE_EXISTING);
        }
        else {
            Files.write(tmp, new byte[0]);
        }
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(tmp, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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
        Files.copy(copy, tmp, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(tmp, database, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return java.util.Optional.of("the database " + database + " is put back as it was when that run began, and "
                + "this run does its work again");
    }
}
