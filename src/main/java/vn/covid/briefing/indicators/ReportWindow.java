package vn.covid.briefing.indicators;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The daily reports a briefing counts: for report date D and 7 reports, D−6 … D. Because a daily
 * report for X covers the evening of X−1 to the evening of X, the page calls this window
 * "từ ngày {@link #periodStart()} đến ngày {@link #last()}" (06/9 → 13/9 holds the reports of 07/9 … 13/9).
 */
public record ReportWindow(LocalDate first, LocalDate last) {

    public static ReportWindow ending(LocalDate reportDate, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a report window needs at least one day, not " + days);
        }
        return new ReportWindow(reportDate.minusDays(days - 1), reportDate);
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** The window of the same length just before this one. */
    public ReportWindow previous() {
        return ending(first.minusDays(1), days());
    }

    /** The evening the window's first report starts counting from. */
    public LocalDate periodStart() {
        return first.minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
