package vn.covid.briefing.indicators;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

import vn.covid.briefing.metric.Metric;

/**
 * One unit's daily values of every metric over a range of days. A value that was not reported is
 * {@link #NONE}, never zero, and stays so when units are added up unless one of them reported it.
 */
public final class Series {

    public static final long NONE = Long.MIN_VALUE;

    private final LocalDate start;
    private final long[][] values;   // [metric][day]

    public Series(LocalDate start, int days) {
        this.start = start;
        this.values = new long[Metric.ALL.size()][days];
        for (long[] m : values) {
            Arrays.fill(m, NONE);
        }
    }

    public LocalDate start() {
        return start;
    }

    public int days() {
        return values[0].length;
    }

    public LocalDate day(int index) {
        return start.plusDays(index);
    }

    /** The first day any metric was reported, or the start when none was. */
    public LocalDate firstReported() {
        for (int d = 0; d < days(); d++) {
            for (long[] m : values) {
                if (m[d] != NONE) {
                    return day(d);
                }
            }
        }
        return start;
    }

    private int index(LocalDate day) {
        return (int) ChronoUnit.DAYS.between(start, day);
    }

    /** Adds a reported value (null = not reported, ignored). */
    public void add(Metric metric, LocalDate day, Long value) {
        if (value != null) {
            int d = index(day);
            long[] m = values[metric.ordinal()];
            m[d] = m[d] == NONE ? value : m[d] + value;
        }
    }

    /** Adds every reported value of another unit (same range): how a district is the sum of its communes. */
    public void addAll(Series other) {
        for (int m = 0; m < values.length; m++) {
            for (int d = 0; d < values[m].length; d++) {
                long v = other.values[m][d];
                if (v != NONE) {
                    values[m][d] = values[m][d] == NONE ? v : values[m][d] + v;
                }
            }
        }
    }

    public long value(Metric metric, LocalDate day) {
        int d = index(day);
        return d < 0 || d >= days() ? NONE : values[metric.ordinal()][d];
    }

    /** The sum over the window's days, or null when no day of it reported the metric. */
    public Long sum(Metric metric, ReportWindow window) {
        long total = 0;
        boolean any = false;
        for (LocalDate d = window.first(); !d.isAfter(window.last()); d = d.plusDays(1)) {
            long v = value(metric, d);
            if (v != NONE) {
                total += v;
                any = true;
            }
        }
        return any ? total : null;
    }

    /** A stock (patients under treatment, ICU beds in use): its value on the window's latest reported day. */
    public Long latest(Metric metric, ReportWindow window) {
        for (LocalDate d = window.last(); !d.isBefore(window.first()); d = d.minusDays(1)) {
            long v = value(metric, d);
            if (v != NONE) {
                return v;
            }
        }
        return null;
    }
}
