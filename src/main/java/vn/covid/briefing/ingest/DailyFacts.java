package vn.covid.briefing.ingest;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.metric.Metric;

/**
 * The ingest's SQL on {@code daily_fact} and {@code daily_fact_history}: facts in, and the rows a
 * correction replaces moved to the history with the file that replaced them.
 */
final class DailyFacts {

    /** An accepted row with the file it came from. */
    record FactRow(long fileId, Date date, DailyFact fact) {
    }

    private static final String METRICS = Metric.sqlColumns();
    private static final String FACT_COLUMNS = "daily_fact (unit_code, report_date, district_code, file_id, line_no, "
            + METRICS + ")";
    private static final String INSERT_FACT = "INSERT INTO " + FACT_COLUMNS + " VALUES (?, ?, ?, ?, ?"
            + ", ?".repeat(Metric.ALL.size()) + ")";
    private static final String KEEP_HISTORY = "INSERT INTO daily_fact_history (unit_code, report_date, district_code, "
            + "file_id, line_no, " + METRICS + ", replaced_at, replaced_by_file_id) SELECT unit_code, report_date, "
            + "district_code, file_id, line_no, " + METRICS + ", ?, ? FROM daily_fact "
            + "WHERE district_code = ? AND report_date = ?";

    private final JdbcTemplate jdbc;
    private final boolean copy;

    DailyFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.copy = PostgresCopy.available(jdbc);
    }

    /** Whole district-days replaced: each {@code {replacedAt, byFileId, district, date}} goes to history, then out. */
    void replaceDays(List<Object[]> days) {
        jdbc.batchUpdate(KEEP_HISTORY, days);
        jdbc.batchUpdate("DELETE FROM daily_fact WHERE district_code = ? AND report_date = ?",
                days.stream().map(d -> new Object[] { d[2], d[3] }).toList());
    }

    /** Some units' rows of a district-day replaced: to history, then out. */
    void replaceUnits(String district, Date date, Collection<String> units, Timestamp replacedAt, long byFileId) {
        jdbc.batchUpdate(KEEP_HISTORY + " AND unit_code = ?",
                units.stream().map(u -> new Object[] { replacedAt, byFileId, district, date, u }).toList());
        jdbc.batchUpdate("DELETE FROM daily_fact WHERE district_code = ? AND report_date = ? AND unit_code = ?",
                units.stream().map(u -> new Object[] { district, date, u }).toList());
    }

    /** The values stored for a district-day, by unit, in {@link Metric#ALL} order. */
    Map<String, Long[]> day(String district, Date date) {
        Map<String, Long[]> units = new HashMap<>();
        jdbc.query("SELECT unit_code, " + METRICS + " FROM daily_fact WHERE district_code = ? AND report_date = ?", rs -> {
            Long[] values = new Long[Metric.ALL.size()];
            for (int m = 0; m < values.length; m++) {
                long v = rs.getLong(2 + m);
                values[m] = rs.wasNull() ? null : v;
            }
            units.put(rs.getString(1), values);
        }, district, date);
        return units;
    }

    /**
     * The bulk of the ingest. PostgreSQL takes the rows as one COPY, faster than batched INSERTs; other
     * databases get typed setters straight from the parsed values.
     */
    void insert(List<FactRow> facts) {
        if (copy) {
            StringBuilder text = new StringBuilder(facts.size() * 80);
            for (FactRow row : facts) {
                DailyFact f = row.fact();
                // an empty field is NULL; only the codes (from the reference files) could need quotes
                text.append(PostgresCopy.csv(f.unitCode())).append(',').append(row.date()).append(',')
                    .append(PostgresCopy.csv(f.districtCode())).append(',').append(row.fileId()).append(',')
                    .append(f.line());
                for (Long v : f.values()) {
                    text.append(',');
                    if (v != null) {
                        text.append(v.longValue());
                    }
                }
                text.append('\n');
            }
            jdbc.execute((ConnectionCallback<Long>) connection -> PostgresCopy.in(connection,
                    "COPY " + FACT_COLUMNS + " FROM STDIN (FORMAT csv)", text));
            return;
        }
        jdbc.batchUpdate(INSERT_FACT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                FactRow row = facts.get(i);
                DailyFact f = row.fact();
                ps.setString(1, f.unitCode());
                ps.setDate(2, row.date());
                ps.setString(3, f.districtCode());
                ps.setLong(4, row.fileId());
                ps.setInt(5, f.line());
                Long[] values = f.values();
                for (int m = 0; m < values.length; m++) {
                    if (values[m] == null) {
                        ps.setNull(6 + m, Types.BIGINT);
                    }
                    else {
                        ps.setLong(6 + m, values[m]);
                    }
                }
            }

            @Override
            public int getBatchSize() {
                return facts.size();
            }
        });
    }
}
