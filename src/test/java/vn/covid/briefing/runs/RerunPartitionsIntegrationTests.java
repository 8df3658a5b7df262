package vn.covid.briefing.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.Database;

/**
 * A rerun's weeks partitioned over two threads (Spring Batch partitioning): the same editions, byte for
 * byte, as one week at a time; one partition per week, each week's briefing job linked to the run.
 */
class RerunPartitionsIntegrationTests {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Database.class)
    void weeksSideBySideIssueWhatWeeksOneAtATimeIssue(Database database) throws Exception {
        Path inbox = Briefing.reducedSample(temp.resolve("inbox"));
        Briefing parallel = new Briefing(inbox, temp.resolve("out-2"), database.freshUrl(temp))
            .with("--briefing.rerun.threads=2");
        Briefing serial = new Briefing(inbox, temp.resolve("out-1"), database.freshUrl(temp))
            .with("--briefing.rerun.threads=1");
        for (Briefing b : new Briefing[] { parallel, serial }) {
            assertThat(b.run("ingest").exitCode()).isEqualTo(3);
        }

        Briefing.Result two = parallel.with("--from").with("2021-09-06").with("--to").with("2021-09-13").run("rerun");
        Briefing.Result one = serial.with("--from").with("2021-09-06").with("--to").with("2021-09-13").run("rerun");

        assertThat(two.exitCode()).as(two.err()).isZero();
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(two.out()).contains("2021-09-06  edition 1", "2021-09-13  edition 1", "Briefings: 2 rendered");
        assertThat(ManyScopesIntegrationTests.files(temp.resolve("out-2/87")))
            .isEqualTo(ManyScopesIntegrationTests.files(temp.resolve("out-1/87"))).hasSize(4);
        assertThat(Database.jdbc(parallel.dbUrl()).queryForList("SELECT s.STEP_NAME || ' ' || s.STATUS FROM "
                + "BATCH_STEP_EXECUTION s JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID JOIN "
                + "BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'briefings' "
                + "ORDER BY s.STEP_NAME", String.class))
            .containsExactly("buildCheckpoints COMPLETED", "rerunWeek:week-2021-09-06 COMPLETED",
                    "rerunWeek:week-2021-09-13 COMPLETED", "rerunWeeks COMPLETED");
        assertThat(Database.jdbc(parallel.dbUrl()).queryForList("SELECT i.JOB_NAME FROM command_run_job j JOIN "
                + "BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = j.job_execution_id JOIN BATCH_JOB_INSTANCE i ON "
                + "i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE j.command_run_id = 2 ORDER BY 1", String.class))
            .as("the rerun's jobs, the weeks' included, are its own").containsExactly("briefing", "briefing", "briefings");
    }
}
