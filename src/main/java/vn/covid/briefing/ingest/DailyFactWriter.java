package vn.covid.briefing.ingest;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.indicators.RunningTotals;
import vn.covid.briefing.metric.Metric;

/**
 * Stores a chunk of parsed files in the chunk's transaction: a district-day reported before is a
 * correction (the old rows go to {@code daily_fact_history} with the file that replaced them), then the
 * facts, the issues and the files' new status. Either all of it is committed or none of it.
 */
class DailyFactWriter implements ItemWriter<ParsedReport> {

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
    private final Clock clock;
    private final long jobInstanceId;
    private final OutlierDetector outliers;
    private final boolean copy;
    private final RunningTotals runningTotals;
    private final Map<String, LocalDate> newestCheckpoint;

    DailyFactWriter(JdbcTemplate jdbc, Clock clock, long jobInstanceId, OutlierDetector outliers,
            RunningTotals runningTotals) {
        this.jdbc = jdbc;
        this.copy = PostgresCopy.available(jdbc);
        this.runningTotals = runningTotals;
        // checkpoints are made by report runs, never during an ingest (the run lock): read once per run
        this.newestCheckpoint = runningTotals.newestCheckpoints();
        this.clock = clock;
        this.jobInstanceId = jobInstanceId;
        this.outliers = outliers;
    }

    private record DistrictDay(String district, LocalDate date) {
    }

    @Override
    public void write(Chunk<? extends ParsedReport> chunk) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        // PendingFileReader hands files over in arrival order, however many threads parsed them
        List<ParsedReport> reports = chunk.getItems().stream().map(this::withOutliers).collect(Collectors.toList());
        Map<Long, Integer> corrected = new HashMap<>();
        for (List<ParsedReport> round : rounds(reports)) {
            writeFacts(round, now, corrected);
        }
        writeIssues(reports);
        markFiles(reports, now, corrected);
        outliers.chunkWritten();
    }

    /** Outliers are judged here, file by file in arrival order, against the history as it stands. */
    private ParsedReport withOutliers(ParsedReport r) {
        List<Issue> found = outliers.check(r);
        return found.isEmpty() ? r : r.withMoreIssues(found);
    }

    /**
     * Splits the chunk so that no district-day occurs twice in a round: when a file and its correction
     * arrive in the same run, the correction must see the first file's rows as already stored.
     */
    private static List<List<ParsedReport>> rounds(List<? extends ParsedReport> items) {
        List<List<ParsedReport>> rounds = new ArrayList<>();
        Map<DistrictDay, Integer> seen = new HashMap<>();
        for (ParsedReport r : items) {
            int round = r.facts().isEmpty() ? 0 : seen.merge(new DistrictDay(r.districtCode(), r.reportDate()), 1, Integer::sum) - 1;
            while (rounds.size() <= round) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(r);
        }
        return rounds;
    }

    private void writeFacts(List<ParsedReport> reports, Timestamp now, Map<Long, Integer> corrected) {
        List<ParsedReport> withFacts = reports.stream().filter(r -> !r.facts().isEmpty()).toList();
        if (withFacts.isEmpty()) {
            return;
        }
        Map<DistrictDay, Integer> revisions = existingRevisions(withFacts);
        List<Object[]> history = new ArrayList<>();
        List<Object[]> remove = new ArrayList<>();
        List<Object[]> replaceDay = new ArrayList<>();
        List<Object[]> newDay = new ArrayList<>();
        List<FactRow> facts = new ArrayList<>();
        for (ParsedReport r : withFacts) {
            DistrictDay key = new DistrictDay(r.districtCode(), r.reportDate());
            Date date = Date.valueOf(r.reportDate());
            Integer revision = revisions.get(key);
            if (revision != null) {
                history.add(new Object[] { now, r.fileId(), r.districtCode(), date });
                remove.add(new Object[] { r.districtCode(), date });
                replaceDay.add(new Object[] { r.fileId(), now, revision + 1, r.districtCode(), date });
                corrected.put(r.fileId(), r.facts().size());
            }
            else {
                newDay.add(new Object[] { r.districtCode(), date, r.fileId(), now, 1 });
            }
            for (DailyFact f : r.facts()) {
                facts.add(new FactRow(r.fileId(), date, f));
            }
        }
        jdbc.batchUpdate(KEEP_HISTORY, history);
        jdbc.batchUpdate("DELETE FROM daily_fact WHERE district_code = ? AND report_date = ?", remove);
        // running totals from this day on no longer hold
        runningTotals.invalidateFrom(withFacts.stream()
            .filter(r -> hasCheckpointFrom(r.districtCode(), r.reportDate()))
            .map(r -> new RunningTotals.DistrictDay(r.districtCode(), r.reportDate())).toList());
        jdbc.batchUpdate("UPDATE district_day SET file_id = ?, received_at = ?, revision = ? "
                + "WHERE district_code = ? AND report_date = ?", replaceDay);
        jdbc.batchUpdate("INSERT INTO district_day (district_code, report_date, file_id, received_at, revision) "
                + "VALUES (?, ?, ?, ?, ?)", newDay);
        insertFacts(facts);
    }

    /** Whether the district has running totals on or after the day: a new day usually has none to undo. */
    private boolean hasCheckpointFrom(String district, LocalDate day) {
        LocalDate newest = newestCheckpoint.get(district);
        return newest != null && !newest.isBefore(day);
    }

    /** An accepted row with the file it came from. */
    private record FactRow(long fileId, Date date, DailyFact fact) {
    }

    /**
     * The bulk of the ingest. PostgreSQL takes the rows as one COPY, faster than batched INSERTs; other
     * databases get typed setters straight from the parsed values.
     */
    private void insertFacts(List<FactRow> facts) {
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

    private Map<DistrictDay, Integer> existingRevisions(List<ParsedReport> reports) {
        Set<DistrictDay> keys = new HashSet<>();
        Set<String> districts = new HashSet<>();
        LocalDate first = null;
        LocalDate last = null;
        for (ParsedReport r : reports) {
            keys.add(new DistrictDay(r.districtCode(), r.reportDate()));
            districts.add(r.districtCode());
            first = first == null || r.reportDate().isBefore(first) ? r.reportDate() : first;
            last = last == null || r.reportDate().isAfter(last) ? r.reportDate() : last;
        }
        // districts and a date range rather than (district, date) pairs: both databases answer it from the
        // primary key, where a list of row values makes H2 scan the table
        List<Object> args = new ArrayList<>(districts);
        args.add(Date.valueOf(first));
        args.add(Date.valueOf(last));
        Map<DistrictDay, Integer> revisions = new HashMap<>();
        jdbc.query("SELECT district_code, report_date, revision FROM district_day WHERE district_code IN ("
                + String.join(", ", Collections.nCopies(districts.size(), "?")) + ") AND report_date BETWEEN ? AND ?", rs -> {
                    DistrictDay key = new DistrictDay(rs.getString(1), rs.getDate(2).toLocalDate());
                    if (keys.contains(key)) {
                        revisions.put(key, rs.getInt(3));
                    }
                }, args.toArray());
        return revisions;
    }

    private void writeIssues(List<? extends ParsedReport> reports) {
        List<Object[]> rows = new ArrayList<>();
        for (ParsedReport r : reports) {
            for (Issue i : r.issues()) {
                rows.add(new Object[] { r.fileId(), i.line(), truncate(i.column(), 200), truncate(i.value(), 500),
                        i.severity().name(), i.code().name(), truncate(i.message(), 2000) });
            }
        }
        jdbc.batchUpdate("INSERT INTO ingest_issue (file_id, line_no, column_name, cell_value, severity, code, message) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", rows,
                new int[] { Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR });
    }

    private void markFiles(List<? extends ParsedReport> reports, Timestamp now, Map<Long, Integer> corrected) {
        List<Object[]> rows = reports.stream()
            .map(r -> new Object[] { r.status().name(), jobInstanceId, now, r.districtCode(),
                    r.reportDate() == null ? null : Date.valueOf(r.reportDate()), r.facts().size(),
                    corrected.getOrDefault(r.fileId(), 0), r.rowsRejected(), r.rowsWarned(), truncate(r.reason(), 2000),
                    r.fileId() })
            .collect(Collectors.toList());
        jdbc.batchUpdate("UPDATE source_file SET status = ?, processed_by = ?, processed_at = ?, district_code = ?, "
                + "report_date = ?, rows_accepted = ?, rows_corrected = ?, rows_rejected = ?, rows_warned = ?, reason = ? "
                + "WHERE id = ?", rows, new int[] { Types.VARCHAR, Types.BIGINT, Types.TIMESTAMP, Types.VARCHAR,
                        Types.DATE, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.VARCHAR,
                        Types.BIGINT });
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
