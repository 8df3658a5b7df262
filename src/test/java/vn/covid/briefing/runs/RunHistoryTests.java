package vn.covid.briefing.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.covid.briefing.runs.CommandRuns.Execution;
import vn.covid.briefing.runs.CommandRuns.Outcome;
import vn.covid.briefing.runs.CommandRuns.Run;

/** The runs in status: as people started them, one line each with details, never wider than 80 columns. */
class RunHistoryTests {

    private static final LocalDateTime NIGHT = LocalDateTime.of(2021, 9, 13, 23, 30);

    private static String print(List<Run> runs, Optional<String> lockHolder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RunHistory.print(runs, lockHolder, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static List<Execution> nightlyExecutions(String lastStatus) {
        List<Execution> executions = new ArrayList<>();
        executions.add(new Execution(100, "ingest", "COMPLETED", NIGHT, NIGHT.plusSeconds(14), "", "/srv/briefing/input"));
        for (int i = 0; i < 32; i++) {
            executions.add(new Execution(101 + i, "briefing", i == 31 ? lastStatus : "COMPLETED", NIGHT.plusMinutes(1),
                    i == 31 && lastStatus.equals("STARTED") ? null : NIGHT.plusMinutes(2), "",
                    NIGHT.toLocalDate().minusWeeks(31 - i).toString()));
        }
        return executions;
    }

    @Test
    void aNightlyIsOneLineWithItsIngestAndItsBriefingsCounted() {
        Run nightly = new Run(7, "nightly", "87", "nightly", "office", 4711, NIGHT, NIGHT.plusSeconds(65), Outcome.FINISHED, 3,
                "2669 files: 2664 loaded, 1 partly loaded, 4 rejected; 30426 rows accepted, 4 rejected; briefings: "
                        + "32 rendered, 0 up to date", nightlyExecutions("COMPLETED"));

        String text = print(List.of(nightly), Optional.empty());

        assertThat(text).startsWith("  #7    nightly  87   2021-09-13 23:30  65.0 s  exit 3\n")
            .contains("        ingest #100 COMPLETED 14.0 s\n", "        briefing: 32 executions: 32 COMPLETED\n")
            .contains("2669 files: 2664 loaded").contains("32 rendered, 0 up to date");
        assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
    }

    @Test
    void aFailureReasonIsWrappedNotCut() {
        String reason = "the database connection was lost during the run (FATAL: terminating connection due to "
                + "administrator command); check that the database server runs and is reachable at "
                + "spring.datasource.url (--db), then run again: it resumes";
        Run failed = new Run(8, "report", "87", "report --date 2021-09-13", "office", 4712, NIGHT, NIGHT.plusSeconds(3),
                Outcome.FINISHED, 1, reason, List.of(new Execution(140, "briefing", "FAILED", NIGHT, NIGHT.plusSeconds(2),
                        "org.postgresql.util.PSQLException: FATAL: terminating connection", "2021-09-13")));

        String text = print(List.of(failed), Optional.empty());

        assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
        // wrapped at spaces (and dots, for long names): every character is still there
        assertThat(text.replaceAll("\\s+", "")).contains(reason.replaceAll("\\s+", ""))
            .contains("briefing#1402021-09-13FAILED2.0s:org.postgresql.util.PSQLException");
    }

    @Test
    void aRunWhoseProcessDiedIsAbandonedAndOnlyTheLockHolderIsRunning() {
        Run dead = new Run(9, "nightly", null, "nightly", "office", 4713, NIGHT, null, Outcome.RUNNING, null, null,
                nightlyExecutions("STARTED"));

        assertThat(print(List.of(dead), Optional.empty())).startsWith("  #9    nightly       2021-09-13 23:30          ABANDONED\n")
            .contains("the process died (pid 4713 on office); the next run marks it")
            .contains("briefing: 32 executions: 31 COMPLETED, 1 ABANDONED (#132 2021-09-13)");
        assertThat(print(List.of(dead), Optional.of("nightly (pid 4713 on office, since 2021-09-13 23:30:00)")))
            .contains("running\n", "by nightly (pid 4713", "1 running (#132 2021-09-13)");
    }
}
