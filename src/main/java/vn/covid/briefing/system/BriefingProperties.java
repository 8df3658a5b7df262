package vn.covid.briefing.system;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** The settings under {@code briefing:} in application.yml; every one can be overridden per run. */
@ConfigurationProperties("briefing")
public record BriefingProperties(Path home, Path input, Path output, String scope, ZoneId zone, Ingest ingest,
        Schedule schedule) {

    /** bin/briefing schedule: the cron expression of the nightly run. */
    public record Schedule(String cron) {
    }

    /** The max-* bounds keep one file's memory small whatever it holds; a file past one is rejected for it. */
    public record Ingest(String referenceFolder, DataSize maxFileSize, int maxRows, int maxColumns, int maxLineLength,
            int maxCellLength, int chunkFiles, int threads, Outlier outlier) {
    }

    public record Outlier(double zThreshold, int windowDays, int minHistoryDays, long minDeviation, double zeroAfterMean) {
    }

    public Path referenceFolder() {
        return input.resolve(ingest.referenceFolder());
    }

    /** The office's weekly notes, {@code <date>.md}: in the inbox, but never read as a report. */
    public Path notesFolder() {
        return input.resolve("notes");
    }

    public Path runsFolder() {
        return output.resolve("runs");
    }
}
