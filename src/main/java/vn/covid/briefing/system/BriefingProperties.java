package vn.covid.briefing.system;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;

/**
 * The settings under {@code briefing:} in application.yml and the province profile's profile.yml; every one
 * can be overridden per run.
 *
 * @param profileName {@code briefing.profile}: a folder name under {@code <home>/profiles/} or a path (see
 *        {@link #profileFolder}); bound as text, since Spring would take a bare name that is also a classpath
 *        folder ("vn") for that folder
 */
@ConfigurationProperties("briefing")
public record BriefingProperties(Path home, Path input, Path output, @Name("profile") String profileName, String scope,
        ZoneId zone, Ingest ingest, Schedule schedule) {

    public BriefingProperties {
        profileName = profileName == null ? "dong-thap" : profileName;
    }

    /** The province profile's folder. */
    public Path profile() {
        return profileFolder(home, profileName);
    }

    /** bin/briefing schedule: the cron expression of the nightly run. */
    public record Schedule(String cron) {
    }

    /** The max-* bounds keep one file's memory small whatever it holds; a file past one is rejected for it. */
    public record Ingest(DataSize maxFileSize, int maxRows, int maxColumns, int maxLineLength, int maxCellLength,
            int chunkFiles, int threads, Outlier outlier) {
    }

    public record Outlier(double zThreshold, int windowDays, int minHistoryDays, long minDeviation, double zeroAfterMean) {
    }

    /**
     * A profile named by its folder under {@code <home>/profiles/} ("dong-thap"), or by a path (absolute, or
     * relative to the working directory when it has more than one part: "../offices/dong-nai").
     */
    public static Path profileFolder(Path home, String profile) {
        Path p = Path.of(profile);
        if (p.isAbsolute() || p.getNameCount() > 1) {
            return p.toAbsolutePath().normalize();
        }
        return (home == null ? Path.of(".") : home).resolve("profiles").resolve(p);
    }

    /** The profile's reference files: figures.csv, balances.csv, decisions.csv, districts.geojson, … */
    public Path referenceFolder() {
        return profile().resolve("reference");
    }

    /** The office's weekly notes, {@code <date>.md}, in the profile. */
    public Path notesFolder() {
        return profile().resolve("notes");
    }

    /**
     * Where the briefing's wording and layout come from, in layers: the installation's {@code templates/},
     * then the profile's own files (texts.yml merged over it key by key; briefing.html, briefing.css and
     * definitions.csv replacing its file of the same name).
     */
    public List<Path> templateLayers() {
        return List.of(home.resolve("templates"), profile());
    }

    public Path runsFolder() {
        return output.resolve("runs");
    }
}
