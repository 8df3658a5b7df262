package vn.covid.briefing.runs;

import static vn.covid.briefing.briefing.VietnameseFormat.dayMonth;
import static vn.covid.briefing.briefing.VietnameseFormat.dayMonthYear;
import static vn.covid.briefing.briefing.VietnameseFormat.decimal;
import static vn.covid.briefing.briefing.VietnameseFormat.number;
import static vn.covid.briefing.briefing.VietnameseFormat.percent;
import static vn.covid.briefing.briefing.VietnameseFormat.signed;

import java.io.PrintStream;

import org.springframework.stereotype.Component;

import vn.covid.briefing.assessment.ControlCheck;
import vn.covid.briefing.assessment.LevelDecision;
import vn.covid.briefing.indicators.UnitWeek;
import vn.covid.briefing.indicators.WeekIndicators;
import vn.covid.briefing.indicators.WeeklyIndicators;
import vn.covid.briefing.metric.Metric;

/** {@code bin/briefing indicators --date D}: the report week as a terminal table, without a PDF. */
@Component
class IndicatorsCommand implements Command<Cli.Indicators> {

    private final WeeklyIndicators indicators;

    IndicatorsCommand(WeeklyIndicators indicators) {
        this.indicators = indicators;
    }

    @Override
    public Class<Cli.Indicators> invocation() {
        return Cli.Indicators.class;
    }

    @Override
    public Outcome run(Cli.Indicators invocation) throws Exception {
        WeekIndicators week = indicators.compute(invocation.date);
        PrintStream out = System.out;
        out.printf("Report date %s: daily reports %s … %s (\"từ ngày %s đến ngày %s\"); assessment: %s%n",
                dayMonthYear(week.reportDate()), dayMonth(week.window().first()), dayMonthYear(week.window().last()),
                dayMonth(week.window().periodStart()), dayMonthYear(week.window().last()), week.framework());
        out.printf("Reports: %d of %d missing, %d late%n%n", week.missingReports(), week.completeness().size(),
                week.lateReports());
        out.printf("  %-26s %8s %8s %8s %9s %9s %7s %7s %8s %8s  %s%n", "unit", "cases", "change", "change%",
                "community", "/100k/wk", "deaths", "cum.d", "dose1%", "dose2%", "assessment");
        row(out, week, week.scope());
        week.districts().forEach(d -> row(out, week, d));
        if (!week.control().isEmpty()) {
            ControlCheck c = week.control().get(week.scope().code());
            out.printf("%n\"Kiểm soát được dịch\" (%s): %s%n", week.scope().name(), c.overall());
            c.criteria().forEach(k -> out.printf("  %-3s %-8s %s%n", k.code(), k.status(), k.numbers()));
        }
        return new Outcome(ExitCode.OK, "");
    }

    private static void row(PrintStream out, WeekIndicators week, UnitWeek u) {
        String assessment;
        LevelDecision level = week.levels().get(u.code());
        if (level != null) {
            assessment = level.known() ? "cấp " + level.level() + " (mức " + level.band() + ", " + level.column() + ")"
                    : "không đủ dữ liệu";
        }
        else {
            var regime = week.regimes().get(u.code());
            assessment = regime == null ? "" : regime.regime();
        }
        out.printf("  %-26s %8s %8s %8s %9s %9s %7s %7s %8s %8s  %s%s%n", u.name(), number(u.cases()),
                signed(u.casesChange()), percent(u.casesChangePercent(), 1), number(u.sum(Metric.CASES_COMMUNITY)),
                decimal(u.communityPer100kWeek(), 1), number(u.sum(Metric.DEATHS)), number(u.cumulative(Metric.DEATHS)),
                percent(u.firstDose18plusPercent(), 2), percent(u.fullDose18plusPercent(), 2), assessment,
                u.incomplete() ? "  (" + u.missingReports() + " report(s) missing)" : "");
    }
}
