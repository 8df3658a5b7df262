package vn.covid.briefing.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * What one district file turned into: the accepted facts, every issue, and the file's own district and
 * date (the ones most of its rows carry). A file-level rejection has no facts and a reason. A file whose
 * district lies outside the scope ({@code otherScope}) has its district and date, nothing else: it is kept
 * for the scope it belongs to.
 */
public record ParsedReport(long fileId, String fileName, String districtCode, LocalDate reportDate,
        List<DailyFact> facts, List<Issue> issues, int rowsRejected, String reason, boolean otherScope) {

    /** Data rows with at least one warning (header and whole-file warnings are not rows). */
    public int rowsWarned() {
        return (int) issues.stream()
            .filter(i -> i.severity() == Issue.Severity.WARN && i.line() != null && i.line() > 1)
            .map(Issue::line)
            .distinct()
            .count();
    }

    /** Whether a rejection in it rests on the reference data or the scope (then it is validated again when they change). */
    public boolean dependsOnReference() {
        return issues.stream().anyMatch(i -> i.severity() == Issue.Severity.REJECT && i.code().dependsOnReference());
    }

    ParsedReport withMoreIssues(List<Issue> more) {
        List<Issue> all = new java.util.ArrayList<>(issues);
        all.addAll(more);
        return new ParsedReport(fileId, fileName, districtCode, reportDate, facts, all, rowsRejected, reason, otherScope);
    }

    public Status status() {
        if (otherScope) {
            return Status.OTHER_SCOPE;
        }
        if (facts.isEmpty()) {
            return Status.REJECTED;
        }
        return rowsRejected > 0 ? Status.PARTIAL : Status.LOADED;
    }

    public enum Status {
        PENDING, LOADED, PARTIAL, REJECTED, OTHER_SCOPE
    }

    static ParsedReport rejectedFile(long fileId, String fileName, Issue issue) {
        return new ParsedReport(fileId, fileName, null, null, List.of(), List.of(issue), 0, issue.message(), false);
    }

    /** A file of a district outside the scope: nothing of it is stored until a scope that holds the district runs. */
    static ParsedReport otherScope(long fileId, String fileName, String districtCode, LocalDate reportDate, String reason) {
        return new ParsedReport(fileId, fileName, districtCode, reportDate, List.of(), List.of(), 0, reason, true);
    }
}
