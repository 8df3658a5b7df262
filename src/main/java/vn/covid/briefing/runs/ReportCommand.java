package vn.covid.briefing.runs;

import org.springframework.stereotype.Component;

import vn.covid.briefing.briefing.BriefingRunner;
import vn.covid.briefing.briefing.Briefings;

/** {@code bin/briefing report --date D [--force]}: the briefing of one report week, as a new edition if its data changed. */
@Component
class ReportCommand implements Command<Cli.Report> {

    private final BriefingRunner runner;
    private final ProfileGaps gaps;

    ReportCommand(BriefingRunner runner, ProfileGaps gaps) {
        this.runner = runner;
        this.gaps = gaps;
    }

    @Override
    public Class<Cli.Report> invocation() {
        return Cli.Report.class;
    }

    @Override
    public Outcome run(Cli.Report invocation) throws Exception {
        Briefings.Outcome o = runner.run(invocation.date, invocation.force, invocation.reissueWording);
        switch (o.status()) {
            case UP_TO_DATE -> System.out.printf("Briefing %s is up to date: edition %d, %s%n", o.reportDate(), o.edition(),
                    o.pdf());
            case RE_RENDERED -> System.out.printf("Briefing %s edition %d rendered again (same data): %s (%d ms)%n",
                    o.reportDate(), o.edition(), o.pdf(), o.millis());
            case NEW_EDITION -> System.out.printf("Briefing %s edition %d: %s (%d ms)%s%n", o.reportDate(), o.edition(),
                    o.pdf(), o.millis(), o.missingReports() > 0
                            ? "; provisional: " + o.missingReports() + " district report(s) of the week missing" : "");
        }
        gaps.print(o.rendered() ? java.util.List.of(o.reportDate()) : java.util.List.of(), System.out);
        return new Outcome(ExitCode.OK, o.reportDate() + " " + BriefingRuns.describe(o));
    }
}
