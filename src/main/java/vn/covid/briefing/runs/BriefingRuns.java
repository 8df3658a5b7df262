package vn.covid.briefing.runs;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.covid.briefing.briefing.BriefingRunner;
import vn.covid.briefing.briefing.Briefings;
import vn.covid.briefing.system.AtomicFiles;
import vn.covid.briefing.system.Json;

/** Runs the briefing job for a list of report dates, with progress, one line per new edition, and a summary. */
@Component
class BriefingRuns {

    private final BriefingRunner runner;
    private final java.nio.file.Path runsFolder;
    private final ProfileGaps gaps;

    BriefingRuns(BriefingRunner runner, vn.covid.briefing.system.BriefingProperties properties, ProfileGaps gaps) {
        this.runner = runner;
        this.runsFolder = properties.runsFolder();
        this.gaps = gaps;
    }

    /** One date as the job "briefing"; several partitioned over the cores (the job "briefings"). */
    List<Briefings.Outcome> run(List<LocalDate> dates, boolean force, boolean reissueWording) throws Exception {
        Progress progress = new Progress("Briefings", dates.size());
        if (dates.size() > 1) {
            return runner.run(dates, force, reissueWording, o -> progress.step(o.reportDate() + " " + describe(o)));
        }
        List<Briefings.Outcome> outcomes = new ArrayList<>();
        for (LocalDate date : dates) {
            Briefings.Outcome o;
            try {
                o = runner.run(date, force, reissueWording);
            }
            catch (Exception e) {
                throw new IllegalStateException("the briefing of " + date + " failed (" + outcomes.size() + " of "
                        + dates.size() + " done; run again to continue): " + Failures.reason(e), e);
            }
            outcomes.add(o);
            progress.step(date + " " + describe(o));
        }
        return outcomes;
    }

    static String describe(Briefings.Outcome o) {
        return switch (o.status()) {
            case UP_TO_DATE -> "up to date (edition " + o.edition() + ")";
            case RE_RENDERED -> "edition " + o.edition() + " rendered again";
            case NEW_EDITION -> "edition " + o.edition() + (o.missingReports() > 0
                    ? ", provisional: " + o.missingReports() + " district report(s) missing" : "");
        };
    }

    /** One line per briefing that changed, then the counts, then what the profile still lacks for them. */
    void print(List<Briefings.Outcome> outcomes, PrintStream out) {
        for (Briefings.Outcome o : outcomes) {
            if (o.rendered()) {
                out.printf("  %s  %s  %s%n", o.reportDate(), describe(o), o.pdf());
            }
        }
        out.printf("Briefings: %s%n", counts(outcomes));
        gaps.print(outcomes.stream().filter(Briefings.Outcome::rendered).map(Briefings.Outcome::reportDate).toList(), out);
    }

    /** "32 rendered, 0 up to date" */
    static String counts(List<Briefings.Outcome> outcomes) {
        long rendered = Briefings.Outcome.rendered(outcomes);
        return "%d rendered, %d up to date".formatted(rendered, outcomes.size() - rendered);
    }

    static List<Map<String, Object>> json(List<Briefings.Outcome> outcomes) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Briefings.Outcome o : outcomes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("reportDate", o.reportDate().toString());
            m.put("edition", o.edition());
            m.put("status", o.status().name());
            m.put("provisional", o.missingReports() > 0 && o.rendered());
            m.put("missingReports", o.missingReports());
            m.put("pdf", o.pdf().toString());
            m.put("millis", o.millis());
            list.add(m);
        }
        return list;
    }

    /**
     * Writes {@code output/runs/<stamp>-<name>/summary.json} with the run's own facts first, then its
     * briefings, and returns the folder.
     */
    Path writeSummary(String name, Map<String, Object> facts, List<Briefings.Outcome> outcomes, double seconds) {
        Path folder = runsFolder.resolve(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .format(java.time.LocalDateTime.now()) + "-" + name);
        Map<String, Object> summary = new LinkedHashMap<>(facts);
        summary.put("durationSeconds", Math.round(seconds * 10) / 10.0);
        summary.put("briefingsRendered", Briefings.Outcome.rendered(outcomes));
        summary.put("briefings", json(outcomes));
        AtomicFiles.write(folder.resolve("summary.json"), Json.write(summary));
        return folder;
    }
}
