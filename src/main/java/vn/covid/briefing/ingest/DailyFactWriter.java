package vn.covid.briefing.ingest;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.indicators.RunningTotals;
import vn.covid.briefing.system.Printable;

/**
 * Stores a chunk of read files in the chunk's transaction: a district-day reported before is a
 * correction (the old rows go to {@code daily_fact_history} with the file that replaced them), then the
 * facts, the issues and the files' new status. A file that could not be read now is left for the next
 * run. Either all of it is committed or none of it.
 *
 * <p>A file validated again (its reference data changed) never replaces the values of a file that arrived
 * after it; when it is still its day's current file, only rows whose values changed are replaced: the same
 * values again make no history row and no new revision.
 */
class DailyFactWriter implements ItemWriter<FileRead> {

    private static final Logger log = LoggerFactory.getLogger(DailyFactWriter.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final long jobInstanceId;
    private final OutlierDetector outliers;
    private final SourceFiles sourceFiles;
    private final DailyFacts dailyFacts;
    private final InboxProblems problems;
    private final String scope;
    private final String basis;
    private final RunningTotals runningTotals;
    private final Map<String, LocalDate> newestCheckpoint;

    /**
     * @param scope the scope whose run this is
     * @param basis what validation rests on now besides the bytes ({@link ValidationBasis})
     */
    DailyFactWriter(JdbcTemplate jdbc, Clock clock, long jobInstanceId, OutlierDetector outliers,
            RunningTotals runningTotals, String scope, String basis) {
        this.jdbc = jdbc;
        this.sourceFiles = new SourceFiles(jdbc);
        this.dailyFacts = new DailyFacts(jdbc);
        this.problems = new InboxProblems(jdbc, scope).checkedForRows();
        this.scope = scope;
        this.runningTotals = runningTotals;
        // checkpoints are made by report runs, never during an ingest (the run lock): read once per run
        this.newestCheckpoint = runningTotals.newestCheckpoints();
        this.clock = clock;
        this.jobInstanceId = jobInstanceId;
        this.outliers = outliers;
        this.basis = basis;
    }

    private record DistrictDay(String district, LocalDate date) {
    }

    /** A district-day's current file and revision. */
    private record Current(long fileId, int revision) {
    }

    @Override
    public void write(Chunk<? extends FileRead> chunk) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<ParsedReport> parsed = new ArrayList<>();
        List<FileRead.Waiting> waiting = new ArrayList<>();
        Set<Long> revalidated = new HashSet<>();
        for (FileRead read : chunk.getItems()) {
            switch (read) {
                case FileRead.Parsed p -> {
                    parsed.add(p.report());
                    if (p.file().revalidation()) {
                        revalidated.add(p.file().id());
                    }
                }
                case FileRead.Waiting w -> waiting.add(w);
            }
        }
        leaveForNextRun(waiting, now);
        Set<Long> superseded = supersededRevalidations(parsed, revalidated);
        java.util.function.Predicate<ParsedReport> judged = r -> !superseded.contains(r.fileId()) && !r.otherScope();
        outliers.prefetch(parsed.stream().filter(judged).toList());
        // PendingFileReader hands files over in arrival order, however many threads parsed them
        List<ParsedReport> reports = parsed.stream().map(r -> judged.test(r) ? withOutliers(r) : r).toList();
        Map<Long, Integer> corrected = new HashMap<>();
        List<ParsedReport> stored = reports.stream().filter(r -> !superseded.contains(r.fileId())).toList();
        for (List<ParsedReport> round : rounds(stored)) {
            writeFacts(round, now, corrected);
        }
        if (!revalidated.isEmpty()) { // their issues are found again, not added to
            jdbc.batchUpdate("DELETE FROM ingest_issue WHERE file_id = ?", revalidated.stream().map(id -> new Object[] { id }).toList());
        }
        writeIssues(reports);
        sourceFiles.markProcessed(reports, now, jobInstanceId, corrected, scope, basis);
        problems.forget(reports.stream().map(ParsedReport::fileName).toList());
        outliers.chunkWritten();
    }

    /** Nothing of these is stored: a new file is forgotten (registered again once readable), a re-validation keeps its outcome. */
    private void leaveForNextRun(List<FileRead.Waiting> waiting, Timestamp now) {
        waiting.forEach(w -> log.info("{}: not read now, it waits for the next run ({}): {}", Printable.of(w.file().path()),
                w.problem(), Printable.of(w.message())));
        sourceFiles.withdraw(waiting.stream().filter(w -> !w.file().revalidation()).map(w -> w.file().id()).toList());
        sourceFiles.keepEarlierOutcome(waiting.stream().filter(w -> w.file().revalidation()).map(w -> w.file().id()).toList());
        problems.record(waiting.stream().map(w -> new InboxProblems.Found(w.file().path(), w.problem(),
                w.file().revalidation() ? "not validated again against the changed reference data, its earlier outcome "
                        + "stands: " + w.message() : w.message())).toList(), now, jobInstanceId);
    }

    /** Re-validated files whose day now has a file that arrived after them: they must not replace its values. */
    private Set<Long> supersededRevalidations(List<ParsedReport> parsed, Set<Long> revalidated) {
        List<ParsedReport> candidates = parsed.stream()
            .filter(r -> revalidated.contains(r.fileId()) && !r.facts().isEmpty()).toList();
        if (candidates.isEmpty()) {
            return Set.of();
        }
        Map<DistrictDay, Current> current = current(candidates);
        Set<Long> superseded = new HashSet<>();
        for (ParsedReport r : candidates) {
            Current c = current.get(new DistrictDay(r.districtCode(), r.reportDate()));
            if (c != null && c.fileId() > r.fileId()) {
                superseded.add(r.fileId());
            }
        }
        return superseded;
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
    private static List<List<ParsedReport>> rounds(List<ParsedReport> items) {
        List<List<ParsedReport>> rounds = new ArrayList<>();
        Map<DistrictDay, Integer> seen = new HashMap<>();
        for (ParsedReport r : items) {
            if (r.facts().isEmpty()) {
                continue;
            }
            int round = seen.merge(new DistrictDay(r.districtCode(), r.reportDate()), 1, Integer::sum) - 1;
            while (rounds.size() <= round) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(r);
        }
        return rounds;
    }

    private void writeFacts(List<ParsedReport> reports, Timestamp now, Map<Long, Integer> corrected) {
        Map<DistrictDay, Current> current = current(reports);
        List<Object[]> replaced = new ArrayList<>();
        List<Object[]> replaceDay = new ArrayList<>();
        List<Object[]> reviseDay = new ArrayList<>();
        List<Object[]> newDay = new ArrayList<>();
        List<ParsedReport> changed = new ArrayList<>();
        List<DailyFacts.FactRow> facts = new ArrayList<>();
        for (ParsedReport r : reports) {
            Date date = Date.valueOf(r.reportDate());
            Current c = current.get(new DistrictDay(r.districtCode(), r.reportDate()));
            if (c != null && c.fileId() == r.fileId()) {
                int rows = rewriteOwnDay(r, date, now, facts);
                if (rows > 0) {
                    reviseDay.add(new Object[] { c.revision() + 1, r.districtCode(), date });
                    corrected.put(r.fileId(), rows);
                    changed.add(r);
                }
                continue;
            }
            if (c != null) {
                replaced.add(new Object[] { now, r.fileId(), r.districtCode(), date });
                replaceDay.add(new Object[] { r.fileId(), now, c.revision() + 1, r.districtCode(), date });
                corrected.put(r.fileId(), r.facts().size());
            }
            else {
                newDay.add(new Object[] { r.districtCode(), date, r.fileId(), now, 1 });
            }
            changed.add(r);
            r.facts().forEach(f -> facts.add(new DailyFacts.FactRow(r.fileId(), date, f)));
        }
        dailyFacts.replaceDays(replaced);
        // running totals from this day on no longer hold
        runningTotals.invalidateFrom(changed.stream()
            .filter(r -> hasCheckpointFrom(r.districtCode(), r.reportDate()))
            .map(r -> new RunningTotals.DistrictDay(r.districtCode(), r.reportDate())).toList());
        jdbc.batchUpdate("UPDATE district_day SET file_id = ?, received_at = ?, revision = ? "
                + "WHERE district_code = ? AND report_date = ?", replaceDay);
        jdbc.batchUpdate("UPDATE district_day SET revision = ? WHERE district_code = ? AND report_date = ?", reviseDay);
        jdbc.batchUpdate("INSERT INTO district_day (district_code, report_date, file_id, received_at, revision) "
                + "VALUES (?, ?, ?, ?, ?)", newDay);
        dailyFacts.insert(facts);
    }

    /**
     * A re-validated file that is still its day's current file: the rows whose values changed, and those it
     * no longer gives, go to history; changed and new rows are added to {@code facts}.
     *
     * @return rows changed, added or dropped (0: the day stays exactly as it was)
     */
    private int rewriteOwnDay(ParsedReport r, Date date, Timestamp now, List<DailyFacts.FactRow> facts) {
        Map<String, Long[]> stored = dailyFacts.day(r.districtCode(), date);
        List<String> replaced = new ArrayList<>();
        int rows = 0;
        for (DailyFact f : r.facts()) {
            Long[] before = stored.remove(f.unitCode());
            if (before != null && Arrays.equals(before, f.values())) {
                continue;
            }
            if (before != null) {
                replaced.add(f.unitCode());
            }
            facts.add(new DailyFacts.FactRow(r.fileId(), date, f));
            rows++;
        }
        replaced.addAll(stored.keySet()); // rows the file no longer gives
        dailyFacts.replaceUnits(r.districtCode(), date, replaced, now, r.fileId());
        return rows + stored.size();
    }

    /** Whether the district has running totals on or after the day: a new day usually has none to undo. */
    private boolean hasCheckpointFrom(String district, LocalDate day) {
        LocalDate newest = newestCheckpoint.get(district);
        return newest != null && !newest.isBefore(day);
    }

    private Map<DistrictDay, Current> current(List<ParsedReport> reports) {
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
        Map<DistrictDay, Current> current = new HashMap<>();
        jdbc.query("SELECT district_code, report_date, file_id, revision FROM district_day WHERE district_code IN ("
                + String.join(", ", Collections.nCopies(districts.size(), "?")) + ") AND report_date BETWEEN ? AND ?", rs -> {
                    DistrictDay key = new DistrictDay(rs.getString(1), rs.getDate(2).toLocalDate());
                    if (keys.contains(key)) {
                        current.put(key, new Current(rs.getLong(3), rs.getInt(4)));
                    }
                }, args.toArray());
        return current;
    }

    private void writeIssues(List<ParsedReport> reports) {
        List<Object[]> rows = new ArrayList<>();
        for (ParsedReport r : reports) {
            for (Issue i : r.issues()) {
                rows.add(new Object[] { r.fileId(), i.line(), DbText.truncate(i.column(), 200),
                        DbText.truncate(i.value(), 500), i.severity().name(), i.code().name(),
                        DbText.truncate(i.message(), 2000) });
            }
        }
        jdbc.batchUpdate("INSERT INTO ingest_issue (file_id, line_no, column_name, cell_value, severity, code, message) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", rows,
                new int[] { Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR });
    }
}
