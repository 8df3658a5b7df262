package vn.covid.briefing.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.Database;
import vn.covid.briefing.support.Poppler;

/**
 * The real main class in separate processes: a rerun killed with kill -9 while rendering leaves no
 * partial PDF and the next run finishes the job (no week issued twice); `schedule` runs nightly on its
 * cron and stops cleanly on SIGTERM.
 */
class RenderCrashAndScheduleIntegrationTests {

    @TempDir
    Path temp;

    @Test
    void aRerunKilledWhileRenderingIsFinishedByTheNextRun() throws Exception {
        Briefing briefing = new Briefing(Briefing.PROJECT.resolve("input"), temp.resolve("out"), Database.H2.freshUrl(temp));
        assertThat(briefing.run("ingest").exitCode()).isEqualTo(3);
        Briefing rerun = new Briefing(briefing.input(), briefing.output(), briefing.dbUrl()).with("--from")
            .with("2021-07-05").with("--to").with("2021-10-04");

        Process process = rerun.start("rerun", temp.resolve("killed.log"));
        waitFor(() -> NightlyIntegrationTests.pdfs(briefing.output()).size() >= 3, Duration.ofMinutes(3));
        process.destroyForcibly(); // SIGKILL, in the middle of the weeks
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int beforeKill = NightlyIntegrationTests.pdfs(briefing.output()).size();
        assertThat(beforeKill).as("killed in the middle").isBetween(3, 13);

        Briefing.Result resumed = rerun.run("rerun");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        List<String> pdfs = NightlyIntegrationTests.pdfs(briefing.output());
        assertThat(pdfs).hasSize(14).allMatch(p -> p.endsWith("_ban-1.pdf"));
        for (String pdf : pdfs) {
            assertThat(Poppler.run("pdfinfo", briefing.output().resolve(pdf).toString()).exitCode()).as(pdf).isZero();
        }
        try (Stream<Path> files = Files.walk(briefing.output())) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList()).as("no temp file left")
                .isEmpty();
        }
        JdbcTemplate db = Database.jdbc(briefing.dbUrl());
        assertThat(db.queryForObject("SELECT COUNT(*) FROM briefing_edition", Integer.class)).isEqualTo(14);
        assertThat(db.queryForList("SELECT e.STATUS FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
                + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'briefing'", String.class))
            .as("the killed week: FAILED (recovered), then COMPLETED").contains("FAILED").doesNotContain("STARTED");
    }

    @Test
    void scheduleRunsNightlyOnItsCronAndStopsOnSigterm() throws Exception {
        Path inbox = Briefing.inboxWithReference(temp);
        Briefing schedule = new Briefing(inbox, temp.resolve("out"), Database.H2.freshUrl(temp))
            .with("--briefing.schedule.cron=*/2 * * * * *");
        Path log = temp.resolve("schedule.log");
        Process process = schedule.start("schedule", log);
        waitFor(() -> Files.exists(log) && Files.readString(log).contains("nightly run finished with exit code 0"),
                Duration.ofMinutes(2));
        process.destroy(); // SIGTERM
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stops within a minute").isTrue();
        assertThat(Files.readString(log)).contains("Schedule: next nightly run at", "Schedule stopped.")
            .doesNotContain("Exception");
        assertThat(NightlyIntegrationTests.runFolders(schedule.output(), "-nightly-")).isNotEmpty();
    }

    interface Check {
        boolean ok() throws IOException;
    }

    static void waitFor(Check check, Duration timeout) throws Exception {
        Instant end = Instant.now().plus(timeout);
        while (!check.ok()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not reached in " + timeout);
            }
            Thread.sleep(200);
        }
    }
}
