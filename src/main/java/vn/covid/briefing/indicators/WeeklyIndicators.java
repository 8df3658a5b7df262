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
        Map<String, Series> totals = cumulative.sums();
        Map<String, LocalDate> lastCommunity = cumulative.lastCommunityCase();
        List<ReportStatus> completeness = completeness(codes, window);
        Map<String, Long> missing = new HashMap<>();
        completeness.stream().filter(ReportStatus::missing).forEach(r -> missing.merge(r.districtCode(), 1L, Long::sum));

        double adultScale = adultScale(units, top, reportDate);
        Series scopeDaily = new Series(from, days);
        Series scopeTotal = new Series(reportDate, 1);
        LocalDate scopeLast = null;
        List<UnitWeek> districtWeeks = new ArrayList<>();
        Map<String, List<UnitWeek>> communeWeeks = new LinkedHashMap<>();
        for (Unit d : districts) {
            Series daily = new Series(from, days);
            Series total = new Series(reportDate, 1);
            LocalDate last = null;
            int districtMissing = missing.getOrDefault(d.code(), 0L).intValue();
            List<UnitWeek> communes = new ArrayList<>();
            for (Unit u : withChildren(units, d)) {
                Series s = rows.get(u.code());
                if (s == null && !totals.containsKey(u.code())) {
                    continue;
                }
                Series t = totals.getOrDefault(u.code(), new Series(reportDate, 1));
                s = s == null ? new Series(from, days) : s;
                daily.addAll(s);
                total.addAll(t);
                last = later(last, lastCommunity.get(u.code()));
                if (u != d) {
                    communes.add(new UnitWeek(u, figures(units, u.code(), adultScale), window, s, t, lastCommunity.get(u.code()),
                            districtMissing));
                }
            }
            UnitWeek dw = new UnitWeek(d, figures(units, d.code(), adultScale), window, daily, total, last, districtMissing);
            districtWeeks.add(dw);
            communeWeeks.put(d.code(), communes);
            scopeDaily.addAll(daily);
            scopeTotal.addAll(total);
            scopeLast = later(scopeLast, last);
        }
        UnitWeek scope = new UnitWeek(top, figures(units, top.code(), adultScale), window, scopeDaily, scopeTotal, scopeLast,
                (int) completeness.stream().filter(ReportStatus::missing).count());

        return new WeekIndicators(reportDate, window, scope, districtWeeks, communeWeeks, completeness,
                facts.flags(codes, window.first(), window.last()), week.targets());
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

    /** How much the dated 18+ total of the report date differs from the reference data's (1 when none is set). */
    private double adultScale(UnitDirectory units, Unit top, LocalDate reportDate) {
        Long reference = value(units, "population_18plus", top.code());
        return week.population18plusOn(reportDate)
            .filter(t -> reference != null && reference > 0)
            .map(t -> t.total() / (double) reference)
            .orElse(1.0);
    }

    private static UnitWeek.Figures figures(UnitDirectory units, String code, double adultScale) {
        Long adults = value(units, "population_18plus", code);
        return new UnitWeek.Figures(value(units, UnitDirectory.POPULATION, code),
                adults == null ? null : Math.round(adults * adultScale), value(units, "population_65plus", code),
                value(units, "households", code), value(units, UnitDirectory.ICU_BEDS, code));
    }

    private static Long value(UnitDirectory units, String figure, String code) {
        var v = units.figure(figure, code);
        return v.isPresent() ? v.getAsLong() : null;
    }

    private List<ReportStatus> completeness(List<String> districts, ReportWindow window) {
        Map<String, WeekFacts.Arrival> arrived = new HashMap<>();
        for (WeekFacts.Arrival a : facts.arrivals(districts, window.first(), window.last())) {
            arrived.put(a.districtCode() + "|" + a.day(), a);
        }
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
                Timeliness t = !a.firstArrived().isAfter(deadline) ? Timeliness.ON_TIME
                        : a.firstArrived().isAfter(deadline.plus(week.judgeLatenessWithin())) ? Timeliness.BACKLOADED
                                : Timeliness.LATE;
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
