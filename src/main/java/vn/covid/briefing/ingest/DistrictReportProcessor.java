package vn.covid.briefing.ingest;

import java.io.IOException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.covid.briefing.system.Printable;

/**
 * Reads one registered file from the inbox and turns it into accepted facts and issues, streaming it
 * within the configured limits. Only bytes that hash to the registered checksum are taken: a file that
 * changed since it was registered waits, and is registered as the new file it is by the next run. Holds
 * no state of its own, so that {@link PendingFileReader} can run it on several files at once.
 */
final class DistrictReportProcessor {

    private static final Logger log = LoggerFactory.getLogger(DistrictReportProcessor.class);

    private final Path inbox;
    private final ReportValidator validator;
    private final long maxBytes;
    private final CsvLimits.Limits limits;

    /** @param inbox the inbox as a real path ({@link Path#toRealPath}) */
    DistrictReportProcessor(Path inbox, ReportValidator validator, long maxBytes, CsvLimits.Limits limits) {
        this.inbox = inbox;
        this.validator = validator;
        this.maxBytes = maxBytes;
        this.limits = limits;
    }

    FileRead process(PendingFile file) {
        // never past the registered bytes: more means the file changed, and the read-ahead counts it at that size
        try (InboxFile.Bytes bytes = InboxFile.open(inbox, inbox.resolve(file.path()), Math.min(maxBytes, file.size()))) {
            ReportParser.Result result;
            try {
                result = ReportParser.parse(ReportText.open(bytes), limits);
            }
            catch (ContentRejected e) {
                result = new ReportParser.Broken(e.issue());
            }
            if (!bytes.checksumOfAll().equals(file.checksum())) {
                return changed(file, "its bytes are not the ones registered");
            }
            return new FileRead.Parsed(file, switch (result) {
                case ReportParser.Broken(Issue issue) -> ParsedReport.rejectedFile(file.id(), file.path(), issue);
                case ReportParser.Rows rows -> validator.validate(file.id(), file.path(), rows);
            });
        }
        catch (InboxFile.OverLimit e) {
            return changed(file, "it has grown past the " + file.size() + " bytes it had when registered, and was not read further");
        }
        catch (IOException e) {
            InboxFile.NotRead notRead = InboxFile.notRead(e);
            return new FileRead.Waiting(file, notRead.problem(), notRead.getMessage());
        }
        catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // a fault of this program, or a file that beat the limits: this file waits, the others go on
            // (what it allocated is garbage once the error leaves this frame)
            log.error("{}: unexpected error while processing it; it waits for the next run", Printable.of(file.path()), e);
            return new FileRead.Waiting(file, FileProblem.INTERNAL_ERROR, FileProblem.INTERNAL_ERROR.meaning() + " ("
                    + e + "); see output/logs/briefing.log");
        }
    }

    private static FileRead changed(PendingFile file, String how) {
        return new FileRead.Waiting(file, FileProblem.FILE_CHANGED, FileProblem.FILE_CHANGED.meaning() + " (" + how
                + "); nothing of it was stored, and the next run takes it as the new file it is");
    }
}
