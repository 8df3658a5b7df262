package vn.covid.briefing.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.Database;
import vn.covid.briefing.support.Wait;

/**
 * The database goes away in the middle of a run (PostgreSQL ends its sessions, as a restart of the server
 * does): the run says so in one line with the setting to check, and the log has the details.
 */
class LostConnectionIntegrationTests {

    @TempDir
    Path temp;

    @Test
    void aConnectionLostMidRunIsNamedAsSuchWithTheSettingToCheck() throws Exception {
        Briefing briefing = new Briefing(Briefing.PROJECT.resolve("input"), temp.resolve("out"),
                Database.POSTGRES.freshUrl(temp)).with("--briefing.ingest.chunk-files=2");
        Path log = temp.resolve("ingest.log");
        Process ingest = briefing.start("ingest", log);
        Wait.forLog(briefing.output(), "Loading reports: ", Duration.ofMinutes(2));

        // every session of the run's database, again and again until the run gives up: a pool that
        // reconnects must not make the loss go unnoticed
        JdbcTemplate admin = Database.jdbc(briefing.dbUrl());
        Wait.until("the run ending", Duration.ofMinutes(2), () -> {
            admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                    + "AND pid <> pg_backend_pid()", rs -> {
                    });
            return !ingest.isAlive();
        });
        assertThat(ingest.waitFor(10, TimeUnit.SECONDS)).isTrue();

        String out = Files.readString(log);
        assertThat(ingest.exitValue()).as(out).isEqualTo(1);
        assertThat(out).doesNotContain("\tat ");
        assertThat(out.lines().filter(l -> l.startsWith("briefing ingest: failed: ")).toList()).as(out).singleElement()
            .asString().contains("the database connection was lost during the run (",
                    "check that the database server runs and is reachable at spring.datasource.url (--db)");
        assertThat(Files.readString(briefing.output().resolve("logs/briefing.log")))
            .contains("briefing ingest failed: the database connection was lost", "\tat org.postgresql");
    }
}
