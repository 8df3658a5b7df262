package vn.covid.briefing.ingest;

import java.time.LocalDate;

/**
 * One accepted row: a unit's figures for one day. {@code values} follows {@link Column#METRICS}; a null
 * element means "not reported" (column absent or cell blank), which is never the same as zero.
 */
public record DailyFact(String unitCode, String districtCode, LocalDate date, int line, Long[] values) {

    public Long value(Column metric) {
        return values[metric.metricIndex()];
    }

    /** New cases of the day, all four sources; null when none of them was reported. */
    public Long newCases() {
        return sum(Column.CASES_ARRIVAL, Column.CASES_QUARANTINE, Column.CASES_LOCKDOWN, Column.CASES_COMMUNITY);
    }

    private Long sum(Column... metrics) {
        Long total = null;
        for (Column c : metrics) {
            Long v = value(c);
            if (v != null) {
                total = (total == null ? 0 : total) + v;
            }
        }
        return total;
    }
}
