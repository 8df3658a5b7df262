package vn.covid.briefing.runs;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The last runs as people started them: one line per command (its scope, when, how long, its exit code), then what
 * it did or why it failed, then its job executions (an ingest by itself; a nightly's dozens of briefings
 * counted by status, with the ones that did not complete named).
 */
final class RunHistory {

    private static final String INDENT = "        ";
    private static final int NAMED = 4;

    private RunHistory() {
    }

    /** @param lockHolder who holds the run lock now: an unfinished run is running only if a run holds it */
    static void print(List<CommandRuns.Run> runs, Optional<String> lockHolder, PrintStream out) {
        for (CommandRuns.Run run : runs) {
            boolean dead = run.outcome() == CommandRuns.Outcome.ABANDONED
                    || run.outcome() == CommandRuns.Outcome.RUNNING && lockHolder.isEmpty();
            boolean running = run.outcome() == CommandRuns.Outcome.RUNNING && !dead;
            String state = running ? "running"
                    : dead ? "ABANDONED" : "exit " + run.exitCode();
            out.printf("  #%-4d %-8s %-4s %s %7s  %s%n", run.id(), run.command(), run.scope() == null ? "" : run.scope(),
                    minutes(run.started()),
                    running || dead ? "" : seconds(run.started(), run.ended()), state);
            String reason = running ? "by " + lockHolder.get()
                    : dead && run.outcome() == CommandRuns.Outcome.RUNNING ? "the process died (pid " + run.pid() + " on "
                            + run.host() + "); the next run marks it" : run.reason();
            if (reason != null && !reason.isBlank()) {
                out.print(StatusCommand.wrapped(INDENT, reason));
            }
            for (String line : executions(run.executions(), running)) {
                out.print(StatusCommand.wrapped(INDENT, line));
            }
        }
    }

    /** The executions in a line per job: "ingest #12 COMPLETED 14.2 s", "briefings: 31 COMPLETED, 1 FAILED (…)". */
    static List<String> executions(List<CommandRuns.Execution> executions, boolean running) {
        Map<String, List<CommandRuns.Execution>> byJob = executions.stream()
            .collect(Collectors.groupingBy(CommandRuns.Execution::job, LinkedHashMap::new, Collectors.toList()));
        List<String> lines = new ArrayList<>();
        byJob.forEach((job, list) -> {
            if (list.size() == 1) {
                CommandRuns.Execution e = list.getFirst();
                String status = status(e, running);
                String took = e.ended() == null ? "" : " " + seconds(e.started(), e.ended());
                String message = e.exitMessage() == null || e.exitMessage().isBlank() || status.equals("COMPLETED") ? ""
                        : ": " + e.exitMessage().lines().findFirst().orElse("");
                lines.add("%s #%d%s %s%s%s".formatted(job, e.id(), subject(e), status, took, message));
                return;
            }
            Map<String, List<CommandRuns.Execution>> byStatus = list.stream()
                .collect(Collectors.groupingBy(e -> status(e, running), LinkedHashMap::new, Collectors.toList()));
            List<String> parts = new ArrayList<>();
            byStatus.forEach((status, those) -> {
                String named = status.equals("COMPLETED") ? "" : " (" + those.stream().limit(NAMED)
                    .map(e -> "#" + e.id() + subject(e)).collect(Collectors.joining(", "))
                        + (those.size() > NAMED ? ", …" : "") + ")";
                parts.add(those.size() + " " + status + named);
            });
            lines.add("%s: %d executions: %s".formatted(job, list.size(), String.join(", ", parts)));
        });
        return lines;
    }

    /** A job execution still marked running outside a running command was left by a process that died. */
    private static String status(CommandRuns.Execution e, boolean running) {
        boolean marked = List.of("STARTING", "STARTED", "STOPPING").contains(e.status());
        return marked ? (running ? "running" : "ABANDONED") : e.status();
    }

    private static String subject(CommandRuns.Execution e) {
        return e.subject() == null || e.job().equals("ingest") ? "" : " " + e.subject();
    }

    static String minutes(LocalDateTime t) {
        return t == null ? "-" : t.withSecond(0).withNano(0).toString().replace('T', ' ');
    }

    static String seconds(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null) {
            return "-";
        }
        long millis = Duration.between(start, end).toMillis();
        return millis >= 600_000 ? millis / 60_000 + " min" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
