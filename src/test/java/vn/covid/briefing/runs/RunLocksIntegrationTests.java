package vn.covid.briefing.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.Database;
import vn.covid.briefing.support.Wait;

/**
 * Locks that fit how people work, with the real main class in separate processes: status works while a
 * nightly runs (and shows it running); a second run on the same database is refused with 75 and the
 * holder's name whatever its output folder; a run killed with kill -9 leaves no lock, shows as ABANDONED,
 * and the next run marks it so.
 */
class RunLocksIntegrationTests {

    private static final Path SAMPLE = Briefing.PROJECT.resolve("input");

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Database.class)
    void statusWorksDuringANightlyAndASecondRunIsRefusedWhateverItsOutputFolder(Database database) throws Exception {
        Briefing nightly = new Briefing(SAMPLE, temp.resolve("out"), database.freshUrl(temp));
        Process running = nightly.start("nightly", temp.resolve("nightly.log"));
        Wait.forLog(nightly.output(), "started: bin/briefing nightly", Duration.ofMinutes(2));

        Briefing.Result status = nightly.runProcess("status", temp.resolve("status.log"));
        Briefing.Result second = new Briefing(SAMPLE, temp.resolve("other-out"), nightly.dbUrl())
            .runProcess("ingest", temp.resolve("second.log"));

        assertThat(running.isAlive()).as("the nightly was still going").isTrue();
        assertThat(status.exitCode()).as(status.out()).isZero();
        assertThat(status.out()).contains("Tỉnh Đồng Tháp").containsPattern("#\\d+ +nightly .* running\\n")
            .contains("by nightly (pid " + running.pid());
        assertThat(second.exitCode()).as(second.out()).isEqualTo(75);
        assertThat(second.out()).contains("another run holds the lock: nightly (pid " + running.pid());

        running.destroyForcibly(); // kill -9: no shutdown hook, nothing released by the application
        assertThat(running.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Briefing.Result afterDeath = nightly.run("status");
        assertThat(afterDeath.out()).containsPattern("#1 +nightly .* ABANDONED\\n")
            .contains("the process died (pid " + running.pid());

        Briefing.Result next = nightly.run("ingest");

        assertThat(next.exitCode()).as("the lock died with its process: " + next.err()).isIn(0, 3);
        JdbcTemplate db = Database.jdbc(nightly.dbUrl());
        assertThat(db.queryForObject("SELECT outcome || ' ' || reason FROM command_run WHERE id = 1", String.class))
            .startsWith("ABANDONED the process died before the run ended (found by run #");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTING', 'STARTED')",
                Integer.class)).as("nothing left looking as if it ran").isZero();
        if (database == Database.H2) { // put back as it was when the dead run began: its work was done again
            assertThat(db.queryForObject("SELECT reason FROM command_run WHERE id = 1", String.class))
                .contains("the database was put back as it was when this run began: what it had done is done again");
            assertThat(db.queryForObject("SELECT COUNT(*) FROM command_run_job WHERE command_run_id = 1", Integer.class))
                .as("the dead run's job executions went with its work").isZero();
            assertThat(db.queryForObject("SELECT COUNT(*) FROM command_run_job WHERE command_run_id = 2", Integer.class))
                .isPositive();
        }
        else {
            assertThat(db.queryForObject("SELECT COUNT(*) FROM command_run_job WHERE command_run_id = 1", Integer.class))
                .as("the dead run's job executions are its own").isPositive();
        }
        assertThat(nightly.run("status").out()).containsPattern("#1 +nightly .* ABANDONED\\n")
            .contains("found by run #");
    }

    /**
     * A job execution that nothing will ever resume (a --force render: its identity holds the moment it was
     * asked for) is ABANDONED by the next run, not merely failed; set up in the job repository as a kill
     * would leave it, since a kill rarely lands inside so short a job.
     */
    @Test
    void anExecutionNothingWillResumeIsAbandonedAndOneThatWillIsFailedAndResumed() throws Exception {
        Briefing briefing = new Briefing(Briefing.reducedSample(temp.resolve("inbox")), temp.resolve("out"),
                Database.H2.freshUrl(temp));
        assertThat(briefing.run("ingest").exitCode()).isEqualTo(3);
        Briefing report = new Briefing(briefing.input(), briefing.output(), briefing.dbUrl()).with("--date").with("2021-09-13");
        assertThat(report.run("report").exitCode()).isZero();
        assertThat(new Briefing(briefing.input(), briefing.output(), briefing.dbUrl()).with("--date").with("2021-09-13")
            .with("--force").run("report").exitCode()).isZero();
        JdbcTemplate db = Database.jdbc(briefing.dbUrl());
        long forced = db.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
        db.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', EXIT_CODE = 'UNKNOWN', END_TIME = NULL "
                + "WHERE JOB_EXECUTION_ID = ?", forced);
        db.update("UPDATE command_run SET outcome = 'RUNNING', ended_at = NULL, exit_code = NULL "
                + "WHERE id = (SELECT MAX(id) FROM command_run)");
        db.update("DELETE FROM command_run_job WHERE job_execution_id = ?", forced);

        Briefing.Result next = report.run("report");

        assertThat(next.exitCode()).as(next.err()).isZero();
        assertThat(db.queryForObject("SELECT STATUS FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?", String.class,
                forced)).isEqualTo("ABANDONED");
        assertThat(db.queryForList("SELECT outcome FROM command_run ORDER BY id", String.class))
            .containsExactly("FINISHED", "FINISHED", "ABANDONED", "FINISHED");
        assertThat(briefing.run("status").out())
            .containsPattern("#\\d+ +report .* ABANDONED\\n.*found by run #\\d+.*\\n *briefing #" + forced
                    + " 2021-09-13 ABANDONED");
    }

    /**
     * The commands that read write nothing, so that nothing they compute on the way can be stored beside a
     * run that is changing the data under them: indicators builds month-end checkpoints as it goes, and
     * throws them away.
     */
    @Test
    void theCommandsThatReadWriteNothing() throws Exception {
        Briefing briefing = new Briefing(Briefing.reducedSample(temp.resolve("inbox")), temp.resolve("out"),
                Database.H2.freshUrl(temp));
        assertThat(briefing.run("ingest").exitCode()).isEqualTo(3);
        JdbcTemplate db = Database.jdbc(briefing.dbUrl());
        int runs = db.queryForObject("SELECT COUNT(*) FROM command_run", Integer.class);

        Briefing.Result indicators = new Briefing(briefing.input(), briefing.output(), briefing.dbUrl()).with("--date")
            .with("2021-10-04").run("indicators");
        Briefing.Result status = briefing.run("status");

        assertThat(indicators.exitCode()).as(indicators.err()).isZero();
        assertThat(indicators.out()).contains("Huyện Châu Thành", "Thành phố Sa Đéc");
        assertThat(status.exitCode()).isZero();
        assertThat(db.queryForObject("SELECT COUNT(*) FROM unit_checkpoint", Integer.class))
            .as("the checkpoints of September, computed and not kept").isZero();
        assertThat(db.queryForObject("SELECT COUNT(*) FROM command_run", Integer.class)).isEqualTo(runs);
    }
}
