package vn.covid.briefing.runs;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.covid.briefing.briefing.Briefings;
import vn.covid.briefing.briefing.ReportCalendar;

/**
 * {@code bin/briefing nightly}: ingest what arrived, then issue every briefing that is due (new weeks once
 * complete or past their deadline, and past weeks whose data changed, as new editions).
 */
@Component
class NightlyCommand implements Command<Cli.Nightly> {

    private static final Logger log = LoggerFactory.getLogger(NightlyCommand.class);

    private final Ingestion ingestion;
    private final ReportCalendar calendar;
    private final BriefingRuns briefings;
    private final Clock clock;

    NightlyCommand(Ingestion ingestion, ReportCalendar calendar, BriefingRuns briefings, Clock clock) {
        this.ingestion = ingestion;
        this.calendar = calendar;
        this.briefings = briefings;
        this.clock = clock;
    }

    @Override
    public Class<Cli.Nightly> invocation() {
        return Cli.Nightly.class;
    }

    @Override
    public Outcome run(Cli.Nightly invocation) throws Exception {
        long start = System.nanoTime();
        Ingestion.Result ingest;
        try {
            ingest = ingestion.run();
        }
        catch (Ingestion.IngestFailed e) {
            System.err.println("briefing nightly: the ingest failed: " + e.getMessage());
            System.err.println(Ingestion.IngestFailed.ADVICE);
            return new Outcome(ExitCode.FAILURE, "the ingest failed: " + e.getMessage());
        }
        System.out.print(ingest.text());
        System.out.println();
        List<Briefings.Outcome> outcomes = briefings.run(calendar.due(clock.instant()), false, false);
        briefings.print(outcomes, System.out);
        double seconds = (System.nanoTime() - start) / 1e9;
        long rendered = Briefings.Outcome.rendered(outcomes);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("command", "nightly");
        facts.put("exitCode", ingest.exitCode());
        Map<String, Object> files = new LinkedHashMap<>();
        files.put("processed", ingest.summary().filesProcessed());
        files.put("rowsAccepted", ingest.summary().rowsAccepted());
        files.put("rowsCorrected", ingest.summary().rowsCorrected());
        files.put("rowsRejected", ingest.summary().rowsRejected());
        files.put("ingestRunFolder", ingest.folder().toString());
        facts.put("ingest", files);
        Path folder = briefings.writeSummary("nightly-" + ingest.execution().getId(), facts, outcomes, seconds);
        System.out.printf("Run folder: %s%n", folder);
        log.info("nightly: {} files, {} rows accepted, {} rows rejected, {} briefings rendered, {} up to date, {} s",
                ingest.summary().filesProcessed(), ingest.summary().rowsAccepted(), ingest.summary().rowsRejected(),
                rendered, outcomes.size() - rendered, String.format("%.1f", seconds));
        return new Outcome(ingest.exitCode(), ingest.line() + "; briefings: " + BriefingRuns.counts(outcomes));
    }
}
