package vn.covid.briefing.ingest;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.metric.Metric;

/**
 * New cases and deaths per unit and day as they stood when each file arrived: the rows of every file
 * loaded before it, whether already written to the database or still in the current chunk. That makes
 * an outlier flag depend only on the files and their arrival order, never on where a chunk ended or
 * whether the run was killed and resumed.
 *
 * <p>Per district, everything from {@code loadedFrom} on is held: read from the database once, then
 * kept current with every report of the run. After each written chunk, days more than a window behind
 * the newest are dropped (the database has them, and reads them back if an older file needs them), so
 * memory is bounded by units × window days, not by the size of the input.
 */
final class RecentHistory implements OutlierDetector.History {

    record Day(LocalDate date, Long cases, Long deaths) {
    }

    private static final class District {
        LocalDate loadedFrom;
        LocalDate newest;
        final Map<String, TreeMap<LocalDate, Day>> units = new HashMap<>();
        /** Days whose report this run replaced: their old rows in the database no longer count. */
        final Set<LocalDate> replaced = new HashSet<>();
    }

    private final JdbcTemplate jdbc;
    private final int windowDays;
    private final Map<String, District> districts = new HashMap<>();

    RecentHistory(JdbcTemplate jdbc, int windowDays) {
        this.jdbc = jdbc;
        this.windowDays = windowDays;
    }

    /** A view of the unit's days in the window (valid until the next record): no copy per row checked. */
    @Override
    public Collection<Day> before(String district, String unit, LocalDate date) {
        District d = districts.computeIfAbsent(district, k -> new District());
        LocalDate from = date.minusDays(windowDays);
        if (d.loadedFrom == null || from.isBefore(d.loadedFrom)) {
            load(district, d, from);
        }
        TreeMap<LocalDate, Day> days = d.units.get(unit);
        return days == null ? List.of() : days.subMap(from, true, date.minusDays(1), true).values();
    }

    @Override
    public void record(ParsedReport report) {
        District d = districts.computeIfAbsent(report.districtCode(), k -> new District());
        LocalDate date = report.reportDate();
        d.units.values().forEach(days -> days.remove(date));
        d.replaced.add(date);
        for (DailyFact f : report.facts()) {
            d.units.computeIfAbsent(f.unitCode(), u -> new TreeMap<>())
                .put(date, new Day(date, f.newCases(), f.value(Metric.DEATHS)));
        }
        d.newest = d.newest == null || date.isAfter(d.newest) ? date : d.newest;
    }

    /** Called once a chunk is written: what is dropped now can be read back from the database. */
    @Override
    public void chunkWritten() {
        for (District d : districts.values()) {
            if (d.newest == null) {
                continue;
            }
            LocalDate keepFrom = d.newest.minusDays(windowDays);
            if (d.loadedFrom != null && d.loadedFrom.isBefore(keepFrom)) {
                d.units.values().forEach(days -> days.headMap(keepFrom).clear());
                d.replaced.removeIf(day -> day.isBefore(keepFrom));
                d.loadedFrom = keepFrom;
            }
        }
    }

    /**
     * The districts of a chunk that hold nothing yet are read in one query, from the earliest day any of
     * them needs (one query per district made the outlier check a tenth of a national ingest).
     */
    @Override
    public void prefetch(List<ParsedReport> reports) {
        Map<String, District> fresh = new HashMap<>();
        LocalDate from = null;
        for (ParsedReport r : reports) {
            if (r.facts().isEmpty() || r.reportDate() == null) {
                continue;
            }
            District d = districts.computeIfAbsent(r.districtCode(), k -> new District());
            if (d.loadedFrom == null) {
                fresh.put(r.districtCode(), d);
                LocalDate needed = r.reportDate().minusDays(windowDays);
                from = from == null || needed.isBefore(from) ? needed : from;
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        List<Object> args = new ArrayList<>(fresh.keySet());
        args.add(Date.valueOf(from));
        jdbc.query(SELECT + "district_code IN (" + String.join(", ", Collections.nCopies(fresh.size(), "?"))
                + ") AND report_date >= ?", rs -> {
                    add(fresh.get(rs.getString(9)), rs);
                }, args.toArray());
        for (District d : fresh.values()) {
            d.loadedFrom = from;
        }
    }

    private static final String SELECT = "SELECT unit_code, report_date, cases_arrival, cases_quarantine, cases_lockdown, "
            + "cases_community, cases_unclassified, deaths, district_code FROM daily_fact WHERE ";

    /** Reads the district's days from {@code from} up to what is already held; the run's own rows win. */
    private void load(String district, District d, LocalDate from) {
        String upTo = d.loadedFrom == null ? "" : " AND report_date < ?";
        Object[] args = d.loadedFrom == null ? new Object[] { district, Date.valueOf(from) }
                : new Object[] { district, Date.valueOf(from), Date.valueOf(d.loadedFrom) };
        jdbc.query(SELECT + "district_code = ? AND report_date >= ?" + upTo, rs -> {
            add(d, rs);
        }, args);
        d.loadedFrom = from;
    }

    private static void add(District d, java.sql.ResultSet rs) throws java.sql.SQLException {
        LocalDate date = rs.getDate(2).toLocalDate();
        if (d.replaced.contains(date)) {
            return;
        }
        Long cases = null;
        for (int i = 3; i <= 7; i++) {
            long v = rs.getLong(i);
            if (!rs.wasNull()) {
                cases = (cases == null ? 0 : cases) + v;
            }
        }
        long dead = rs.getLong(8);
        Long deaths = rs.wasNull() ? null : dead;
        d.units.computeIfAbsent(rs.getString(1), u -> new TreeMap<>()).putIfAbsent(date, new Day(date, cases, deaths));
    }
}
