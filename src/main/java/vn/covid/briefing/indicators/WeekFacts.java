package vn.covid.briefing.indicators;

import static vn.covid.briefing.indicators.FactRows.ONE_DISTRICT_DAYS;
import static vn.covid.briefing.indicators.FactRows.districtsAndDays;
import static vn.covid.briefing.indicators.FactRows.nullable;
import static vn.covid.briefing.indicators.FactRows.placeholders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.covid.briefing.metric.Metric;

/**
 * The read model of a report week: the stored facts of a bounded range of days per district, when each
 * district-day's report arrived, and what the ingest flagged in the files behind them. Always bounded by
 * district and date, so that the cost of a week does not depend on how much other history is stored
 * (the primary key leads with district).
 */
@Component
public class WeekFacts {

    private static final String METRIC_SUMS = Metric.sqlColumns("SUM(", ")");

    private final JdbcTemplate jdbc;

    public WeekFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per unit (commune, or district when it reported as one row) and day, every metric in [from, to]. */
    public Map<String, Series> unitSeries(Collection<String> districts, LocalDate from, LocalDate to) {
        return series("unit_code", districts, from, to);
    }

    /** Per district and day: the sum of its rows (cheaper when only district totals are needed). */
    public Map<String, Series> districtSeries(Collection<String> districts, LocalDate from, LocalDate to) {
        return series("district_code", districts, from, to);
    }

    private Map<String, Series> series(String key, Collection<String> districts, LocalDate from, LocalDate to) {
        Map<String, Series> result = new HashMap<>();
        if (districts.isEmpty() || to.isBefore(from)) {
            return result;
        }
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        for (String district : districts) {
            jdbc.query("SELECT " + key + ", report_date, " + METRIC_SUMS + " FROM daily_fact WHERE " + ONE_DISTRICT_DAYS
                    + " GROUP BY " + key + ", report_date", rs -> {
                        Series s = result.computeIfAbsent(rs.getString(1), k -> new Series(from, days));
                        addRow(s, rs.getDate(2).toLocalDate(), rs);
                    }, district, java.sql.Date.valueOf(from), java.sql.Date.valueOf(to));
        }
        return result;
    }

    /** When each district's report for each day first arrived (the earliest accepted file), and its revision. */
    public record Arrival(String districtCode, LocalDate day, Instant firstArrived, int revision) {
    }

    public List<Arrival> arrivals(Collection<String> districts, LocalDate from, LocalDate to) {
        if (districts.isEmpty()) {
            return List.of();
        }
        List<Object> args = districtsAndDays(districts, from, to);
        // arrival = when the file landed in the inbox, or when the system first saw it if its clock says later
        return jdbc.query("SELECT d.district_code, d.report_date, MIN(CASE WHEN f.modified_at < f.registered_at "
                + "THEN f.modified_at ELSE f.registered_at END), MAX(d.revision) FROM district_day d "
                + "JOIN source_file f ON f.district_code = d.district_code AND f.report_date = d.report_date "
                + "AND f.status IN ('LOADED', 'PARTIAL') WHERE d.district_code IN (" + placeholders(districts)
                + ") AND d.report_date BETWEEN ? AND ? GROUP BY d.district_code, d.report_date",
                (rs, i) -> new Arrival(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getTimestamp(3).toInstant(),
                        rs.getInt(4)), args.toArray());
    }

    /** Per district, the first day it has a report for (the "first day of data" of its cumulative figures). */
    public Map<String, LocalDate> firstReports(Collection<String> districts) {
        Map<String, LocalDate> first = new HashMap<>();
        if (districts.isEmpty()) {
            return first;
        }
        jdbc.query("SELECT district_code, MIN(report_date) FROM district_day WHERE district_code IN ("
                + placeholders(districts) + ") GROUP BY district_code",
                rs -> { first.put(rs.getString(1), rs.getDate(2).toLocalDate()); }, districts.toArray());
        return first;
    }

    /**
     * Since when the system has been watching the inbox for these districts: the first time it registered a
     * file of one of them (the scope's own; another scope's files say nothing of this scope's inbox). A report
     * whose deadline passed before then was not there to be seen arriving, so its timeliness is not judged.
     */
    public java.util.Optional<Instant> watchingSince(Collection<String> districts) {
        if (districts.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(jdbc.queryForObject("SELECT MIN(registered_at) FROM source_file "
                + "WHERE district_code IN (" + placeholders(districts) + ")", java.sql.Timestamp.class, districts.toArray()))
            .map(java.sql.Timestamp::toInstant);
    }

    /** A rejection or warning the ingest recorded for a file of the window's days. */
    public record Flag(String districtCode, LocalDate day, String fileName, Integer line, String column, String value,
            String severity, String code, String message) {
    }

    /**
     * The rejections and warnings of the files the window's days came from (the current file of each
     * district-day, and every file for those days that was rejected), so the page can say what was flagged.
     */
    public List<Flag> flags(Collection<String> districts, LocalDate from, LocalDate to) {
        if (districts.isEmpty()) {
            return List.of();
        }
        List<Object> args = districtsAndDays(districts, from, to);
        return jdbc.query("SELECT f.district_code, f.report_date, f.file_name, i.line_no, i.column_name, i.cell_value, "
                + "i.severity, i.code, i.message FROM ingest_issue i JOIN source_file f ON f.id = i.file_id "
                + "LEFT JOIN district_day d ON d.file_id = f.id "
                + "WHERE f.district_code IN (" + placeholders(districts) + ") AND f.report_date BETWEEN ? AND ? "
                + "AND (d.file_id IS NOT NULL OR i.severity = 'REJECT') "
                + "ORDER BY f.report_date, f.district_code, f.file_name, i.line_no, i.id", (rs, i) -> {
                    int line = rs.getInt(4);
                    return new Flag(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3),
                            rs.wasNull() ? null : line, rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getString(8), rs.getString(9));
                }, args.toArray());
    }

    private static void addRow(Series s, LocalDate day, ResultSet rs) throws SQLException {
        int col = 3;
        for (Metric m : Metric.ALL) {
            s.add(m, day, nullable(rs, col++));
        }
    }
}
