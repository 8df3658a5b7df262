package vn.covid.briefing.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.covid.briefing.system.BriefingProperties;

import vn.covid.briefing.metric.Metric;

/**
 * Flags a day whose new cases or deaths stand far above the unit's own recent history: DHIS2's Z_SCORE
 * outlier rule (|x − mean| / sd above a threshold, 3 by default), over a trailing window of days, upward
 * only (a sudden batch of late reports or a typing error, not a good day); and a day of zero cases
 * where there were many (a day not reported but sent as zeros). Flagged rows are stored.
 */
public final class OutlierDetector {

    /** The unit's days before a date, as they stood when the file being checked arrived. */
    interface History {
        java.util.Collection<RecentHistory.Day> before(String district, String unit, java.time.LocalDate date);

        /** The report is now part of the history that later files are judged against. */
        void record(ParsedReport report);

        void chunkWritten();

        /** What the reports of a chunk will ask for, read ahead in as few queries as can be. */
        default void prefetch(List<ParsedReport> reports) {
        }
    }

    private final History history;
    private final BriefingProperties.Outlier rule;

    OutlierDetector(History history, BriefingProperties.Outlier rule) {
        this.history = history;
        this.rule = rule;
    }

    /** Checks every row of a report against what arrived before it, then adds the report to that. */
    /** The "column" of a check on the sum of the case columns (no single column holds it). */
    public static final String NEW_CASES = "new_cases";

    List<Issue> check(ParsedReport report) {
        List<Issue> issues = new ArrayList<>(0);
        for (DailyFact fact : report.facts()) {
            Long cases = fact.newCases();
            Long deaths = fact.value(Metric.DEATHS);
            if (cases == null && deaths == null) {
                continue;
            }
            // the window read once for both figures: a view of a sorted map, whose size is itself a walk
            int days = 0;
            Sums past = new Sums();
            Sums pastDeaths = new Sums();
            for (RecentHistory.Day day : history.before(fact.districtCode(), fact.unitCode(), fact.date())) {
                days++;
                past.add(day.cases());
                pastDeaths.add(day.deaths());
            }
            if (days >= rule.minHistoryDays()) {
                check(fact, "new cases", NEW_CASES, cases, past, true, issues);
                check(fact, "deaths", Column.DEATHS.canonical(), deaths, pastDeaths, false, issues);
            }
        }
        if (!report.facts().isEmpty()) {
            history.record(report);
        }
        return issues;
    }

    void chunkWritten() {
        history.chunkWritten();
    }

    /** Before a chunk is checked file by file: its districts' history read at once. */
    void prefetch(List<ParsedReport> reports) {
        history.prefetch(reports);
    }

    /** Count, sum and sum of squares of a figure over the days of the window that reported it. */
    private static final class Sums {
        int n;
        double sum;
        double squares;

        void add(Long x) {
            if (x != null) {
                n++;
                sum += x;
                squares += (double) x * x;
            }
        }
    }

    private void check(DailyFact fact, String what, String column, Long value, Sums past, boolean cases,
            List<Issue> issues) {
        if (value == null) {
            return;
        }
        int n = past.n;
        if (n < rule.minHistoryDays()) {
            return;
        }
        double mean = past.sum / n;
        if (cases && value == 0 && mean >= rule.zeroAfterMean()) {
            issues.add(Issue.warn(fact.line(), column, "0", IssueCode.SUDDEN_ZERO, String.format(Locale.ROOT,
                    "0 new cases against a %d-day mean of %.1f a day: a day not reported, sent as zeros?", n, mean)));
            return;
        }
        double deviation = value - mean;
        if (deviation < rule.minDeviation()) {
            return;
        }
        double sd = Math.sqrt(Math.max(0, (past.squares - n * mean * mean) / (n - 1)));
        double z = sd == 0 ? Double.POSITIVE_INFINITY : deviation / sd;
        if (z > rule.zThreshold()) {
            issues.add(Issue.warn(fact.line(), column, value.toString(), IssueCode.OUTLIER, String.format(Locale.ROOT,
                    "%d %s against a %d-day mean of %.1f (sd %.1f, z %s): a batch of late reports or a typing error?",
                    value, what, n, mean, sd, sd == 0 ? "∞" : String.format(Locale.ROOT, "%.1f", z))));
        }
    }
}
