package vn.covid.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.Database;

class SharedRegistrationTests {

    @TempDir
    Path inbox;

    @Test
    void aFileIsTakenAsReadOnlyWhileItsPathSizeTimeAndInodeAreTheSameAndTheRunLasts() throws IOException {
        Path file = Files.writeString(inbox.resolve("a.csv"), "report_date,unit_code\n");
        InboxWalk.Candidate before = only();
        try (SharedRegistration shared = SharedRegistration.keepWhileOpen()) {
            assertThat(SharedRegistration.checksum(inbox, before)).isNull();
            SharedRegistration.rememberChecksum(inbox, before, "abc");
            assertThat(SharedRegistration.checksum(inbox, only())).isEqualTo("abc");

            // the same length written again, a second later: another file as far as the cache is concerned
            Files.writeString(file, "report_date,unit_codX\n");
            Files.setLastModifiedTime(file, FileTime.from(before.modified().plusSeconds(1)));
            assertThat(SharedRegistration.checksum(inbox, only())).isNull();

            // replaced by another file (another inode) with the very same size and time
            Path other = Files.writeString(inbox.resolve("b.tmp"), "report_date,unit_code\n");
            Files.setLastModifiedTime(other, FileTime.from(before.modified()));
            Files.move(other, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertThat(only().size()).isEqualTo(before.size());
            assertThat(only().modified()).isEqualTo(before.modified());
            assertThat(SharedRegistration.checksum(inbox, only())).isNull();
        }
        SharedRegistration.rememberChecksum(inbox, only(), "def");
        assertThat(SharedRegistration.checksum(inbox, only())).as("nothing is kept once the run ends").isNull();
    }

    /**
     * The files a registration found registered are kept for the next profiles only once it commits (a row its
     * own transaction wrote may be undone), and a file withdrawn unread is forgotten.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void registeredFilesAreKeptOnceTheRegistrationCommitsAndForgottenWhenWithdrawn(Database database,
            @TempDir Path dbDir) throws IOException {
        String url = database.freshUrl(dbDir);
        JdbcTemplate jdbc = Database.jdbc(url);
        // the schema, as the application makes it: an ingest of an empty inbox
        assertThat(new Briefing(Briefing.emptyInbox(dbDir), dbDir.resolve("output"), url).run("ingest").exitCode()).isZero();
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        SourceFiles files = new SourceFiles(jdbc);
        InboxRegistrar registrar = new InboxRegistrar(files, new InboxProblems(jdbc, "87"), 1_000_000);
        Files.writeString(inbox.resolve("a.csv"), "report_date,unit_code\n");
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        try (SharedRegistration shared = SharedRegistration.keepWhileOpen()) {
            tx.executeWithoutResult(s -> registrar.register(inbox, List.of(), 1, now)); // registers a.csv
            String a = SharedRegistration.checksum(inbox, only());
            assertThat(SharedRegistration.registered(List.of(a))).as("registered by this run: not looked up").isEmpty();

            tx.executeWithoutResult(s -> registrar.register(inbox, List.of(), 2, now)); // finds it registered
            assertThat(SharedRegistration.registered(List.of(a))).containsOnlyKeys(a);

            Files.writeString(inbox.resolve("b.csv"), "report_date,district_code\n");
            tx.executeWithoutResult(s -> {
                registrar.register(inbox, List.of(), 3, now); // registers b.csv
                try { // then a copy of it, whose checksum this very transaction registered
                    Files.copy(inbox.resolve("b.csv"), inbox.resolve("c.csv"));
                }
                catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                registrar.register(inbox, List.of(), 3, now);
                s.setRollbackOnly(); // then undone
            });
            String b = SharedRegistration.checksum(inbox, InboxWalk.list(inbox, List.of()).files().stream()
                .filter(f -> f.name().equals("b.csv")).findFirst().orElseThrow());
            assertThat(SharedRegistration.registered(List.of(b))).as("found in a transaction rolled back").isEmpty();

            long id = jdbc.queryForObject("SELECT id FROM source_file WHERE checksum = ?", Long.class, a);
            jdbc.update("UPDATE source_file SET status = 'PENDING' WHERE id = ?", id);
            files.withdraw(List.of(id));
            assertThat(SharedRegistration.registered(List.of(a))).as("withdrawn").isEmpty();
        }
    }

    private InboxWalk.Candidate only() {
        List<InboxWalk.Candidate> files = InboxWalk.list(inbox, List.of()).files();
        assertThat(files).hasSize(1);
        return files.getFirst();
    }
}
