package vn.covid.briefing.runs;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.covid.briefing.briefing.Briefings;
import vn.covid.briefing.briefing.ReportCalendar;
import vn.covid.briefing.system.BriefingProperties;

/** {@code bin/briefing rerun --from D1 --to D2 [--force]}: every report week in the range, as editions. */
@Component
class RerunCommand implements Command<Cli.Rerun> {

    private static final Logger log = LoggerFactory.getLogger(RerunCommand.class);

    private final ReportCalendar calendar;
    private final BriefingRuns briefings;

    private final String scope;

    RerunCommand(ReportCalendar calendar, BriefingRuns briefings, BriefingProperties properties) {
        this.calendar = calendar;
        this.briefings = briefings;
        this.scope = properties.scope();
    }

    @Override
    public Class<Cli.Rerun> invocation() {
        return Cli.Rerun.class;
    }

    @Override
    public Outcome run(Cli.Rerun invocation) throws Exception {
        long start = System.nanoTime();
        LocalDate from = invocation.from;
        LocalDate to = invocation.to;
        List<LocalDate> dates = calendar.reportDates(from, to);
        System.out.printf("Re-running %d report week(s) from %s to %s%n", dates.size(), from, to);
        List<Briefings.Outcome> outcomes = briefings.run(dates, invocation.force, invocation.reissueWording);
        briefings.print(outcomes, System.out);
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("command", "rerun");
        facts.put("from", from.toString());
        facts.put("to", to.toString());
        facts.put("force", invocation.force);
        Path folder = briefings.writeSummary("rerun-" + scope, facts, outcomes, seconds); // profiles side by side
        System.out.printf("Run folder: %s%n", folder);
        log.info("rerun {} … {}: {} weeks, {} rendered, {} s", from, to, outcomes.size(),
                Briefings.Outcome.rendered(outcomes),
                String.format("%.1f", seconds));
        return new Outcome(ExitCode.OK, outcomes.size() + " report week(s): " + BriefingRuns.counts(outcomes));
    }
}
