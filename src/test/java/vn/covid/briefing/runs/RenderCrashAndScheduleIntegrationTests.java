package vn.covid.briefing.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.Database;
import vn.covid.briefing.support.Poppler;
import vn.covid.briefing.support.Wait;

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

        // Kill -9 while a week's job is running (its "started" line logged, its PDF not yet written), not
        // in the short gap between two weeks; the log the killed process wrote confirms it, else the kill is
        // tried again. (The database may not: H2 writes a commit to its file up to 500 ms later, WRITE_DELAY,
        // so a kill can take the job's STARTED row with it; the next run must cope with both.)
        Path log = briefing.output().resolve("logs/briefing.log");
        JdbcTemplate db = Database.jdbc(briefing.dbUrl());
        int attempts = 0;
        int open;
        do {
            assertThat(++attempts).as("a kill that lands inside a week's job").isLessThanOrEqualTo(3);
            open = openBriefingRuns(log); // killed by an earlier attempt: started, never finished
            int before = open;
            Process process = rerun.start("rerun", temp.resolve("killed-" + attempts + ".log"));
            Wait.until("a week's job running", Duration.ofMinutes(3),
                    () -> NightlyIntegrationTests.pdfs(briefing.output()).size() >= 3 && openBriefingRuns(log) > before);
            process.destroyForcibly(); // SIGKILL
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        while (openBriefingRuns(log) <= open);
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
        assertThat(db.queryForObject("SELECT COUNT(*) FROM briefing_edition", Integer.class)).isEqualTo(14);
        // the killed week's execution is FAILED (recovered) then COMPLETED, or, when H2 lost its STARTED row with
        // the process (WRITE_DELAY), just COMPLETED: never left STARTED (the 14 editions are counted above)
        assertThat(db.queryForList("SELECT e.STATUS FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
                + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'briefing'", String.class))
            .isNotEmpty().allMatch(status -> status.equals("FAILED") || status.equals("COMPLETED"));
    }

    /**
     * The narrowest window of a crash: the week's step has committed (PDF written, edition recorded) but
     * the process died before Spring Batch marked the job complete and saved the job's context. The next
     * run must finish that instance and report the edition, not fail on the missing context or issue the
     * week twice. Set up directly in the job repository, since a kill rarely lands there.
     */
    @Test
    void aRunThatDiedAfterItsStepCommittedIsFinishedWithoutIssuingTwice() throws Exception {
        Briefing briefing = new Briefing(Briefing.PROJECT.resolve("input"), temp.resolve("out"), Database.H2.freshUrl(temp));
        assertThat(briefing.run("ingest").exitCode()).isEqualTo(3);
        Briefing report = new Briefing(briefing.input(), briefing.output(), briefing.dbUrl()).with("--date").with("2021-09-13");
        assertThat(report.run("report").exitCode()).isZero();
        Path pdf = briefing.output().resolve("87/2021/2021-09-13_bao-cao-tuan_ban-1.pdf");
        byte[] issued = Files.readAllBytes(pdf);

        JdbcTemplate db = Database.jdbc(briefing.dbUrl());
        long execution = db.queryForObject("SELECT MAX(e.JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i "
                + "ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'briefing'", Long.class);
        db.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL "
                + "WHERE JOB_EXECUTION_ID = ?", execution);
        db.update("DELETE FROM BATCH_JOB_EXECUTION_CONTEXT WHERE JOB_EXECUTION_ID = ?", execution);

        Briefing.Result again = report.run("report");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("edition 1");
        assertThat(Files.readAllBytes(pdf)).as("the PDF the dead run wrote, untouched").isEqualTo(issued);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM briefing_edition", Integer.class)).isEqualTo(1);
        assertThat(db.queryForList("SELECT e.STATUS FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON "
                + "i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'briefing' ORDER BY e.JOB_EXECUTION_ID", String.class))
            .containsExactly("FAILED", "COMPLETED");
    }

    @Test
    void scheduleRunsNightlyOnItsCronAndStopsOnSigterm() throws Exception {
        Path inbox = Briefing.emptyInbox(temp);
        Briefing schedule = new Briefing(inbox, temp.resolve("out"), Database.H2.freshUrl(temp))
            .with("--briefing.schedule.cron=*/2 * * * * *");
        Path log = temp.resolve("schedule.log");
        Process process = schedule.start("schedule", log);
        Wait.until("a nightly run by the schedule", Duration.ofMinutes(2),
                () -> Files.exists(log) && Files.readString(log).contains("nightly run finished with exit code 0"));
        process.destroy(); // SIGTERM
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stops within a minute").isTrue();
        assertThat(Files.readString(log)).contains("Schedule: next nightly run at", "Schedule stopped.")
            .doesNotContain("Exception");
        assertThat(NightlyIntegrationTests.runFolders(schedule.output(), "-nightly-")).isNotEmpty();
    }

    private static final Pattern STARTED = Pattern.compile("briefing \\S+: run \\d+ started");
    private static final Pattern FINISHED = Pattern.compile("briefing \\S+ edition \\d+: indicators");

    /** Briefing runs the log shows started and not finished. */
    private static int openBriefingRuns(Path log) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        String text = Files.readString(log);
        return (int) (STARTED.matcher(text).results().count() - FINISHED.matcher(text).results().count());
    }
}
