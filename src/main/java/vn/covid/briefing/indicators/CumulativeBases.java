package vn.covid.briefing.indicators;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import vn.covid.briefing.metric.Metric;
import vn.covid.briefing.reference.OpeningBalance;
import vn.covid.briefing.reference.OpeningBalances;

/**
 * Works out, per unit and cumulative item, what the figure counts from: the unit's opening balance dated on
 * or before the report date (and the reports after it), else the reports alone from the first day of data
 * (never before the wave start for cases, deaths and tests: the wave is what "cộng dồn" is about).
 */
final class CumulativeBases {

    private final OpeningBalances balances;
    private final LocalDate waveStart;
    private final LocalDate reportDate;
    private final Function<LocalDate, Map<String, Series>> reportsAt;

    /** @param reportsAt the reports' running totals per unit (communes, districts, scope) at the end of a day */
    CumulativeBases(OpeningBalances balances, LocalDate waveStart, LocalDate reportDate,
            Function<LocalDate, Map<String, Series>> reportsAt) {
        this.balances = balances;
        this.waveStart = waveStart;
        this.reportDate = reportDate;
        this.reportsAt = reportsAt;
    }

    /** @param firstData the unit's first day of data (its district's first report), null when it has none */
    Map<String, CumulativeBase> of(String unitCode, LocalDate firstData) {
        Map<String, CumulativeBase> bases = new LinkedHashMap<>();
        for (String item : UnitWeek.CUMULATIVE_ITEMS) {
            boolean dose = !item.equals(OpeningBalance.CASES) && metric(item).isDose();
            LocalDate fromData = firstData == null || dose || firstData.isAfter(waveStart) ? firstData : waveStart;
            OpeningBalance b = balances.of(unitCode, item, reportDate).orElse(null);
            CumulativeBase base;
            if (b == null) {
                base = new CumulativeBase(item, fromData, null, null, null, null, 0);
            }
            else if (!b.known()) {
                base = new CumulativeBase(item, fromData, null, b.asOf(), b.basis(), b.source(), 0);
            }
            else {
                long before = firstData == null || b.asOf().isBefore(firstData) ? 0 : reports(unitCode, item, b.asOf());
                base = new CumulativeBase(item, b.countsFrom(), b.amount(), b.asOf(), b.basis(), b.source(), before);
            }
            bases.put(item, base);
        }
        return bases;
    }

    private long reports(String unitCode, String item, LocalDate asOf) {
        Series s = reportsAt.apply(asOf).get(unitCode);
        if (s == null) {
            return 0;
        }
        long sum = 0;
        for (Metric m : item.equals(OpeningBalance.CASES) ? Metric.CASE_SOURCES : java.util.List.of(metric(item))) {
            long v = s.value(m, s.start());
            sum += v == Series.NONE ? 0 : v;
        }
        return sum;
    }

    private static Metric metric(String key) {
        return Metric.ALL.stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow();
    }
}
