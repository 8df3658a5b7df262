package vn.covid.briefing.indicators;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import vn.covid.briefing.metric.Metric;
import vn.covid.briefing.reference.Unit;

/** Hand-built report weeks for rule tests: a unit, its figures, and daily values over four windows. */
public final class Weeks {

    public static final LocalDate REPORT_DATE = LocalDate.of(2021, 11, 1);

    private final Series daily = new Series(REPORT_DATE.minusDays(27), 28);
    private final Series total = new Series(REPORT_DATE, 1);
    private UnitWeek.Figures figures = new UnitWeek.Figures(10_000L, 7_000L, 700L, 2_500L, null, 800L);
    private Map<String, CumulativeBase> bases = Map.of();

    public static Weeks commune() {
        return new Weeks();
    }

    public Weeks figures(Long population, Long adults, Long icuBeds) {
        figures = new UnitWeek.Figures(population, adults, null, population == null ? null : population / 4, icuBeds,
                null);
        return this;
    }

    /** Puts the values on the last day of the window {@code weeksBack} windows before the report week. */
    public Weeks week(int weeksBack, Map<Metric, Long> values) {
        LocalDate day = REPORT_DATE.minusDays(7L * weeksBack);
        values.forEach((c, v) -> daily.add(c, day, v));
        return this;
    }

    public Weeks cumulative(Map<Metric, Long> values) {
        values.forEach((c, v) -> total.add(c, REPORT_DATE, v));
        return this;
    }

    /** Opening balances of the unit, by item (see {@link CumulativeBase}). */
    public Weeks bases(Map<String, CumulativeBase> bases) {
        this.bases = bases;
        return this;
    }

    public UnitWeek build() {
        IcuCapacity icu = figures.icuBeds() == null ? IcuCapacity.UNKNOWN
                : new IcuCapacity(figures.icuBeds(), IcuCapacity.Basis.REFERENCE);
        return new UnitWeek(new Unit("30244", "Thị trấn Cái Tàu Hạ", Unit.Level.COMMUNE, Optional.of("877")), figures,
                ReportWindow.ending(REPORT_DATE, 7), daily, total, null, 0, bases, icu);
    }
}
