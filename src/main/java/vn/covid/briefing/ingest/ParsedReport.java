package vn.covid.briefing.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * What one district file turned into: the accepted facts, every issue, and the file's own district and
 * date (the ones most of its rows carry). A file-level rejection has no facts and a reason.
 */
public record ParsedReport(long fileId, String fileName, String districtCode, LocalDate reportDate,
        List<DailyFact> facts, List<Issue> issues, int rowsRejected, int rowsWarned, String reason) {

    public Status status() {
        if (facts.isEmpty()) {
            return Status.REJECTED;
        }
        return rowsRejected > 0 ? Status.PARTIAL : Status.LOADED;
    }

    public enum Status {
        PENDING, LOADED, PARTIAL, REJECTED
    }

    static ParsedReport rejectedFile(long fileId, String fileName, Issue issue) {
        return new ParsedReport(fileId, fileName, null, null, List.of(), List.of(issue), 0, 0, issue.message());
    }
}
