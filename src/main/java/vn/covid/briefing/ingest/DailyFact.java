package vn.covid.briefing.ingest;

import java.time.LocalDate;

import vn.covid.briefing.metric.Metric;

/**
 * One accepted row: a unit's figures for one day. {@code values} follows {@link Metric#ALL}; a null
 * element means "not reported" (column absent or cell blank), which is never the same as zero.
 */
public record DailyFact(String unitCode, String districtCode, LocalDate date, int line, Long[] values) {

    public Long value(Metric metric) {
        return values[metric.ordinal()];
    }

    /** New cases of the day, all four sources; null when none of them was reported. */
    public Long newCases() {
        Long total = null;
        for (Metric m : Metric.CASE_SOURCES) {
            Long v = value(m);
            if (v != null) {
                total = (total == null ? 0 : total) + v;
            }
        }
        return total;
    }

}
