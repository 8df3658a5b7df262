package vn.covid.briefing.indicators;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.covid.briefing.indicators.ReportStatus.Timeliness;
import vn.covid.briefing.metric.Metric;
import vn.covid.briefing.reference.ReferenceData;
import vn.covid.briefing.reference.Unit;
import vn.covid.briefing.reference.UnitDirectory;
import vn.covid.briefing.system.BriefingProperties;

/**
 * Computes a report week: reads the facts of the scope's districts for a bounded range of days, and adds
 * communes up into districts and districts into the scope (so totals always equal the sum of their
 * parts). The assessment of the week is a step of its own on this result ({@code assessment}).
 */
@Service
public class WeeklyIndicators {

    /** Windows of history a week needs: this one and three before (1a compares three, 1b two). */
    private static final int WINDOWS_BACK = 4;

    private final WeekFacts facts;
    private final RunningTotals runningTotals;
    private final BriefingProperties properties;
    private final WeekProperties week;
    private final ReferenceData reference;

    public WeeklyIndicators(WeekFacts facts, RunningTotals runningTotals, BriefingProperties properties,
            WeekProperties week, ReferenceData reference) {
        this.reference = reference;
        this.facts = facts;
        this.runningTotals = runningTotals;
        this.properties = properties;
        this.week = week;
    }

    public WeekIndicators compute(LocalDate reportDate) {
        return compute(reportDate, reference.units(), properties.scope());
    }

    /** The week of any unit with districts under it (the benchmark computes every province of a country). */
    public WeekIndicators compute(LocalDate reportDate, UnitDirectory units, String scopeCode) {
        Unit top = units.unit(scopeCode).orElseThrow(() -> new IllegalStateException("the scope " + scopeCode
                + " is not in the reference data (input/reference/units.csv); check briefing.scope"));
        List<Unit> districts = districtsUnder(units, top);
        List<String> codes = districts.stream().map(Unit::code).toList();
        ReportWindow window = ReportWindow.ending(reportDate, week.days());
        LocalDate from = window.first().minusDays((long) week.days() * (WINDOWS_BACK - 1));
        LocalDate chartFrom = reportDate.minusDays(Math.max(1, week.chartDays()) - 1L);
        if (chartFrom.isBefore(from)) {
            from = chartFrom;
        }
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(from, reportDate) + 1;

        Map<String, Series> rows = facts.unitSeries(codes, from, reportDate);
        RunningTotals.Totals cumulative = runningTotals.totals(codes, week.waveStart(), reportDate);
        Map<String, Series> totals = rollUp(units, top, districts, cumulative.sums(), reportDate);
        Map<String, LocalDate> lastCommunity = cumulative.lastCommunityCase();
        Map<String, LocalDate> firstReports = facts.firstReports(codes);
        Map<LocalDate, Map<String, Series>> atBalanceDates = new HashMap<>();
        CumulativeBases bases = new CumulativeBases(reference.balances(), week.waveStart(), reportDate,
                day -> atBalanceDates.computeIfAbsent(day, d -> rollUp(units, top, districts,
                        runningTotals.totals(codes, week.waveStart(), d).sums(), d)));
        List<ReportStatus> completeness = completeness(codes, window);
        Map<String, Long> missing = new HashMap<>();
        completeness.stream().filter(ReportStatus::missing).forEach(r -> missing.merge(r.districtCode(), 1L, Long::sum));

        Denominators denominators = new Denominators(week);
        Denominators.Scale scale = denominators.scale(units, top, reportDate);
        Series scopeDaily = new Series(from, days);
        LocalDate scopeLast = null;
        List<UnitWeek> districtWeeks = new ArrayList<>();
        List<IcuCapacity> districtIcu = new ArrayList<>();
        Map<String, List<UnitWeek>> communeWeeks = new LinkedHashMap<>();
        for (Unit d : districts) {
            Series daily = new Series(from, days);
            LocalDate last = null;
            int districtMissing = missing.getOrDefault(d.code(), 0L).intValue();
            LocalDate firstData = firstReports.get(d.code());
            List<UnitWeek> communes = new ArrayList<>();
            for (Unit u : withChildren(units, d)) {
                Series s = rows.get(u.code());
                if (s == null && !totals.containsKey(u.code())) {
                    continue;
                }
                s = s == null ? new Series(from, days) : s;
                daily.addAll(s);
                last = later(last, lastCommunity.get(u.code()));
                if (u != d) {
                    Long beds = s.latest(Metric.ICU_BEDS, window);
                    communes.add(new UnitWeek(u, denominators.figures(units, u.code(), scale), window, s,
                            totals.getOrDefault(u.code(), new Series(reportDate, 1)), lastCommunity.get(u.code()),
                            districtMissing, bases.of(u.code(), firstData),
                            beds == null ? IcuCapacity.UNKNOWN : new IcuCapacity(beds, IcuCapacity.Basis.REPORTED)));
                }
            }
            UnitWeek.Figures figures = denominators.figures(units, d.code(), scale);
            Long reported = daily.latest(Metric.ICU_BEDS, window);
            IcuCapacity icu = reported != null ? new IcuCapacity(reported, IcuCapacity.Basis.REPORTED)
                    : figures.icuBeds() != null ? new IcuCapacity(figures.icuBeds(), IcuCapacity.Basis.REFERENCE)
                            : IcuCapacity.UNKNOWN;
            districtIcu.add(icu);
            districtWeeks.add(new UnitWeek(d, figures, window, daily, totals.getOrDefault(d.code(), new Series(reportDate, 1)),
                    last, districtMissing, bases.of(d.code(), firstData), icu));
            communeWeeks.put(d.code(), communes);
            scopeDaily.addAll(daily);
            scopeLast = later(scopeLast, last);
        }
        UnitWeek.Figures scopeFigures = denominators.figures(units, top.code(), scale);
        IcuCapacity scopeIcu = IcuCapacity.sum(districtIcu);
        if (scopeIcu.basis() == IcuCapacity.Basis.REFERENCE && scopeFigures.icuBeds() != null) {
            scopeIcu = new IcuCapacity(scopeFigures.icuBeds(), IcuCapacity.Basis.REFERENCE);
        }
        LocalDate scopeFirst = firstReports.values().stream().min(LocalDate::compareTo).orElse(null);
        UnitWeek scope = new UnitWeek(top, scopeFigures, window, scopeDaily,
                totals.getOrDefault(top.code(), new Series(reportDate, 1)), scopeLast,
                (int) completeness.stream().filter(ReportStatus::missing).count(), bases.of(top.code(), scopeFirst),
                scopeIcu);

        WeekIndicators result = new WeekIndicators(reportDate, window, scope, districtWeeks, communeWeeks, completeness,
                facts.flags(codes, window.first(), window.last()), week.targets(),
                Plausibility.caveats(scope, districtWeeks, communeWeeks, week.targets()), denominators.on(reportDate),
                denominators.changes(units, top, scope, reportDate));
        return top.level() == Unit.Level.COUNTRY
                ? CountryWeek.byProvince(result, units, denominators, scale, bases, firstReports, week) : result;
    }

    /**
     * The reports' running totals of every unit at the end of a day: each commune (or district row) as
     * stored, each district the sum of its units, the scope the sum of its districts.
     */
    private static Map<String, Series> rollUp(UnitDirectory units, Unit top, List<Unit> districts,
            Map<String, Series> stored, LocalDate asOf) {
        Map<String, Series> totals = new HashMap<>(stored);
        Series scope = new Series(asOf, 1);
        boolean any = false;
        for (Unit d : districts) {
            Series district = new Series(asOf, 1);
            boolean has = false;
            for (Unit u : withChildren(units, d)) {
                Series s = stored.get(u.code());
                if (s != null) {
                    district.addAll(s);
                    has = true;
                }
            }
            if (has) {
                totals.put(d.code(), district);
                scope.addAll(district);
                any = true;
            }
        }
        if (any) {
            totals.put(top.code(), scope);
        }
        if (top.level() == Unit.Level.COUNTRY) { // a country's week is read by province (CountryWeek)
            for (Unit d : districts) {
                Series district = totals.get(d.code());
                units.provinceOf(d).filter(p -> district != null)
                    .ifPresent(p -> totals.computeIfAbsent(p.code(), k -> new Series(asOf, 1)).addAll(district));
            }
        }
        return totals;
    }

    /** The districts of the scope: its own children, or (for a country) the districts of its provinces. */
    private static List<Unit> districtsUnder(UnitDirectory units, Unit top) {
        List<Unit> result = new ArrayList<>();
        for (Unit child : units.children(top.code())) {
            if (child.level() == Unit.Level.DISTRICT) {
                result.add(child);
            }
            else if (child.level() == Unit.Level.PROVINCE) {
                result.addAll(districtsUnder(units, child));
            }
        }
        return result;
    }

    private static List<Unit> withChildren(UnitDirectory units, Unit district) {
        List<Unit> result = new ArrayList<>();
        result.add(district);
        result.addAll(units.children(district.code()));
        return result;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    /**
     * On time, late, missing; and for a report first seen long after its deadline: loaded from an archive
     * when the system was already watching the inbox by then, otherwise not judged (the sample, and any
     * history loaded when the system starts: when such a report reached the office is not known).
     */
    private List<ReportStatus> completeness(List<String> districts, ReportWindow window) {
        Map<String, WeekFacts.Arrival> arrived = new HashMap<>();
        for (WeekFacts.Arrival a : facts.arrivals(districts, window.first(), window.last())) {
            arrived.put(a.districtCode() + "|" + a.day(), a);
        }
        Instant watching = arrived.isEmpty() ? null : facts.watchingSince(districts).orElse(null);
        List<ReportStatus> result = new ArrayList<>();
        for (String d : districts) {
            for (LocalDate day = window.first(); !day.isAfter(window.last()); day = day.plusDays(1)) {
                WeekFacts.Arrival a = arrived.get(d + "|" + day);
                if (a == null) {
                    result.add(new ReportStatus(d, day, Timeliness.MISSING, null, 0));
                    continue;
                }
                Instant deadline = ZonedDateTime.of(day.atTime(week.cutoffHour(), 0), properties.zone()).toInstant()
                    .plus(week.onTimeWithin());
                Instant judgedUntil = deadline.plus(week.judgeLatenessWithin());
                Timeliness t = !a.firstArrived().isAfter(deadline) ? Timeliness.ON_TIME
                        : !a.firstArrived().isAfter(judgedUntil) ? Timeliness.LATE
                                : watching != null && !watching.isAfter(judgedUntil) ? Timeliness.BACKLOADED
                                        : Timeliness.NOT_JUDGED;
                result.add(new ReportStatus(d, day, t, a.firstArrived(), a.revision()));
            }
        }
        return result;
    }

    /**
     * The most community cases in one report week (windows aligned on the week's) since the wave began,
     * for every district and the scope: the peak of the 2021 control criteria. Reads the wave's history,
     * so only the assessment of that period asks for it.
     */
    public Map<String, Long> peakCommunityWeeks(WeekIndicators week) {
        List<String> districts = week.districts().stream().map(UnitWeek::code).toList();
        ReportWindow window = week.window();
        String scopeCode = week.scope().code();
        LocalDate start = this.week.waveStart();
        Map<String, Series> series = facts.districtSeries(districts, start, window.last());
        Map<String, Long> peaks = new HashMap<>();
        for (ReportWindow w = window; !w.last().isBefore(start); w = w.previous()) {
            long scopeSum = 0;
            boolean any = false;
            for (String d : districts) {
                Series s = series.get(d);
                Long v = s == null ? null : s.sum(Metric.CASES_COMMUNITY, w);
                if (v != null) {
                    peaks.merge(d, v, Math::max);
                    scopeSum += v;
                    any = true;
                }
            }
            if (any) {
                peaks.merge(scopeCode, scopeSum, Math::max);
            }
        }
        return peaks;
    }
}
