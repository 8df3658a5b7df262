package vn.covid.briefing.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one registered file from the inbox and turns it into accepted facts and issues. Holds no state
 * of its own, so that {@link PendingFileReader} can run it on several files at once.
 */
final class DistrictReportProcessor {

    private final Path inbox;
    private final ReportValidator validator;

    DistrictReportProcessor(Path inbox, ReportValidator validator) {
        this.inbox = inbox;
        this.validator = validator;
    }

    ParsedReport process(PendingFile file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(inbox.resolve(file.path()));
        }
        catch (IOException e) {
            return ParsedReport.rejectedFile(file.id(), file.path(), Issue.file(IssueCode.NOT_CSV_TEXT,
                    "the file could not be read any more (" + e.getMessage() + "); put it back and run again"));
        }
        return switch (ReportParser.parse(bytes)) {
            case ReportParser.Broken(Issue issue) -> ParsedReport.rejectedFile(file.id(), file.path(), issue);
            case ReportParser.Rows rows -> validator.validate(file.id(), file.path(), rows);
        };
    }
}
