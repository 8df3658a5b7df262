package vn.covid.briefing.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.reference.Unit;
import vn.covid.briefing.reference.UnitDirectory;

/**
 * What one ingest run did, read back from the database: files and rows accepted, corrected and
 * rejected, every issue with its file and line, the files kept for another scope, the files that wait or
 * were skipped and why, and which districts have no report for which days.
 *
 * @param filesTakenUp files that earlier runs of other scopes kept for this one
 * @param otherScope files of districts outside the scope, kept for the scope that holds them
 */
public record IngestSummary(long jobInstanceId, int filesSeen, int filesAlreadyKnown, int filesRevalidated,
        int filesTakenUp, Map<String, Integer> filesByStatus, long rowsAccepted, long rowsCorrected, long rowsRejected,
        long rowsWarned, List<FileIssue> issues, List<OtherScopeFile> otherScope, List<InboxProblems.Problem> problems,
        List<MissingReports> missing) {

    /** A file this run read and kept for another scope: its district, and why in words. */
    public record OtherScopeFile(String file, String districtCode, LocalDate day, String reason) {
    }

    /** An issue with the name of the file it was found in. */
    public record FileIssue(String file, Integer line, String column, String value, String severity, String code,
            String message) {
    }

    /** A district's days without a report, as ranges, within the span of data loaded for the scope. */
    public record MissingReports(String districtCode, String districtName, List<LocalDate[]> ranges, int days) {
    }

    /** Rows or files rejected, or files left out of this run (waiting or skipped; a copy of a loaded file is no loss). */
    public boolean hasRejections() {
        return rowsRejected > 0 || filesByStatus.getOrDefault("REJECTED", 0) > 0
                || problems.stream().anyMatch(p -> !p.code().equals(FileProblem.SAME_CONTENT.name()));
    }

    public int filesProcessed() {
        return filesByStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    public static IngestSummary of(JobExecution execution, JdbcTemplate jdbc, UnitDirectory units) {
        long instance = execution.getJobInstance().getInstanceId();
        var context = execution.getExecutionContext();
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (String s : List.of("LOADED", "PARTIAL", "REJECTED", "OTHER_SCOPE")) {
            byStatus.put(s, 0);
        }
        long[] rows = new long[4];
        jdbc.query("SELECT status, COUNT(*), SUM(rows_accepted), SUM(rows_corrected), SUM(rows_rejected), "
                + "SUM(rows_warned) FROM source_file WHERE processed_by = ? GROUP BY status", rs -> {
                    byStatus.put(rs.getString(1), rs.getInt(2));
                    for (int i = 0; i < 4; i++) {
                        rows[i] += rs.getLong(3 + i);
                    }
                }, instance);
        List<FileIssue> issues = jdbc.query("SELECT f.file_name, i.line_no, i.column_name, i.cell_value, i.severity, "
                + "i.code, i.message FROM ingest_issue i JOIN source_file f ON f.id = i.file_id "
                + "WHERE f.processed_by = ? ORDER BY i.severity, f.id, i.line_no, i.id",
                (rs, n) -> new FileIssue(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)), instance);
        List<OtherScopeFile> otherScope = jdbc.query("SELECT file_name, district_code, report_date, reason FROM source_file "
                + "WHERE processed_by = ? AND status = 'OTHER_SCOPE' ORDER BY district_code, report_date, id",
                (rs, n) -> new OtherScopeFile(rs.getString(1), rs.getString(2),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(), rs.getString(4)), instance);
        return new IngestSummary(instance, context.getInt("files.seen", 0), context.getInt("files.alreadyKnown", 0),
                context.getInt("files.revalidated", 0), context.getInt("files.takenUp", 0), byStatus, rows[0], rows[1],
                rows[2], rows[3], issues, otherScope, new InboxProblems(jdbc, units.scope()).seenBy(instance),
                missingReports(jdbc, units));
    }

    /** Every district in scope against the span from the first to the last day any district reported. */
    public static List<MissingReports> missingReports(JdbcTemplate jdbc, UnitDirectory units) {
        List<Unit> districts = units.districtsInScope();
        Map<String, Set<LocalDate>> reported = new HashMap<>();
        LocalDate[] span = new LocalDate[2];
        Set<String> inScope = new HashSet<>();
        districts.forEach(d -> inScope.add(d.code()));
        jdbc.query("SELECT district_code, report_date FROM district_day", rs -> {
            String d = rs.getString(1);
            if (!inScope.contains(d)) {
                return;
            }
            LocalDate date = rs.getDate(2).toLocalDate();
            reported.computeIfAbsent(d, k -> new HashSet<>()).add(date);
            span[0] = span[0] == null || date.isBefore(span[0]) ? date : span[0];
            span[1] = span[1] == null || date.isAfter(span[1]) ? date : span[1];
        });
        List<MissingReports> missing = new ArrayList<>();
        if (span[0] == null) {
            return missing;
        }
        for (Unit d : districts) {
            Set<LocalDate> have = reported.getOrDefault(d.code(), Set.of());
            List<LocalDate[]> ranges = new ArrayList<>();
            int days = 0;
            for (LocalDate day = span[0]; !day.isAfter(span[1]); day = day.plusDays(1)) {
                if (have.contains(day)) {
                    continue;
                }
                days++;
                LocalDate[] lastRange = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
                if (lastRange != null && lastRange[1].plusDays(1).equals(day)) {
                    lastRange[1] = day;
                }
                else {
                    ranges.add(new LocalDate[] { day, day });
                }
            }
            if (days > 0) {
                missing.add(new MissingReports(d.code(), d.name(), ranges, days));
            }
        }
        return missing;
    }
}
