package vn.covid.briefing.runs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.covid.briefing.ingest.IngestRunner;
import vn.covid.briefing.ingest.IngestSummary;
import vn.covid.briefing.reference.UnitDirectory;
import vn.covid.briefing.system.BriefingProperties;

/** {@code bin/briefing ingest}: load new reports, write the run folder, print the summary. */
@Component
class IngestCommand implements Command {

    private static final Logger log = LoggerFactory.getLogger(IngestCommand.class);

    private final IngestRunner runner;
    private final JdbcTemplate jdbc;
    private final BriefingProperties properties;

    IngestCommand(IngestRunner runner, JdbcTemplate jdbc, BriefingProperties properties) {
        this.runner = runner;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public int run(CommandLine commandLine) throws Exception {
        JobExecution execution = runner.run(properties.input());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            String reason = Failures.reason(execution);
            System.err.println("briefing ingest: failed: " + reason);
            System.err.println("Fix the cause and run it again: it resumes where this run stopped (nothing is loaded twice).");
            return ExitCode.FAILURE;
        }
        IngestSummary summary = IngestSummary.of(execution, jdbc, UnitDirectory.load(jdbc, properties.scope()));
        var folder = RunReport.folderFor(properties.runsFolder(), execution, "ingest");
        System.out.print(RunReport.write(folder, execution, summary));
        log.info("ingest run {}: {} files processed ({} rejected), {} rows accepted, {} corrected, {} rejected, {} warned",
                execution.getId(), summary.filesProcessed(), summary.filesByStatus().get("REJECTED"),
                summary.rowsAccepted(), summary.rowsCorrected(), summary.rowsRejected(), summary.rowsWarned());
        return summary.hasRejections() ? ExitCode.REJECTS : ExitCode.OK;
    }
}
