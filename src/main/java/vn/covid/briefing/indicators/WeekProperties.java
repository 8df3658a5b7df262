package vn.covid.briefing.indicators;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a report week is cut and what it is measured against ({@code briefing.week} in application.yml).
 *
 * @param days daily reports in a window (7 in 45-BC/BCSĐ)
 * @param endWeekday the weekday report dates fall on; nightly runs issue a briefing on it
 * @param cutoffHour a daily report for day X covers cutoffHour of X−1 to cutoffHour of X
 * @param waveStart the wave's first day: its peak week is the control criteria's; flows without an opening
 *        balance are never counted from before it
 * @param onTimeWithin after the cut-off, how long a district has to send its report and still be on time
 * @param judgeLatenessWithin files arriving later than this after the deadline are not judged late: archive
 *        back-loads when the system was already watching the inbox, otherwise "not judged"
 * @param provisionalAfter after the cut-off of a report date, how long the nightly run waits for missing
 *        reports before it issues the briefing anyway, marked provisional
 * @param chartDays days of daily history the charts show
 * @param population18plus the scope's 18+ population as the province counted it, from a date on, known from
 *        the day it was published (methodology.md §6.2: the denominator moved); units keep their share of the
 *        reference figures
 * @param population12to17 the same for the population aged 12 to 17
 */
@ConfigurationProperties("briefing.week")
public record WeekProperties(int days, DayOfWeek endWeekday, int cutoffHour, LocalDate waveStart,
        Duration onTimeWithin, Duration judgeLatenessWithin, Duration provisionalAfter, int chartDays, Targets targets,
        List<DatedTotal> population18plus, List<DatedTotal> population12to17) {

    /** A profile may set no targets at all: then none is followed. */
    public WeekProperties {
        targets = targets == null ? new Targets(null, null, null) : targets;
    }

    /**
     * A coverage target: this share of the denominator by this date, set on {@code known} by {@code source};
     * a briefing dated before {@code known} does not know it.
     */
    public record Target(double share, LocalDate by, LocalDate known, String source) {

        public boolean knownOn(LocalDate day) {
            return known == null || !known.isAfter(day);
        }
    }

    /** A scope-wide total in force from a date, published (known) on a date, with where it comes from. */
    public record DatedTotal(LocalDate from, LocalDate known, long total, String source) {

        public boolean knownOn(LocalDate day) {
            return !from.isAfter(day) && (known == null || !known.isAfter(day));
        }
    }

    /** The 18+ total in force on a date, as a briefing of that date could know it. */
    public Optional<DatedTotal> population18plusOn(LocalDate day) {
        return on(population18plus, day);
    }

    public Optional<DatedTotal> population12to17On(LocalDate day) {
        return on(population12to17, day);
    }

    static Optional<DatedTotal> on(List<DatedTotal> totals, LocalDate day) {
        return totals == null ? Optional.empty()
                : totals.stream().filter(t -> t.knownOn(day))
                    .max(Comparator.comparing(DatedTotal::from).thenComparing(t -> t.known() == null ? t.from() : t.known()));
    }

    public record Targets(Target households, Target firstDose18plus, Target fullDose18plus) {
    }
}
