package vn.covid.briefing.runs;

import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.covid.briefing.ingest.IngestRunner;
import vn.covid.briefing.ingest.IngestSummary;
import vn.covid.briefing.reference.ReferenceData;
import vn.covid.briefing.system.BriefingProperties;

/** The ingest as `ingest` and `nightly` run it: the job, its run folder, its summary and one log line. */
@Component
class Ingestion {

    private static final Logger log = LoggerFactory.getLogger(Ingestion.class);

    /** A finished ingest: its summary text, the run folder, and the exit code it deserves. */
    record Result(JobExecution execution, IngestSummary summary, String text, Path folder, int exitCode) {

        /** "2669 files: 2664 loaded, 1 partly loaded, 4 rejected; 30426 rows accepted, 4 rejected" (and any kept for other scopes) */
        String line() {
            var files = summary.filesByStatus();
            int other = files.get("OTHER_SCOPE");
            return "%d files: %d loaded, %d partly loaded, %d rejected%s; %d rows accepted, %d rejected".formatted(
                    summary.filesProcessed(), files.get("LOADED"), files.get("PARTIAL"), files.get("REJECTED"),
                    other == 0 ? "" : ", " + other + " not for this scope", summary.rowsAccepted(), summary.rowsRejected());
        }
    }

    private final IngestRunner runner;
    private final JdbcTemplate jdbc;
    private final BriefingProperties properties;
    private final ReferenceData reference;

    Ingestion(IngestRunner runner, JdbcTemplate jdbc, BriefingProperties properties, ReferenceData reference) {
        this.runner = runner;
        this.jdbc = jdbc;
        this.properties = properties;
        this.reference = reference;
    }

    /**
     * The ingests of one process go one at a time: the runs of several profiles share the inbox, and each
     * registers what it finds there.
     */
    private static final ReentrantLock ONE_AT_A_TIME = new ReentrantLock();

    /** @throws IngestFailed when the job did not complete (the next run resumes it) */
    Result run() throws Exception {
        JobExecution execution;
        ONE_AT_A_TIME.lock();
        try {
            execution = runner.run(properties.input(), properties.scope());
        }
        finally {
            ONE_AT_A_TIME.unlock();
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            execution.getAllFailureExceptions().stream().findFirst().ifPresent(e -> Failures.log("ingest", e));
            throw new IngestFailed(Failures.reason(execution));
        }
        IngestSummary summary = IngestSummary.of(execution, jdbc, reference.units());
        Path folder = RunReport.folderFor(properties.runsFolder(), execution, "ingest");
        String text = RunReport.write(folder, execution, summary);
        log.info("ingest run {}: {} files processed ({} rejected), {} rows accepted, {} corrected, {} rejected, {} warned",
                execution.getId(), summary.filesProcessed(), summary.filesByStatus().get("REJECTED"),
                summary.rowsAccepted(), summary.rowsCorrected(), summary.rowsRejected(), summary.rowsWarned());
        return new Result(execution, summary, text, folder, summary.hasRejections() ? ExitCode.REJECTS : ExitCode.OK);
    }

    static final class IngestFailed extends Exception {

        static final String ADVICE = "Fix the cause and run it again: it resumes where this run stopped "
                + "(nothing is loaded twice).";

        IngestFailed(String reason) {
            super(reason);
        }
    }
}
