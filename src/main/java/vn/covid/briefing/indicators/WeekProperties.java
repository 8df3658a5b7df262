package vn.covid.briefing.indicators;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a report week is cut and what it is measured against ({@code briefing.week} in application.yml).
 *
 * @param days daily reports in a window (7 in 45-BC/BCSĐ)
 * @param endWeekday the weekday report dates fall on; nightly runs issue a briefing on it
 * @param cutoffHour a daily report for day X covers cutoffHour of X−1 to cutoffHour of X
 * @param waveStart first day counted in "cumulative" cases, deaths, tests (vaccination counts from the first data)
 * @param onTimeWithin after the cut-off, how long a district has to send its report and still be on time
 * @param judgeLatenessWithin files arriving later than this after the deadline are archive back-loads, not "late"
 * @param provisionalAfter after the cut-off of a report date, how long the nightly run waits for missing
 *        reports before it issues the briefing anyway, marked provisional
 * @param chartDays days of daily history the charts show
 * @param population18plus the scope's 18+ population as the province counted it from a date on
 *        (methodology.md §6.2: the denominator moved); units' figures are scaled to it by their share
 */
@ConfigurationProperties("briefing.week")
public record WeekProperties(int days, DayOfWeek endWeekday, int cutoffHour, LocalDate waveStart,
        Duration onTimeWithin, Duration judgeLatenessWithin, Duration provisionalAfter, int chartDays, Targets targets,
        java.util.List<DatedTotal> population18plus) {

    /** A coverage target: this share of the denominator by this date. */
    public record Target(double share, LocalDate by) {
    }

    /** A scope-wide total in force from a date, with where it comes from. */
    public record DatedTotal(LocalDate from, long total, String source) {
    }

    /** The 18+ total in force on a date, if one is configured. */
    public java.util.Optional<DatedTotal> population18plusOn(LocalDate day) {
        return population18plus == null ? java.util.Optional.empty()
                : population18plus.stream().filter(t -> !t.from().isAfter(day))
                    .max(java.util.Comparator.comparing(DatedTotal::from));
    }

    public record Targets(Target households, Target firstDose18plus, Target fullDose18plus) {
    }
}
