package vn.covid.briefing.briefing;

import static vn.covid.briefing.indicators.FactRows.districtsAndDays;
import static vn.covid.briefing.indicators.FactRows.nullable;
import static vn.covid.briefing.indicators.FactRows.placeholders;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.covid.briefing.metric.Metric;
import vn.covid.briefing.reference.ReferenceVersions;
import vn.covid.briefing.system.Checksums;

/**
 * What an edition is made from, as stored: which file is current for every district-day (the data
 * revision, and the file list of the provenance), and which values changed since an earlier edition
 * was issued ("số liệu điều chỉnh"). Only the briefing asks these questions.
 */
@Component
public class EditionSources {

    private final JdbcTemplate jdbc;

    public EditionSources(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
     * The data revision a week of the scope rests on: a hash of which file is current for every district-day
     * of its districts up to the report date, and of its reference data. Any late or corrected report that can
     * move a figure of the week (cumulative ones included) changes it; anything else, another scope's data and
     * reference data among it, does not.
     */
    public DataRevision dataRevision(String scope, Collection<String> districts, LocalDate asOf) {
        StringBuilder current = new StringBuilder();
        List<DayFile> files = files(districts, LocalDate.of(1900, 1, 1), asOf);
        files.forEach(f -> current.append(f.districtCode()).append('|').append(f.day()).append('|').append(f.checksum())
            .append('\n'));
        ReferenceVersions.of(jdbc, scope).ifPresent(v -> current.append(v.checksum()));
        return new DataRevision(Checksums.sha256(current.toString()), files.size());
    }

    /** @param reports the district-days up to the report date that the revision covers */
    public record DataRevision(String hash, int reports) {
    }
}
