package vn.covid.briefing.ingest;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The last weeks of new cases and deaths per unit, for outlier checks. Read from the database once per
 * district and run, then kept up to date with the rows of the run itself, so that checking a file costs
 * no query. Memory is bounded by units × window days, not by the size of the input.
 */
final class RecentHistory implements OutlierDetector.History {

    record Day(LocalDate date, Long cases, Long deaths) {
    }

    private static final class DistrictWindow {
        LocalDate from;
        LocalDate to;
        final Map<String, TreeMap<LocalDate, Day>> units = new HashMap<>();
    }

    private final JdbcTemplate jdbc;
    private final int windowDays;
    private final Map<String, DistrictWindow> districts = new HashMap<>();

    RecentHistory(JdbcTemplate jdbc, int windowDays) {
        this.jdbc = jdbc;
        this.windowDays = windowDays;
    }

    /** The unit's days in the window before {@code date}. */
    @Override
    public List<Day> before(String district, String unit, LocalDate date) {
        LocalDate from = date.minusDays(windowDays);
        LocalDate to = date.minusDays(1);
        DistrictWindow w = districts.get(district);
        if (w == null || from.isBefore(w.from) || to.isAfter(w.to)) {
            w = load(district, from, to);
            districts.put(district, w);
        }
        TreeMap<LocalDate, Day> days = w.units.get(unit);
        return days == null ? List.of() : List.copyOf(days.subMap(from, true, to, true).values());
    }

    /** Keeps the window current with a row just accepted (a correction replaces the day's value). */
    @Override
    public void record(DailyFact fact) {
        DistrictWindow w = districts.get(fact.districtCode());
        if (w == null || fact.date().isBefore(w.from)) {
            return;
        }
        if (fact.date().isAfter(w.to)) {
            if (!fact.date().equals(w.to.plusDays(1))) {
                return; // a gap: what lies between is not known here, the next lookup reloads
            }
        }
        w.units.computeIfAbsent(fact.unitCode(), u -> new TreeMap<>())
            .put(fact.date(), new Day(fact.date(), fact.newCases(), fact.value(Column.DEATHS)));
        if (fact.date().isAfter(w.to)) {
            w.to = fact.date();
            w.from = w.to.minusDays(windowDays);
            w.units.values().forEach(days -> days.headMap(w.from).clear());
        }
    }

    private DistrictWindow load(String district, LocalDate from, LocalDate to) {
        DistrictWindow w = new DistrictWindow();
        w.from = from;
        w.to = to;
        jdbc.query("SELECT unit_code, report_date, cases_arrival, cases_quarantine, cases_lockdown, cases_community, "
                + "deaths FROM daily_fact WHERE district_code = ? AND report_date BETWEEN ? AND ?", rs -> {
                    Long cases = null;
                    for (int i = 3; i <= 6; i++) {
                        long v = rs.getLong(i);
                        if (!rs.wasNull()) {
                            cases = (cases == null ? 0 : cases) + v;
                        }
                    }
                    long d = rs.getLong(7);
                    Long deaths = rs.wasNull() ? null : d;
                    LocalDate date = rs.getDate(2).toLocalDate();
                    w.units.computeIfAbsent(rs.getString(1), u -> new TreeMap<>()).put(date, new Day(date, cases, deaths));
                }, district, Date.valueOf(from), Date.valueOf(to));
        return w;
    }
}
