package vn.covid.briefing.indicators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVRecord;

import vn.covid.briefing.indicators.ReportStatus.Timeliness;
import vn.covid.briefing.metric.Metric;
import vn.covid.briefing.reference.OpeningBalance;
import vn.covid.briefing.reference.OpeningBalances;
import vn.covid.briefing.reference.Unit;
import vn.covid.briefing.reference.UnitDirectory;
import vn.covid.briefing.support.CsvFiles;

/**
 * A report week of a small province built in memory, as {@link WeeklyIndicators} computes one from the
 * database: daily values of communes (or of a district that reports as one row) over the report window and
 * the three before it, added up into districts and the province; cumulative figures as what the reports had
 * reached before these four weeks plus the four weeks' reports; the denominators, caveats, ICU capacity and
 * opening balances by the classes the real computation uses. The province is Đồng Tháp cut down to three
 * districts with all their communes, real codes, names and figures ({@code fixtures/hand-built-week}); its
 * own figures are the three districts' sums.
 *
 * @param <S> the builder's own type, so that a subclass's calls chain with these
 */
public abstract class ProvinceWeek<S extends ProvinceWeek<S>> {

    public static final String SCOPE = "87";

    /** Windows of history, as {@link WeeklyIndicators} reads: this one and three before. */
    private static final int WINDOWS = 4;

    private static final Fixture FIXTURE = Fixture.read();

    private final LocalDate reportDate;
    private final WeekProperties settings;
    private final ReportWindow window;
    private final LocalDate from;
    private final int days;
    private final Map<String, Series> daily = new HashMap<>();
    private final Map<String, Map<Metric, Long>> before = new HashMap<>();
    private final Map<String, LocalDate> lastCommunityBefore = new HashMap<>();
    private final Map<String, Long> peakBefore = new HashMap<>();
    private final Map<String, Map<String, Long>> figures;
    private final List<OpeningBalance> balances = new ArrayList<>();
    private final Map<String, ReportStatus> reports = new HashMap<>();
    private final List<WeekFacts.Flag> flags = new ArrayList<>();
    private LocalDate dataSince;
    private boolean archived;

    /** @param shipped the week's settings as application.yml gives them (see {@link #settings()}) */
    protected ProvinceWeek(LocalDate reportDate, WeekProperties shipped) {
        this.reportDate = reportDate;
        this.settings = fitted(shipped);
        this.window = ReportWindow.ending(reportDate, settings.days());
        this.from = window.first().minusDays((long) settings.days() * (WINDOWS - 1));
        this.days = settings.days() * WINDOWS;
        this.dataSince = settings.waveStart();
        this.figures = new HashMap<>();
        FIXTURE.figures().forEach((figure, values) -> figures.put(figure, new HashMap<>(values)));
    }

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }

    public LocalDate reportDate() {
        return reportDate;
    }

    /**
     * The shipped settings with the province's published 18+ and 12–17 totals scaled to this province (its
     * own figure for the first one, the later ones in the same proportion), from the same days: the units keep
     * their reference figures until the province publishes another total, and a week before the first one has
     * no coverage, as a briefing of that date had none.
     */
    public WeekProperties settings() {
        return settings;
    }

    private static WeekProperties fitted(WeekProperties s) {
        return new WeekProperties(s.days(), s.endWeekday(), s.cutoffHour(), s.waveStart(), s.onTimeWithin(),
                s.judgeLatenessWithin(), s.provisionalAfter(), s.chartDays(), s.targets(),
                fitted(s.population18plus(), Denominators.ADULTS), fitted(s.population12to17(), Denominators.YOUNG));
    }

    private static List<WeekProperties.DatedTotal> fitted(List<WeekProperties.DatedTotal> totals, String figure) {
        if (totals == null || totals.isEmpty()) {
            return totals;
        }
        double scale = FIXTURE.figures().get(figure).get(SCOPE) / (double) totals.get(0).total();
        return totals.stream().map(t -> new WeekProperties.DatedTotal(t.from(), t.known(), Math.round(t.total() * scale),
                "the hand-built province's share of: " + t.source())).toList();
    }

    // ---- the reports ----

    /** Adds a unit's value on the last day of the window {@code weeksBack} windows before the report week. */
    public S weeksBack(int weeksBack, String unit, Metric metric, long value) {
        return on(reportDate.minusDays((long) settings.days() * weeksBack), unit, metric, value);
    }

    public S thisWeek(String unit, Metric metric, long value) {
        return weeksBack(0, unit, metric, value);
    }

    public S lastWeek(String unit, Metric metric, long value) {
        return weeksBack(1, unit, metric, value);
    }

    /** Adds a unit's value on a day of the four weeks (a commune, or a district reporting as one row). */
    public S on(LocalDate day, String unit, Metric metric, long value) {
        if (day.isBefore(from) || day.isAfter(reportDate)) {
            throw new IllegalArgumentException(day + " is not in the four weeks " + from + " … " + reportDate);
        }
        unit(unit);
        daily.computeIfAbsent(unit, u -> new Series(from, days)).add(metric, day, value);
        return self();
    }

    /** Every day of the four weeks reported as 0 for these metrics (a unit that reports, with nothing to say). */
    public S zeros(String unit, Metric... metrics) {
        for (int d = 0; d < days; d++) {
            for (Metric m : metrics) {
                on(from.plusDays(d), unit, m, 0);
            }
        }
        return self();
    }

    /** What the unit's reports had added up to before the four weeks (cases from the wave start, doses from the first). */
    public S before(String unit, Metric metric, long value) {
        unit(unit);
        before.computeIfAbsent(unit, u -> new LinkedHashMap<>()).merge(metric, value, Long::sum);
        return self();
    }

    /** The unit's last community case before the four weeks (none: it had none since the wave began). */
    public S lastCommunityCaseBefore(String unit, LocalDate day) {
        lastCommunityBefore.put(unit(unit).code(), day);
        return self();
    }

    /** The most community cases the unit had in one report week of the wave before these four. */
    public S peakWeekBefore(String unit, long communityCases) {
        peakBefore.put(unit(unit).code(), communityCases);
        return self();
    }

    /** The first day of data of every district (its cumulative figures count from it, or the wave start). */
    public S dataSince(LocalDate day) {
        this.dataSince = day;
        return self();
    }

    /** A reference figure of a unit (population, population_18plus, households, icu_beds, …); null: none. */
    public S figure(String unit, String figure, Long value) {
        Map<String, Long> values = figures.computeIfAbsent(figure, f -> new HashMap<>());
        if (value == null) {
            values.remove(unit);
        }
        else {
            values.put(unit, value);
        }
        return self();
    }

    /** An opening balance (balances.csv), dated before the data begin (see {@link #dataSince}). */
    public S balance(String unit, String item, LocalDate asOf, long amount, LocalDate countsFrom) {
        if (!asOf.isBefore(dataSince)) {
            throw new IllegalArgumentException("a hand-built week takes balances dated before its first data");
        }
        balances.add(new OpeningBalance(unit, item, asOf, amount, countsFrom, OpeningBalance.Basis.PUBLISHED, "test"));
        return self();
    }

    // ---- how the reports came ----

    public S missing(String district, LocalDate... days) {
        for (LocalDate day : days) {
            reports.put(district + "|" + day, new ReportStatus(district, day, Timeliness.MISSING, null, 0));
        }
        return self();
    }

    public S late(String district, LocalDate day) {
        reports.put(district + "|" + day, new ReportStatus(district, day, Timeliness.LATE, arrival(day).plusSeconds(86_400), 1));
        return self();
    }

    /** The district sent the day's report again: its revision. */
    public S resent(String district, LocalDate day, int revision) {
        reports.put(district + "|" + day, new ReportStatus(district, day, Timeliness.ON_TIME, arrival(day), revision));
        return self();
    }

    /** Every report loaded from an archive, when no one was watching the inbox: timeliness not judged. */
    public S archived() {
        this.archived = true;
        return self();
    }

    public S flag(WeekFacts.Flag flag) {
        flags.add(flag);
        return self();
    }

    private Instant arrival(LocalDate day) {
        return day.atTime(settings.cutoffHour() + 1, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
    }

    // ---- the week ----

    /** The province's units with their figures as set: what the week was computed with. */
    public UnitDirectory units() {
        return new UnitDirectory(FIXTURE.units(), figures, SCOPE);
    }

    private Unit unit(String code) {
        return FIXTURE.units().stream().filter(u -> u.code().equals(code)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException(code + " is not a unit of the hand-built province"));
    }

    /** The week's figures, as {@link WeeklyIndicators#compute} makes them from stored reports. */
    public WeekIndicators indicators() {
        UnitDirectory units = units();
        Unit top = units.unit(SCOPE).orElseThrow();
        Denominators denominators = new Denominators(settings);
        Denominators.Scale scale = denominators.scale(units, top, reportDate);
        CumulativeBases bases = new CumulativeBases(new OpeningBalances(balances), settings.waveStart(), reportDate,
                day -> {
                    throw new IllegalStateException("balances are dated before the data: no reports to count at " + day);
                });
        List<ReportStatus> completeness = completeness(units);
        Series scopeDaily = new Series(from, days);
        Series scopeTotal = new Series(reportDate, 1);
        LocalDate scopeLast = null;
        List<UnitWeek> districts = new ArrayList<>();
        List<IcuCapacity> districtIcu = new ArrayList<>();
        Map<String, List<UnitWeek>> communes = new LinkedHashMap<>();
        for (Unit d : units.children(SCOPE)) {
            int missing = (int) completeness.stream().filter(r -> r.districtCode().equals(d.code()) && r.missing()).count();
            Series districtDaily = new Series(from, days);
            Series districtTotal = new Series(reportDate, 1);
            LocalDate last = null;
            boolean reported = false;
            List<UnitWeek> own = new ArrayList<>();
            List<Unit> rows = new ArrayList<>(List.of(d));
            rows.addAll(units.children(d.code()));
            for (Unit u : rows) {
                if (!daily.containsKey(u.code()) && !before.containsKey(u.code())) {
                    continue;
                }
                reported = true;
                Series s = daily.getOrDefault(u.code(), new Series(from, days));
                Series total = total(u.code(), s);
                LocalDate lastCommunity = lastCommunityCase(u.code(), s);
                districtDaily.addAll(s);
                districtTotal.addAll(total);
                last = later(last, lastCommunity);
                if (u != d) {
                    Long beds = s.latest(Metric.ICU_BEDS, window);
                    own.add(new UnitWeek(u, denominators.figures(units, u.code(), scale), window, s, total, lastCommunity,
                            missing, bases.of(u.code(), dataSince),
                            beds == null ? IcuCapacity.UNKNOWN : new IcuCapacity(beds, IcuCapacity.Basis.REPORTED)));
                }
            }
            UnitWeek.Figures f = denominators.figures(units, d.code(), scale);
            Long beds = districtDaily.latest(Metric.ICU_BEDS, window);
            IcuCapacity icu = beds != null ? new IcuCapacity(beds, IcuCapacity.Basis.REPORTED)
                    : f.icuBeds() != null ? new IcuCapacity(f.icuBeds(), IcuCapacity.Basis.REFERENCE) : IcuCapacity.UNKNOWN;
            districtIcu.add(icu);
            districts.add(new UnitWeek(d, f, window, districtDaily, districtTotal, last, missing,
                    bases.of(d.code(), reported ? dataSince : null), icu));
            communes.put(d.code(), own);
            scopeDaily.addAll(districtDaily);
            scopeTotal.addAll(districtTotal);
            scopeLast = later(scopeLast, last);
        }
        UnitWeek.Figures scopeFigures = denominators.figures(units, SCOPE, scale);
        IcuCapacity scopeIcu = IcuCapacity.sum(districtIcu);
        if (scopeIcu.basis() == IcuCapacity.Basis.REFERENCE && scopeFigures.icuBeds() != null) {
            scopeIcu = new IcuCapacity(scopeFigures.icuBeds(), IcuCapacity.Basis.REFERENCE);
        }
        UnitWeek scope = new UnitWeek(top, scopeFigures, window, scopeDaily, scopeTotal, scopeLast,
                (int) completeness.stream().filter(ReportStatus::missing).count(), bases.of(SCOPE, dataSince), scopeIcu);
        return new WeekIndicators(reportDate, window, scope, districts, communes, completeness, List.copyOf(flags),
                settings.targets(), Plausibility.caveats(scope, districts, communes, settings.targets()),
                denominators.on(reportDate), denominators.changes(units, top, scope, reportDate));
    }

    /**
     * The most community cases in one report week, per district and for the province, over the four weeks and
     * what came before them ({@link #peakWeekBefore}): as {@link WeeklyIndicators#peakCommunityWeeks} reads the wave.
     */
    public Map<String, Long> peakCommunityWeeks(WeekIndicators week) {
        Map<String, Long> peaks = new HashMap<>(peakBefore);
        ReportWindow w = week.window();
        for (int i = 0; i < WINDOWS; i++, w = w.previous()) {
            long sum = 0;
            boolean any = false;
            for (UnitWeek d : week.districts()) {
                Long v = d.daily().sum(Metric.CASES_COMMUNITY, w);
                if (v != null) {
                    peaks.merge(d.code(), v, Math::max);
                    sum += v;
                    any = true;
                }
            }
            if (any) {
                peaks.merge(SCOPE, sum, Math::max);
            }
        }
        return peaks;
    }

    /** The reports' running totals at the report date: what came before the four weeks plus their reports. */
    private Series total(String unit, Series s) {
        Series total = new Series(reportDate, 1);
        before.getOrDefault(unit, Map.of()).forEach((m, v) -> total.add(m, reportDate, v));
        for (Metric m : Metric.ALL) {
            total.add(m, reportDate, s.sum(m, new ReportWindow(from, reportDate)));
        }
        return total;
    }

    private LocalDate lastCommunityCase(String unit, Series s) {
        for (LocalDate d = reportDate; !d.isBefore(from); d = d.minusDays(1)) {
            long v = s.value(Metric.CASES_COMMUNITY, d);
            if (v != Series.NONE && v > 0) {
                return d;
            }
        }
        return lastCommunityBefore.get(unit);
    }

    private List<ReportStatus> completeness(UnitDirectory units) {
        List<ReportStatus> out = new ArrayList<>();
        for (Unit d : units.children(SCOPE)) {
            for (LocalDate day = window.first(); !day.isAfter(window.last()); day = day.plusDays(1)) {
                ReportStatus given = reports.get(d.code() + "|" + day);
                ReportStatus r = given != null ? given : new ReportStatus(d.code(), day, Timeliness.ON_TIME, arrival(day), 1);
                out.add(archived && !r.missing() ? new ReportStatus(r.districtCode(), day, Timeliness.NOT_JUDGED, r.arrived(),
                        r.revision()) : r);
            }
        }
        return out;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    /** The province's units and their figures, from {@code fixtures/hand-built-week}, read once. */
    private record Fixture(List<Unit> units, Map<String, Map<String, Long>> figures) {

        static Fixture read() {
            try {
                Path folder = Path.of(ProvinceWeek.class.getResource("/fixtures/hand-built-week").toURI());
                List<Unit> units = new ArrayList<>();
                for (CSVRecord r : CsvFiles.read(folder.resolve("units.csv"))) {
                    units.add(new Unit(r.get("code"), r.get("name"), Unit.Level.valueOf(r.get("level")),
                            Optional.of(r.get("parent_code")).filter(p -> !p.isEmpty())));
                }
                Map<String, Map<String, Long>> figures = new HashMap<>();
                for (CSVRecord r : CsvFiles.read(folder.resolve("figures.csv"))) {
                    figures.computeIfAbsent(r.get("figure"), f -> new HashMap<>()).put(r.get("unit_code"),
                            Long.parseLong(r.get("value")));
                }
                return new Fixture(List.copyOf(units), figures);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
