package vn.covid.briefing.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one registered file from the inbox and turns it into accepted facts and issues, streaming it
 * within the configured limits (so that no file can take the run's memory). Holds no state
 * of its own, so that {@link PendingFileReader} can run it on several files at once.
 */
final class DistrictReportProcessor {

    private final Path inbox;
    private final ReportValidator validator;
    private final CsvLimits.Limits limits;

    DistrictReportProcessor(Path inbox, ReportValidator validator, CsvLimits.Limits limits) {
        this.inbox = inbox;
        this.validator = validator;
        this.limits = limits;
    }

    ParsedReport process(PendingFile file) {
        ReportParser.Result result;
        try (InputStream bytes = Files.newInputStream(inbox.resolve(file.path()))) {
            result = ReportParser.parse(ReportText.open(bytes), limits);
        }
        catch (ContentRejected e) {
            result = new ReportParser.Broken(e.issue());
        }
        catch (IOException e) {
            return ParsedReport.rejectedFile(file.id(), file.path(), Issue.file(IssueCode.NOT_CSV_TEXT,
                    "the file could not be read any more (" + e.getMessage() + "); put it back and run again"));
        }
        return switch (result) {
            case ReportParser.Broken(Issue issue) -> ParsedReport.rejectedFile(file.id(), file.path(), issue);
            case ReportParser.Rows rows -> validator.validate(file.id(), file.path(), rows);
        };
    }
}
