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

import vn.covid.briefing.assessment.AssessmentProperties;
import vn.covid.briefing.assessment.AssessmentProperties.RegimePeriod;
import vn.covid.briefing.assessment.ControlCheck;
import vn.covid.briefing.assessment.ControlCriteria;
import vn.covid.briefing.assessment.Framework;
import vn.covid.briefing.assessment.LevelDecision;
import vn.covid.briefing.assessment.LevelRules;
import vn.covid.briefing.assessment.Regimes;
import vn.covid.briefing.indicators.ReportStatus.Timeliness;
import vn.covid.briefing.metric.Metric;
import vn.covid.briefing.reference.ReferenceData;
import vn.covid.briefing.reference.Unit;
import vn.covid.briefing.reference.UnitDirectory;
import vn.covid.briefing.system.BriefingProperties;

/**
 * Computes a report week: reads the facts of the scope's districts for a bounded range of days, adds
 * communes up into districts and districts into the scope (so totals always equal the sum of their
 * parts), and applies the framework in force on the report date.
 */
@Service
public class WeeklyIndicators {

    /** Windows of history a week needs: this one and three before (1a compares three, 1b two). */
    private static final int WINDOWS_BACK = 4;

    private final FactStore store;
    private final BriefingProperties properties;
    private final WeekProperties week;
    private final AssessmentProperties rules;
    private final LevelRules levelRules;
    private final ControlCriteria controlCriteria;
    private final Regimes regimes;
    private final ReferenceData reference;

    public WeeklyIndicators(FactStore store, BriefingProperties properties, WeekProperties week,
            AssessmentProperties rules, LevelRules levelRules, ControlCriteria controlCriteria, Regimes regimes,
            ReferenceData reference) {
        this.reference = reference;
        this.store = store;
        this.properties = properties;
        this.week = week;
        this.rules = rules;
        this.levelRules = levelRules;
        this.controlCriteria = controlCriteria;
        this.regimes = regimes;
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

        Map<String, Series> rows = store.unitSeries(codes, from, reportDate);
        FactStore.Totals cumulative = store.totals(codes, week.waveStart(), reportDate);
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

        Framework framework = Framework.on(reportDate, rules);
        Map<String, LevelDecision> levels = new LinkedHashMap<>();
        Map<String, Integer> previousLevels = new LinkedHashMap<>();
        Map<String, ControlCheck> control = new LinkedHashMap<>();
        Map<String, RegimePeriod> regimeOf = new LinkedHashMap<>();
        Map<String, RegimePeriod> nextRegimes = new LinkedHashMap<>();
        LocalDate nextChange = null;
        List<UnitWeek> assessed = new ArrayList<>();
        assessed.add(scope);
        assessed.addAll(districtWeeks);
        switch (framework) {
            case CONTROL -> {
                Map<String, Long> peaks = peakCommunityWeeks(codes, window, top.code());
                for (UnitWeek u : assessed) {
                    control.put(u.code(), controlCriteria.check(u, peaks.get(u.code())));
                }
                for (Unit d : districts) {
                    regimes.on(reportDate, d.code(), c -> units.unit(c).flatMap(Unit::parentCode).orElse(null))
                        .ifPresent(p -> regimeOf.put(d.code(), p));
                }
                regimes.on(reportDate, top.code(), c -> units.unit(c).flatMap(Unit::parentCode).orElse(null))
                    .ifPresent(p -> regimeOf.put(top.code(), p));
                nextChange = regimes.nextChange(reportDate, week.days()).orElse(null);
                if (nextChange != null) {
                    for (Unit d : districts) {
                        regimes.on(nextChange, d.code(), c -> units.unit(c).flatMap(Unit::parentCode).orElse(null))
                            .ifPresent(p -> nextRegimes.put(d.code(), p));
                    }
                }
            }
            case QD4800, QD218 -> {
                communeWeeks.values().forEach(assessed::addAll);
                for (UnitWeek u : assessed) {
                    Integer previous = previousLevel(framework, u);
                    previousLevels.put(u.code(), previous);
                    levels.put(u.code(), framework == Framework.QD218 ? levelRules.qd218(u) : levelRules.qd4800(u, previous));
                }
            }
        }
        return new WeekIndicators(reportDate, window, framework, scope, districtWeeks, communeWeeks, completeness,
                store.flags(codes, window.first(), window.last()), levels, previousLevels, control, nextChange,
                nextRegimes, regimeOf, week.targets());
    }

    /** Last week's level judged the same way on last week's data ("may not be lowered" needs it; the page shows rises). */
    private Integer previousLevel(Framework framework, UnitWeek u) {
        UnitWeek before = u.previousWeek();
        return framework == Framework.QD218 ? levelRules.qd218(before).level() : levelRules.qd4800(before, null).level();
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
        Map<String, FactStore.Arrival> arrived = new HashMap<>();
        for (FactStore.Arrival a : store.arrivals(districts, window.first(), window.last())) {
            arrived.put(a.districtCode() + "|" + a.day(), a);
        }
        List<ReportStatus> result = new ArrayList<>();
        for (String d : districts) {
            for (LocalDate day = window.first(); !day.isAfter(window.last()); day = day.plusDays(1)) {
                FactStore.Arrival a = arrived.get(d + "|" + day);
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
     * The most community cases in one report week (windows aligned on this one) since the wave began, for
     * every district and the scope. Read only in the control period, which is bounded.
     */
    private Map<String, Long> peakCommunityWeeks(List<String> districts, ReportWindow window, String scopeCode) {
        LocalDate start = week.waveStart();
        Map<String, Series> series = store.districtSeries(districts, start, window.last());
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
