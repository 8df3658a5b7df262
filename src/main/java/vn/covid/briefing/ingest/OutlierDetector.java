package vn.covid.briefing.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.covid.briefing.system.BriefingProperties;

/**
 * Flags a day whose new cases or deaths stand far above the unit's own recent history: DHIS2's Z_SCORE
 * outlier rule (|x − mean| / sd above a threshold, 3 by default), over a trailing window of days, upward
 * only (a sudden batch of late reports or a typing error, not a good day). Flagged rows are stored.
 */
final class OutlierDetector {

    /** The unit's days before a date, kept current with the rows accepted since. */
    interface History {
        List<RecentHistory.Day> before(String district, String unit, java.time.LocalDate date);

        void record(DailyFact fact);
    }

    private final History history;
    private final BriefingProperties.Outlier rule;

    OutlierDetector(History history, BriefingProperties.Outlier rule) {
        this.history = history;
        this.rule = rule;
    }

    List<Issue> check(DailyFact fact) {
        List<RecentHistory.Day> window = history.before(fact.districtCode(), fact.unitCode(), fact.date());
        List<Issue> issues = new ArrayList<>(2);
        check(fact, "new cases", Column.CASES_COMMUNITY.canonical() + "+…", fact.newCases(),
                window.stream().map(RecentHistory.Day::cases).toList(), issues);
        check(fact, "deaths", Column.DEATHS.canonical(), fact.value(Column.DEATHS),
                window.stream().map(RecentHistory.Day::deaths).toList(), issues);
        history.record(fact);
        return issues;
    }

    private void check(DailyFact fact, String what, String column, Long value, List<Long> past, List<Issue> issues) {
        if (value == null) {
            return;
        }
        double[] xs = past.stream().filter(java.util.Objects::nonNull).mapToDouble(Long::doubleValue).toArray();
        if (xs.length < rule.minHistoryDays()) {
            return;
        }
        double mean = 0;
        for (double x : xs) {
            mean += x;
        }
        mean /= xs.length;
        double squares = 0;
        for (double x : xs) {
            squares += (x - mean) * (x - mean);
        }
        double sd = Math.sqrt(squares / (xs.length - 1));
        double deviation = value - mean;
        if (deviation < rule.minDeviation()) {
            return;
        }
        double z = sd == 0 ? Double.POSITIVE_INFINITY : deviation / sd;
        if (z > rule.zThreshold()) {
            issues.add(Issue.warn(fact.line(), column, value.toString(), IssueCode.OUTLIER, String.format(Locale.ROOT,
                    "%d %s against a %d-day mean of %.1f (sd %.1f, z %s): a batch of late reports or a typing error?",
                    value, what, xs.length, mean, sd, sd == 0 ? "∞" : String.format(Locale.ROOT, "%.1f", z))));
        }
    }
}
