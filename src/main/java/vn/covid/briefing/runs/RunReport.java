package vn.covid.briefing.runs;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.batch.core.job.JobExecution;

import vn.covid.briefing.ingest.InboxProblems;
import vn.covid.briefing.ingest.IngestSummary;
import vn.covid.briefing.system.AtomicFiles;
import vn.covid.briefing.system.Json;
import vn.covid.briefing.system.Printable;

/**
 * The folder a run leaves behind under output/runs/: summary.txt for people, summary.json for machines,
 * rejects.csv for the clerk who fixes the files (every rejection and warning, and every file that waits
 * or was skipped). Each file is written atomically. What came from a file is escaped in summary.txt (a
 * name or a cell can hold line breaks and control characters); JSON and CSV keep their own quoting.
 */
final class RunReport {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final int SHOWN_ISSUES = 25;

    private RunReport() {
    }

    static Path folderFor(Path runsFolder, JobExecution execution, String kind) {
        LocalDateTime start = execution.getStartTime() == null ? LocalDateTime.now() : execution.getStartTime();
        return runsFolder.resolve(STAMP.format(start) + "-" + kind + "-" + execution.getId());
    }

    static String write(Path folder, JobExecution execution, IngestSummary summary) {
        String text = text(folder, execution, summary);
        AtomicFiles.write(folder.resolve("rejects.csv"), rejectsCsv(summary));
        AtomicFiles.write(folder.resolve("summary.json"), Json.write(json(execution, summary)));
        AtomicFiles.write(folder.resolve("summary.txt"), text);
        return text;
    }

    static String text(Path folder, JobExecution execution, IngestSummary s) {
        StringBuilder out = new StringBuilder();
        out.append("Ingest run %d (job instance %d): %s, %s%n".formatted(execution.getId(), s.jobInstanceId(),
                execution.getStatus(), seconds(execution)));
        int otherScope = s.filesByStatus().get("OTHER_SCOPE");
        out.append("Files: %d in the inbox, %d already ingested; %d processed now: %d loaded, %d partly loaded, %d rejected%s%n"
            .formatted(s.filesSeen(), s.filesAlreadyKnown(), s.filesProcessed(), s.filesByStatus().get("LOADED"),
                    s.filesByStatus().get("PARTIAL"), s.filesByStatus().get("REJECTED"),
                    otherScope == 0 ? "" : ", " + otherScope + " not for this scope (kept for their own)"));
        if (s.filesTakenUp() > 0) {
            out.append("  %d file(s) kept for this scope by the runs of other scopes, taken up now%n"
                .formatted(s.filesTakenUp()));
        }
        if (s.filesRevalidated() > 0) {
            out.append("  %d file(s) read again to be validated anew: the scope's reference data changed since%n"
                .formatted(s.filesRevalidated()));
        }
        out.append("Rows: %d accepted (%d of them corrections of earlier reports), %d rejected, %d flagged with a warning%n"
            .formatted(s.rowsAccepted(), s.rowsCorrected(), s.rowsRejected(), s.rowsWarned()));
        List<IngestSummary.FileIssue> rejections = s.issues().stream().filter(i -> i.severity().equals("REJECT")).toList();
        if (!rejections.isEmpty()) {
            out.append("%nRejected (%s; all of them in rejects.csv):%n".formatted(rejections.size() > SHOWN_ISSUES
                    ? "first " + SHOWN_ISSUES + " of " + rejections.size() : String.valueOf(rejections.size())));
            rejections.stream().limit(SHOWN_ISSUES).forEach(i -> out.append("  ").append(describe(i)).append('\n'));
        }
        if (!s.otherScope().isEmpty()) {
            out.append("%nNot for this scope, kept for the scope of their district (%s):%n".formatted(
                    s.otherScope().size() > SHOWN_ISSUES ? "first " + SHOWN_ISSUES + " of " + s.otherScope().size()
                            : String.valueOf(s.otherScope().size())));
            s.otherScope().stream().limit(SHOWN_ISSUES)
                .forEach(f -> out.append("  ").append(Printable.of(f.file())).append(": ").append(f.reason()).append('\n'));
        }
        problems(out, s, "WAITING", "Waiting, not read now (the next run tries again)");
        problems(out, s, "SKIPPED", "Skipped, never read");
        Map<String, Long> warnings = new java.util.TreeMap<>(s.issues().stream().filter(i -> i.severity().equals("WARN"))
            .collect(java.util.stream.Collectors.groupingBy(IngestSummary.FileIssue::code, java.util.stream.Collectors.counting())));
        if (!warnings.isEmpty()) {
            out.append("%nStored but flagged for a look (details in rejects.csv): %s%n".formatted(warnings.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(java.util.stream.Collectors.joining(", "))));
        }
        if (!s.missing().isEmpty()) {
            out.append("%nDistricts without a report on some days:%n".formatted());
            for (var m : s.missing()) {
                List<String> ranges = new ArrayList<>();
                m.ranges().stream().limit(8).forEach(r -> ranges.add(r[0].equals(r[1]) ? r[0].toString() : r[0] + "…" + r[1]));
                out.append("  %s (%s): %d day(s): %s%s%n".formatted(m.districtName(), m.districtCode(), m.days(),
                        String.join(", ", ranges), m.ranges().size() > 8 ? ", …" : ""));
            }
        }
        out.append("%nRun folder: %s%n".formatted(folder));
        return out.toString();
    }

    /** The files that wait or were skipped, each with its reason (paths and messages are stored escaped). */
    private static void problems(StringBuilder out, IngestSummary s, String kind, String title) {
        List<InboxProblems.Problem> problems = s.problems().stream().filter(p -> p.kind().equals(kind)).toList();
        if (problems.isEmpty()) {
            return;
        }
        out.append("%n%s (%s; all of them in rejects.csv):%n".formatted(title, problems.size() > SHOWN_ISSUES
                ? "first " + SHOWN_ISSUES + " of " + problems.size() : String.valueOf(problems.size())));
        problems.stream().limit(SHOWN_ISSUES).forEach(p -> out.append("  ").append(describe(p)).append('\n'));
    }

    static String describe(InboxProblems.Problem p) {
        return p.path() + ": " + p.code() + ": " + reason(p);
    }

    /** A copy's reason names the file it copies and what became of it. */
    private static String reason(InboxProblems.Problem p) {
        return p.sameAsFile() == null ? p.message() : "same content as " + p.sameAsFile() + ": " + p.sameAsOutcome();
    }

    /** One issue, for people: every text from a file is escaped (a cell or a name can hold a line break). */
    static String describe(IngestSummary.FileIssue i) {
        StringBuilder d = new StringBuilder(Printable.of(i.file()));
        if (i.line() != null) {
            d.append(" line ").append(i.line());
        }
        if (i.column() != null) {
            d.append(", column ").append(Printable.of(i.column()));
        }
        if (i.value() != null) {
            d.append(", value \"").append(Printable.of(i.value())).append('"');
        }
        d.append(": ").append(i.severity().equals("REJECT") ? "rejected" : "warning").append(" ").append(i.code())
            .append(": ").append(Printable.of(i.message()));
        return d.toString();
    }

    private static String seconds(JobExecution e) {
        if (e.getStartTime() == null || e.getEndTime() == null) {
            return "not finished";
        }
        return "%.1f s".formatted(Duration.between(e.getStartTime(), e.getEndTime()).toMillis() / 1000.0);
    }

    private static Map<String, Object> json(JobExecution execution, IngestSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("command", "ingest");
        m.put("jobExecutionId", execution.getId());
        m.put("jobInstanceId", s.jobInstanceId());
        m.put("status", execution.getStatus().name());
        m.put("start", String.valueOf(execution.getStartTime()));
        m.put("end", String.valueOf(execution.getEndTime()));
        m.put("durationMillis", execution.getStartTime() == null || execution.getEndTime() == null ? null
                : Duration.between(execution.getStartTime(), execution.getEndTime()).toMillis());
        Map<String, Object> files = new LinkedHashMap<>();
        files.put("inInbox", s.filesSeen());
        files.put("alreadyIngested", s.filesAlreadyKnown());
        files.put("loaded", s.filesByStatus().get("LOADED"));
        files.put("partlyLoaded", s.filesByStatus().get("PARTIAL"));
        files.put("rejected", s.filesByStatus().get("REJECTED"));
        files.put("notForThisScope", s.filesByStatus().get("OTHER_SCOPE"));
        files.put("takenUpFromOtherScopesRuns", s.filesTakenUp());
        files.put("validatedAgain", s.filesRevalidated());
        m.put("files", files);
        Map<String, Object> rows = new LinkedHashMap<>();
        rows.put("accepted", s.rowsAccepted());
        rows.put("corrected", s.rowsCorrected());
        rows.put("rejected", s.rowsRejected());
        rows.put("warned", s.rowsWarned());
        m.put("rows", rows);
        List<Object> issues = new ArrayList<>();
        for (var i : s.issues()) {
            Map<String, Object> issue = new LinkedHashMap<>();
            issue.put("file", i.file());
            issue.put("line", i.line());
            issue.put("column", i.column());
            issue.put("value", i.value());
            issue.put("severity", i.severity());
            issue.put("code", i.code());
            issue.put("message", i.message());
            issues.add(issue);
        }
        m.put("issues", issues);
        m.put("notForThisScope", s.otherScope().stream().map(f -> {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("file", f.file());
            file.put("district", f.districtCode());
            file.put("day", f.day() == null ? null : f.day().toString());
            return file;
        }).toList());
        List<Object> problems = new ArrayList<>();
        for (var p : s.problems()) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("path", p.path());
            problem.put("kind", p.kind());
            problem.put("code", p.code());
            problem.put("message", p.message());
            if (p.sameAsFile() != null) {
                Map<String, Object> original = new LinkedHashMap<>();
                original.put("file", p.sameAsFile());
                original.put("outcome", p.sameAsOutcome());
                problem.put("sameContentAs", original);
            }
            problem.put("firstSeen", p.firstSeen().toString());
            problems.add(problem);
        }
        m.put("filesNotRead", problems);
        List<Object> missing = new ArrayList<>();
        for (var d : s.missing()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("district", d.districtCode());
            entry.put("name", d.districtName());
            entry.put("days", d.days());
            entry.put("ranges", d.ranges().stream().map(r -> List.of(r[0].toString(), r[1].toString())).toList());
            missing.add(entry);
        }
        m.put("missingReports", missing);
        return m;
    }

    /**
     * The rejects report. UTF-8 with a BOM so that Excel shows the Vietnamese right; any cell that a
     * spreadsheet would read as a formula (=, +, -, @, tab, CR first) is prefixed with an apostrophe.
     */
    static String rejectsCsv(IngestSummary s) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
            .setHeader("file", "line", "column", "value", "severity", "code", "reason").get())) {
            for (var i : s.issues()) {
                csv.printRecord(safe(i.file()), i.line(), safe(i.column()), safe(i.value()), i.severity(), i.code(),
                        safe(i.message()));
            }
            for (var p : s.problems()) {
                csv.printRecord(safe(p.path()), null, null, null, p.kind(), p.code(), safe(reason(p)));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
