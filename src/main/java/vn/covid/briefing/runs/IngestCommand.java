package vn.covid.briefing.runs;

import org.springframework.stereotype.Component;

/** {@code bin/briefing ingest}: load new reports, write the run folder, print the summary. */
@Component
class IngestCommand implements Command<Cli.Ingest> {

    private final Ingestion ingestion;

    IngestCommand(Ingestion ingestion) {
        this.ingestion = ingestion;
    }

    @Override
    public Class<Cli.Ingest> invocation() {
        return Cli.Ingest.class;
    }

    @Override
    public Outcome run(Cli.Ingest invocation) throws Exception {
        Ingestion.Result result;
        try {
            result = ingestion.run();
        }
        catch (Ingestion.IngestFailed e) {
            System.err.println("briefing ingest: failed: " + e.getMessage());
            System.err.println(Ingestion.IngestFailed.ADVICE);
            return new Outcome(ExitCode.FAILURE, e.getMessage());
        }
        System.out.print(result.text());
        return new Outcome(result.exitCode(), result.line());
    }
}
