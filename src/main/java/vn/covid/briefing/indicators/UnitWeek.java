package vn.covid.briefing.indicators;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import vn.covid.briefing.metric.Metric;
import vn.covid.briefing.reference.Unit;

/**
 * The report week of one unit (commune, district or province): the window's figures, the previous
 * window's, the cumulative ones, and every indicator derived from them as defined in
 * {@code templates/definitions.csv}. A derived value is null when its inputs were not reported or its
 * denominator is unknown or zero; never a made-up zero.
 *
 * @param daily the unit's daily values over the chart range (which includes both windows)
 * @param total the cumulative values at the window's end (see {@link RunningTotals#totals})
 * @param total the reports' running totals at the window's end (see {@link RunningTotals#totals}); the
 *        cumulative figures add them to the opening balances in {@code bases}
 * @param lastCommunityCase the last day with a community case up to the window's end, null if none
 * @param missingReports district-days of the window with no report behind this unit's figures
 * @param bases per item ({@code cases}, {@code deaths}, {@code dose1}, …), what its cumulative figure counts from
 * @param icu the ICU beds the unit has, reported or estimated
 */
public record UnitWeek(Unit unit, Figures figures, ReportWindow window, Series daily, Series total,
        LocalDate lastCommunityCase, int missingReports, Map<String, CumulativeBase> bases, IcuCapacity icu) {

    /**
     * Reference denominators of the unit (null when the reference data has none, or when no figure of the
     * province's was known on the report date: the 18+ and 12–17 populations are published figures).
     */
    public record Figures(Long population, Long population18plus, Long population65plus, Long households,
            Long icuBeds, Long population12to17) {
    }

    /** The places a new case is found (the four the briefing's chart stacks). */
    public static final Metric[] SOURCES = { Metric.CASES_ARRIVAL, Metric.CASES_QUARANTINE, Metric.CASES_LOCKDOWN,
            Metric.CASES_COMMUNITY };

    /** Every new case: the four places and the cases not yet classified (which are never community cases). */
    public static final Metric[] ALL_CASES = Metric.CASE_SOURCES.toArray(Metric[]::new);

    /** The items the cumulative figures of a unit are reported for, each with its {@link CumulativeBase}. */
    public static final java.util.List<String> CUMULATIVE_ITEMS = java.util.List.of("cases", "deaths", "recovered",
            "pcr_tests", "pcr_positive", "rapid_tests", "rapid_positive", "households_first_sampled", "dose1", "dose2",
            "booster", "dose1_12_17", "dose2_12_17");

    /** The same unit with other denominators (last week's, to say what last week's briefing printed). */
    public UnitWeek withFigures(Figures other) {
        return new UnitWeek(unit, other, window, daily, total, lastCommunityCase, missingReports, bases, icu);
    }

    /** What the cumulative figure of an item counts from (null for an item no base was worked out for). */
    public CumulativeBase base(String item) {
        return bases.get(item);
    }

    public String code() {
        return unit.code();
    }

    public String name() {
        return unit.name();
    }

    /** Whether any figure of the window rests on a missing district report. */
    public boolean incomplete() {
        return missingReports > 0;
    }

    /**
     * The same unit one window earlier (with this week's denominators: like with like): the reports' totals
     * less this window's flows, on the same bases. The last community
     * case is kept only if it fell before that window ended.
     */
    public UnitWeek previousWeek() {
        ReportWindow before = window.previous();
        Series earlier = new Series(before.last(), 1);
        for (Metric m : Metric.ALL) {
            Long t = reportsTotal(m);
            Long w = sum(m);
            if (t != null) {
                earlier.add(m, before.last(), t - (w == null ? 0 : w));
            }
        }
        LocalDate last = lastCommunityCase != null && !lastCommunityCase.isAfter(before.last()) ? lastCommunityCase
                : null;
        return new UnitWeek(unit, figures, before, daily, earlier, last, missingReports, bases, icu);
    }

    // ---- the window's figures ----

    public Long sum(Metric metric) {
        return daily.sum(metric, window);
    }

    public Long previousSum(Metric metric) {
        return daily.sum(metric, window.previous());
    }

    /** The same metric summed over the window {@code weeksBack} windows before this one (0 = this one). */
    public Long sumWeeksBack(Metric metric, int weeksBack) {
        ReportWindow w = window;
        for (int i = 0; i < weeksBack; i++) {
            w = w.previous();
        }
        return daily.sum(metric, w);
    }

    /** The cumulative figure: the opening balance, if the unit has one for the metric, plus the reports after it. */
    public Long cumulative(Metric metric) {
        Long reports = reportsTotal(metric);
        CumulativeBase base = bases.get(metric.key());
        return base == null ? reports : base.apply(reports);
    }

    private Long reportsTotal(Metric metric) {
        return total.value(metric, total.start()) == Series.NONE ? null : total.value(metric, total.start());
    }

    public Long latest(Metric metric) {
        return daily.latest(metric, window);
    }

    // ---- cases ----

    public Long cases() {
        return sumOf(window, ALL_CASES);
    }

    public Long previousCases() {
        return sumOf(window.previous(), ALL_CASES);
    }

    private Long sumOf(ReportWindow w, Metric... metrics) {
        Long total = null;
        for (Metric m : metrics) {
            Long v = daily.sum(m, w);
            if (v != null) {
                total = total == null ? v : total + v;
            }
        }
        return total;
    }

    public Long casesChange() {
        return difference(cases(), previousCases());
    }

    /** Change in % against the previous window; null when the previous window had none. */
    public Double casesChangePercent() {
        return percentChange(cases(), previousCases());
    }

    public Long communityChange() {
        return difference(sum(Metric.CASES_COMMUNITY), previousSum(Metric.CASES_COMMUNITY));
    }

    public Double communityChangePercent() {
        return percentChange(sum(Metric.CASES_COMMUNITY), previousSum(Metric.CASES_COMMUNITY));
    }

    public Double casesPerDay() {
        Long c = cases();
        return c == null ? null : c / (double) window.days();
    }

    /** New cases of the last 7 reports per 100.000 population (the per-week rates always use 7 reports). */
    public Double casesPer100kWeek() {
        return per100kWeek(ALL_CASES);
    }

    public Double communityPer100kWeek() {
        return per100kWeek(Metric.CASES_COMMUNITY);
    }

    public Double deathsPer100kWeek() {
        return per100kWeek(Metric.DEATHS);
    }

    public Double severePer100k() {
        return per(latest(Metric.SEVERE), figures.population(), 100_000);
    }

    /** Patients on oxygen (latest report of the window) per 100.000 population. */
    public Double oxygenPer100k() {
        return per(latest(Metric.OXYGEN), figures.population(), 100_000);
    }

    private Double per100kWeek(Metric... metrics) {
        return per(sumOf(ReportWindow.ending(window.last(), 7), metrics), figures.population(), 100_000);
    }

    /** Community cases / all new cases, in %: the unclassified cases count in the whole, never in the part. */
    public Double communityShare() {
        return per(sum(Metric.CASES_COMMUNITY), cases(), 100);
    }

    /** Cases not yet classified by source / all new cases, in %. */
    public Double unclassifiedShare() {
        return per(sum(Metric.CASES_UNCLASSIFIED), cases(), 100);
    }

    /** Days from the last community case to the window's end; null if there was none since the data began. */
    public Long daysWithoutCommunityCase() {
        return lastCommunityCase == null ? null : ChronoUnit.DAYS.between(lastCommunityCase, window.last());
    }

    /** All cases since the base of {@code cases}: its opening balance plus the reports after it. */
    public Long cumulativeCases() {
        Long reports = null;
        for (Metric m : ALL_CASES) {
            Long v = reportsTotal(m);
            if (v != null) {
                reports = reports == null ? v : reports + v;
            }
        }
        CumulativeBase base = bases.get("cases");
        return base == null ? reports : base.apply(reports);
    }

    // ---- deaths and treatment ----

    /** Case fatality rate in %: cumulative deaths / cumulative cases. */
    public Double caseFatalityPercent() {
        return per(cumulative(Metric.DEATHS), cumulativeCases(), 100);
    }

    /** ICU beds in use (latest report of the window) / the beds the unit has (reported, else estimated), in %. */
    public Double icuOccupancyPercent() {
        return per(latest(Metric.ICU_IN_USE), icu.beds(), 100);
    }

    // ---- testing ----

    public Long tests() {
        return sumOf(window, Metric.PCR_TESTS, Metric.RAPID_TESTS);
    }

    /** Positives / tests over the window, RT-PCR and rapid together, in %. */
    public Double positivityPercent() {
        return per(sumOf(window, Metric.PCR_POSITIVE, Metric.RAPID_POSITIVE), tests(), 100);
    }

    public Double pcrPositivityPercent() {
        return pcrPositivityPercent(window);
    }

    public Double pcrPositivityPercent(ReportWindow w) {
        return per(daily.sum(Metric.PCR_POSITIVE, w), daily.sum(Metric.PCR_TESTS, w), 100);
    }

    /**
     * Households sampled at least once / households of the unit, in %, from the first-time metric only: the
     * sampling visits count a household once per visit, so without the first-time metric this is unknown.
     */
    public Double householdCoveragePercent() {
        return per(cumulative(Metric.HOUSEHOLDS_FIRST_SAMPLED), figures.households(), 100);
    }

    /** Sampling visits of households in the window ("lượt hộ"), not households. */
    public Long householdVisits() {
        return sum(Metric.HOUSEHOLDS_SAMPLED);
    }

    // ---- vaccination ----

    public Double firstDose18plusPercent() {
        return per(cumulative(Metric.DOSE1), figures.population18plus(), 100);
    }

    public Double fullDose18plusPercent() {
        return per(cumulative(Metric.DOSE2), figures.population18plus(), 100);
    }

    public Double booster18plusPercent() {
        return per(cumulative(Metric.BOOSTER), figures.population18plus(), 100);
    }

    public Double firstDose12to17Percent() {
        return per(cumulative(Metric.DOSE1_12_17), figures.population12to17(), 100);
    }

    public Double fullDose12to17Percent() {
        return per(cumulative(Metric.DOSE2_12_17), figures.population12to17(), 100);
    }

    /** Full primary series over the whole population, in % (QĐ 218's denominator). */
    public Double fullDosePopulationPercent() {
        Long adults = cumulative(Metric.DOSE2);
        Long young = cumulative(Metric.DOSE2_12_17);
        Long full = adults == null || young == null ? (adults == null ? young : adults) : Long.valueOf(adults + young);
        return per(full, figures.population(), 100);
    }

    /** (dose 1 − dose 2) / dose 1, cumulative, in %. */
    public Double dropoutPercent() {
        Long d1 = cumulative(Metric.DOSE1);
        Long d2 = cumulative(Metric.DOSE2);
        return d1 == null || d2 == null ? null : per(d1 - d2, d1, 100);
    }

    // ---- helpers ----

    static Double per(Long part, Long whole, double scale) {
        return part == null || whole == null || whole == 0 ? null : part * scale / whole;
    }

    static Long difference(Long now, Long before) {
        return now == null || before == null ? null : now - before;
    }

    static Double percentChange(Long now, Long before) {
        return now == null || before == null || before == 0 ? null : (now - before) * 100.0 / before;
    }
}
