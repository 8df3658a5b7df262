package vn.covid.briefing.ingest;

/**
 * What reading one pending file gave: its report, or why it cannot be read now, in which case nothing of
 * it is stored and it waits for the next run.
 */
sealed interface FileRead permits FileRead.Parsed, FileRead.Waiting {

    PendingFile file();

    record Parsed(PendingFile file, ParsedReport report) implements FileRead {
    }

    record Waiting(PendingFile file, FileProblem problem, String message) implements FileRead {
    }
}
