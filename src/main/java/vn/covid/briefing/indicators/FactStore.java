package vn.covid.briefing.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.covid.briefing.metric.Metric;
import vn.covid.briefing.system.Checksums;

/**
 * Reads the stored facts a report week needs, always bounded by district and date so that the cost of
 * a week does not depend on how much other history is stored (the primary key leads with district).
 */
@Component
public class FactStore {

    private static final String METRIC_COLUMNS = Metric.ALL.stream().map(Metric::key)
        .collect(Collectors.joining(", "));

    private static final String METRIC_SUMS = Metric.ALL.stream()
        .map(c -> "SUM(" + c.key() + ")")
        .collect(Collectors.joining(", "));

    /**
     * One district and a range of days: the primary key's prefix, which H2 and PostgreSQL both seek. (An
     * IN list of districts with a date range makes H2 read each district's whole history.)
     */
    private static final String ONE_DISTRICT_DAYS = "district_code = ? AND report_date BETWEEN ? AND ?";

    private final JdbcTemplate jdbc;

    public FactStore(JdbcTemplate jdbc) {
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

    /** Per unit: cumulative values (a one-day series dated asOf) and the last day with a community case. */
    public record Totals(Map<String, Series> sums, Map<String, LocalDate> lastCommunityCase) {
    }

    /**
     * Per unit, the totals up to {@code asOf}: case, death, discharge and testing metrics from the wave
     * start, vaccine doses from the first data (a campaign is not a wave); and the last community case.
     * Read as the month-end checkpoint before asOf plus the days after it, so the cost does not grow
     * with the history stored; missing checkpoints are built on the way (once).
     */
    public Totals totals(Collection<String> districts, LocalDate waveStart, LocalDate asOf) {
        Map<String, Series> sums = new HashMap<>();
        Map<String, LocalDate> last = new HashMap<>();
        if (districts.isEmpty()) {
            return new Totals(sums, last);
        }
        LocalDate checkpoint = asOf.withDayOfMonth(1).minusDays(1);
        ensureCheckpoints(districts, waveStart, checkpoint);
        accumulate(districts, waveStart, checkpoint, asOf).forEach((unit, total) -> {
            Series s = new Series(asOf, 1);
            for (int m = 0; m < total.values().length; m++) {
                s.add(Metric.ALL.get(m), asOf, total.values()[m]);
            }
            sums.put(unit, s);
            if (total.lastCommunityCase() != null) {
                last.put(unit, total.lastCommunityCase());
            }
        });
        return new Totals(sums, last);
    }

    /** One unit's running totals: a checkpoint row, or a checkpoint plus the days after it. */
    private record UnitTotal(String district, Long[] values, LocalDate lastCommunityCase) {

        UnitTotal plus(Long[] more, LocalDate lastCommunity) {
            Long[] sum = values.clone();
            for (int m = 0; m < sum.length; m++) {
                if (more[m] != null) {
                    sum[m] = sum[m] == null ? more[m] : sum[m] + more[m];
                }
            }
            return new UnitTotal(district, sum, lastCommunity != null ? lastCommunity : lastCommunityCase);
        }
    }

    /**
     * Per unit, the checkpoint at {@code base} (a district without one counts from zero) plus the days in
     * (base, upTo]: how a week's totals are read, and how the next checkpoint is made.
     */
    private Map<String, UnitTotal> accumulate(Collection<String> districts, LocalDate waveStart, LocalDate base,
            LocalDate upTo) {
        Map<String, UnitTotal> totals = new java.util.TreeMap<>();
        List<Object> args = new ArrayList<>();
        args.add(java.sql.Date.valueOf(base));
        args.add(java.sql.Date.valueOf(waveStart));
        args.addAll(districts);
        jdbc.query("SELECT unit_code, district_code, last_community_case, " + METRIC_COLUMNS + " FROM unit_checkpoint "
                + "WHERE as_of = ? AND wave_start = ? AND district_code IN (" + placeholders(districts) + ")", rs -> {
                    java.sql.Date d = rs.getDate(3);
                    totals.put(rs.getString(1), new UnitTotal(rs.getString(2), metrics(rs, 4),
                            d == null ? null : d.toLocalDate()));
                }, args.toArray());
        String sums = Metric.ALL.stream()
            .map(c -> isDose(c) ? "SUM(" + c.key() + ")"
                    : "SUM(CASE WHEN report_date >= ? THEN " + c.key() + " END)")
            .collect(Collectors.joining(", "));
        for (String district : districts) {
            List<Object> dayArgs = new ArrayList<>();
            Metric.ALL.stream().filter(c -> !isDose(c)).forEach(c -> dayArgs.add(java.sql.Date.valueOf(waveStart)));
            dayArgs.add(district);
            // (base, upTo] as BETWEEN base+1 AND upTo: the district-and-range form every database can seek
            dayArgs.add(java.sql.Date.valueOf(base.plusDays(1)));
            dayArgs.add(java.sql.Date.valueOf(upTo));
            jdbc.query("SELECT unit_code, MAX(CASE WHEN cases_community > 0 THEN report_date END), " + sums
                    + " FROM daily_fact WHERE " + ONE_DISTRICT_DAYS + " GROUP BY unit_code", rs -> {
                        java.sql.Date d = rs.getDate(2);
                        Long[] days = metrics(rs, 3);
                        totals.merge(rs.getString(1), new UnitTotal(district, days, d == null ? null : d.toLocalDate()),
                                (before, added) -> before.plus(added.values(), added.lastCommunityCase()));
                    }, dayArgs.toArray());
        }
        return totals;
    }

    /** Builds the month-end checkpoints up to {@code upTo} that are missing for these districts. */
    private void ensureCheckpoints(Collection<String> districts, LocalDate waveStart, LocalDate upTo) {
        List<Object> args = new ArrayList<>();
        args.add(java.sql.Date.valueOf(waveStart));
        args.add(java.sql.Date.valueOf(upTo));
        args.addAll(districts);
        Map<String, LocalDate> latest = new HashMap<>();
        jdbc.query("SELECT district_code, MAX(as_of) FROM unit_checkpoint WHERE wave_start = ? AND as_of <= ? "
                + "AND district_code IN (" + placeholders(districts) + ") GROUP BY district_code", rs -> {
                    latest.put(rs.getString(1), rs.getDate(2).toLocalDate());
                }, args.toArray());
        Map<String, LocalDate> first = new HashMap<>();
        List<String> without = districts.stream().filter(d -> !latest.containsKey(d)).toList();
        if (!without.isEmpty()) {
            jdbc.query("SELECT district_code, MIN(report_date) FROM district_day WHERE district_code IN ("
                    + placeholders(without) + ") GROUP BY district_code", rs -> {
                        first.put(rs.getString(1), rs.getDate(2).toLocalDate());
                    }, without.toArray());
        }
        // group the districts by where their chain of checkpoints continues from (the month end before
        // their first report when they have none yet)
        Map<LocalDate, List<String>> byStart = new java.util.TreeMap<>();
        for (String d : districts) {
            LocalDate from = latest.containsKey(d) ? latest.get(d)
                    : first.containsKey(d) ? first.get(d).withDayOfMonth(1).minusDays(1) : null;
            if (from != null && from.isBefore(upTo)) {
                byStart.computeIfAbsent(from, k -> new ArrayList<>()).add(d);
            }
        }
        byStart.forEach((from, group) -> {
            for (LocalDate previous = from; previous.isBefore(upTo);) {
                LocalDate next = previous.plusDays(1).plusMonths(1).withDayOfMonth(1).minusDays(1);
                insertCheckpoint(next, waveStart, accumulate(group, waveStart, previous, next));
                previous = next;
            }
        });
    }

    private void insertCheckpoint(LocalDate at, LocalDate waveStart, Map<String, UnitTotal> totals) {
        List<Object[]> rows = new ArrayList<>();
        totals.forEach((unit, total) -> {
            Object[] row = new Object[5 + Metric.ALL.size()];
            row[0] = total.district();
            row[1] = java.sql.Date.valueOf(at);
            row[2] = java.sql.Date.valueOf(waveStart);
            row[3] = unit;
            row[4] = total.lastCommunityCase() == null ? null : java.sql.Date.valueOf(total.lastCommunityCase());
            System.arraycopy(total.values(), 0, row, 5, Metric.ALL.size());
            rows.add(row);
        });
        jdbc.batchUpdate("INSERT INTO unit_checkpoint (district_code, as_of, wave_start, unit_code, last_community_case, "
                + METRIC_COLUMNS + ") VALUES (?, ?, ?, ?, ?, " + placeholders(Metric.ALL) + ")", rows);
    }

    private static Long[] metrics(ResultSet rs, int firstColumn) throws SQLException {
        Long[] values = new Long[Metric.ALL.size()];
        for (int m = 0; m < values.length; m++) {
            values[m] = nullable(rs, firstColumn + m);
        }
        return values;
    }

    private static boolean isDose(Metric c) {
        return c == Metric.DOSE1 || c == Metric.DOSE2 || c == Metric.BOOSTER;
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

    /** A stored value that a later file replaced. */
    public record Change(String unitCode, LocalDate day, Metric metric, Long before, Long after, String fileName,
            Instant replacedAt) {
    }

    /**
     * Every value of the days in [from, to] that changed after {@code since}: old (from the history) →
     * current, with the file that brought the current value. A unit row a correction dropped becomes
     * null; a unit row it added comes from null.
     */
    public List<Change> changesSince(Collection<String> districts, LocalDate from, LocalDate to, Instant since) {
        if (districts.isEmpty()) {
            return List.of();
        }
        String metrics = Metric.ALL.stream().map(c -> "h." + c.key() + ", c." + c.key())
            .collect(Collectors.joining(", "));
        List<Object> args = districtsAndDays(districts, from, to);
        args.add(Timestamp.from(since));
        List<Change> changes = new ArrayList<>();
        Map<String, Instant> seen = new HashMap<>();          // unit|day → when first replaced after `since`
        Map<String, Instant> replacedDays = new HashMap<>();  // district|day → when first replaced after `since`
        // the oldest version replaced after `since` is what the reader saw then
        jdbc.query("SELECT h.unit_code, h.report_date, h.replaced_at, f.file_name, h.district_code, " + metrics
                + " FROM daily_fact_history h LEFT JOIN daily_fact c ON c.district_code = h.district_code "
                + "AND c.report_date = h.report_date AND c.unit_code = h.unit_code "
                + "JOIN district_day d ON d.district_code = h.district_code AND d.report_date = h.report_date "
                + "JOIN source_file f ON f.id = d.file_id "
                + "WHERE h.district_code IN (" + placeholders(districts) + ") AND h.report_date BETWEEN ? AND ? "
                + "AND h.replaced_at > ? ORDER BY h.report_date, h.unit_code, h.replaced_at", rs -> {
                    Instant replaced = rs.getTimestamp(3).toInstant();
                    if (seen.putIfAbsent(rs.getString(1) + "|" + rs.getDate(2), replaced) != null) {
                        return;
                    }
                    replacedDays.putIfAbsent(rs.getString(5) + "|" + rs.getDate(2), replaced);
                    int col = 6;
                    for (Metric m : Metric.ALL) {
                        Long before = nullable(rs, col++);
                        Long after = nullable(rs, col++);
                        if (!java.util.Objects.equals(before, after)) {
                            changes.add(new Change(rs.getString(1), rs.getDate(2).toLocalDate(), m, before, after,
                                    rs.getString(4), replaced));
                        }
                    }
                }, args.toArray());
        if (replacedDays.isEmpty()) {
            return changes;
        }
        // rows of the corrected days that the earlier version did not have
        String values = Metric.ALL.stream().map(c -> "c." + c.key()).collect(Collectors.joining(", "));
        jdbc.query("SELECT c.unit_code, c.report_date, c.district_code, f.file_name, " + values + " FROM daily_fact c "
                + "JOIN district_day d ON d.district_code = c.district_code AND d.report_date = c.report_date "
                + "JOIN source_file f ON f.id = d.file_id WHERE c.district_code IN (" + placeholders(districts)
                + ") AND c.report_date BETWEEN ? AND ? AND d.revision > 1", rs -> {
                    Instant replaced = replacedDays.get(rs.getString(3) + "|" + rs.getDate(2));
                    if (replaced == null || seen.containsKey(rs.getString(1) + "|" + rs.getDate(2))) {
                        return;
                    }
                    int col = 5;
                    for (Metric m : Metric.ALL) {
                        Long after = nullable(rs, col++);
                        if (after != null) {
                            changes.add(new Change(rs.getString(1), rs.getDate(2).toLocalDate(), m, null, after,
                                    rs.getString(4), replaced));
                        }
                    }
                }, args.subList(0, args.size() - 1).toArray());
        changes.sort(java.util.Comparator.comparing(Change::day).thenComparing(Change::unitCode)
            .thenComparing(c -> c.metric().ordinal()));
        return changes;
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

    /** A district-day's current file. */
    public record DayFile(String districtCode, LocalDate day, String fileName, String checksum, int revision) {
    }

    /** The current file of every district-day of [from, to], in district and day order. */
    public List<DayFile> files(Collection<String> districts, LocalDate from, LocalDate to) {
        if (districts.isEmpty()) {
            return List.of();
        }
        List<Object> args = districtsAndDays(districts, from, to);
        return jdbc.query("SELECT d.district_code, d.report_date, f.file_name, f.checksum, d.revision FROM district_day d "
                + "JOIN source_file f ON f.id = d.file_id WHERE d.district_code IN (" + placeholders(districts)
                + ") AND d.report_date BETWEEN ? AND ? ORDER BY d.district_code, d.report_date",
                (rs, i) -> new DayFile(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4),
                        rs.getInt(5)), args.toArray());
    }

    /**
     * The data revision a week rests on: a hash of which file is current for every district-day up to
     * the report date, and of the reference data. Any late or corrected report that can move a figure of
     * the week (cumulative ones included) changes it; anything else does not.
     */
    public DataRevision dataRevision(Collection<String> districts, LocalDate asOf) {
        StringBuilder current = new StringBuilder();
        List<DayFile> files = files(districts, LocalDate.of(1900, 1, 1), asOf);
        files.forEach(f -> current.append(f.districtCode()).append('|').append(f.day()).append('|').append(f.checksum())
            .append('\n'));
        jdbc.queryForList("SELECT checksum FROM reference_version", String.class).forEach(current::append);
        return new DataRevision(Checksums.sha256(current.toString()), files.size());
    }

    /** @param reports the district-days up to the report date that the revision covers */
    public record DataRevision(String hash, int reports) {
    }

    private static void addRow(Series s, LocalDate day, ResultSet rs) throws SQLException {
        addRow(s, day, rs, 3);
    }

    private static void addRow(Series s, LocalDate day, ResultSet rs, int firstColumn) throws SQLException {
        int col = firstColumn;
        for (Metric m : Metric.ALL) {
            s.add(m, day, nullable(rs, col++));
        }
    }

    private static Long nullable(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** The arguments of "district_code IN (…) AND report_date BETWEEN ? AND ?". */
    private static List<Object> districtsAndDays(Collection<String> districts, LocalDate from, LocalDate to) {
        List<Object> args = new ArrayList<>(districts);
        args.add(java.sql.Date.valueOf(from));
        args.add(java.sql.Date.valueOf(to));
        return args;
    }

    private static String placeholders(Collection<?> values) {
        return String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
    }
}
