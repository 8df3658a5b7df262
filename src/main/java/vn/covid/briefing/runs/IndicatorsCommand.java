package vn.covid.briefing.runs;

import static vn.covid.briefing.briefing.compose.VietnameseFormat.dayMonth;
import static vn.covid.briefing.briefing.compose.VietnameseFormat.dayMonthYear;
import static vn.covid.briefing.briefing.compose.VietnameseFormat.decimal;
import static vn.covid.briefing.briefing.compose.VietnameseFormat.number;
import static vn.covid.briefing.briefing.compose.VietnameseFormat.percent;
import static vn.covid.briefing.briefing.compose.VietnameseFormat.signed;

import java.io.PrintStream;

import org.springframework.stereotype.Component;

import vn.covid.briefing.assessment.ControlCheck;
import vn.covid.briefing.assessment.Assessor;
import vn.covid.briefing.assessment.LevelDecision;
import vn.covid.briefing.assessment.WeekAssessment;
import vn.covid.briefing.indicators.UnitWeek;
import vn.covid.briefing.indicators.WeekIndicators;
import vn.covid.briefing.indicators.WeeklyIndicators;
import vn.covid.briefing.metric.Metric;
import vn.covid.briefing.reference.ReferenceData;

/** {@code bin/briefing indicators --date D}: the report week as a terminal table, without a PDF. */
@Component
class IndicatorsCommand implements Command<Cli.Indicators> {

    private final WeeklyIndicators indicators;
    private final Assessor assessor;
    private final ReferenceData reference;

    IndicatorsCommand(WeeklyIndicators indicators, Assessor assessor, ReferenceData reference) {
        this.indicators = indicators;
        this.assessor = assessor;
        this.reference = reference;
    }

    @Override
    public Class<Cli.Indicators> invocation() {
        return Cli.Indicators.class;
    }

    @Override
    public Outcome run(Cli.Indicators invocation) throws Exception {
        WeekIndicators week = indicators.compute(invocation.date);
        WeekAssessment assessment = assessor.assess(week, reference.units());
        PrintStream out = System.out;
        out.printf("Report date %s: daily reports %s … %s (\"từ ngày %s đến ngày %s\"); assessment: %s%n",
                dayMonthYear(week.reportDate()), dayMonth(week.window().first()), dayMonthYear(week.window().last()),
                dayMonth(week.window().periodStart()), dayMonthYear(week.window().last()), assessment.framework());
        out.printf("Reports: %d of %d missing, %d late%n%n", week.missingReports(), week.completeness().size(),
                week.lateReports());
        out.printf("  %-26s %8s %8s %8s %9s %9s %7s %7s %8s %8s  %s%n", "unit", "cases", "change", "change%",
                "community", "/100k/wk", "deaths", "cum.d", "dose1%", "dose2%", "assessment");
        row(out, assessment, week.scope());
        week.districts().forEach(d -> row(out, assessment, d));
        if (!assessment.control().isEmpty()) {
            ControlCheck c = assessment.control().get(week.scope().code());
            out.printf("%n\"Kiểm soát được dịch\" (%s): %s%n", week.scope().name(), c.overall());
            c.criteria().forEach(k -> out.printf("  %-3s %-8s %s%n", k.code(), k.status(), k.numbers()));
        }
        return new Outcome(ExitCode.OK, "");
    }

    private static void row(PrintStream out, WeekAssessment judged, UnitWeek u) {
        String assessment;
        LevelDecision level = judged.levels().get(u.code());
        if (level != null) {
            assessment = level.known() ? "cấp " + level.level() + " (mức " + level.band() + ", " + level.column() + ")"
                    : "không đủ dữ liệu";
        }
        else {
            var regime = judged.regimes().get(u.code());
            assessment = regime == null ? "" : regime.regime();
        }
        out.printf("  %-26s %8s %8s %8s %9s %9s %7s %7s %8s %8s  %s%s%n", u.name(), number(u.cases()),
                signed(u.casesChange()), percent(u.casesChangePercent(), 1), number(u.sum(Metric.CASES_COMMUNITY)),
                decimal(u.communityPer100kWeek(), 1), number(u.sum(Metric.DEATHS)), number(u.cumulative(Metric.DEATHS)),
                percent(u.firstDose18plusPercent(), 2), percent(u.fullDose18plusPercent(), 2), assessment,
                u.incomplete() ? "  (" + u.missingReports() + " report(s) missing)" : "");
    }
}
