package vn.covid.briefing.runs;

import org.springframework.stereotype.Component;

/** {@code bin/briefing ingest}: load new reports, write the run folder, print the summary. */
@Component
class IngestCommand implements Command {

    private final Ingestion ingestion;

    IngestCommand(Ingestion ingestion) {
        this.ingestion = ingestion;
    }

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public int run(CommandLine commandLine) throws Exception {
        Ingestion.Result result;
        try {
            result = ingestion.run();
        }
        catch (Ingestion.IngestFailed e) {
            System.err.println("briefing ingest: failed: " + e.getMessage());
            System.err.println(Ingestion.IngestFailed.ADVICE);
            return ExitCode.FAILURE;
        }
        System.out.print(result.text());
        return result.exitCode();
    }
}
