package vn.covid.briefing.runs;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;

/**
 * One line that says why a run failed, from the deepest cause (the part that names the thing to fix), and
 * the whole story with its stack trace in the log file (logger {@code briefing.failure}: the file only).
 */
final class Failures {

    private static final Logger log = LoggerFactory.getLogger("briefing.failure");

    /** SQLSTATE of a connection that existed and went away (08: connection exception; 57P0x: server shutdown). */
    private static final List<String> LOST = List.of("08003", "08006", "08007", "57P01", "57P02", "57P03");
    /** H2's "connection is broken" and "database is closed" */
    private static final List<Integer> H2_LOST = List.of(90067, 90098);

    private Failures() {
    }

    /** Of all the exceptions a failed job collected, a lost or unreachable database first: it names the cause. */
    static String reason(JobExecution execution) {
        List<Throwable> failures = execution.getAllFailureExceptions();
        return failures.stream().filter(t -> connection(t) != Connection.FINE).findFirst()
            .or(() -> failures.stream().findFirst()).map(Failures::reason)
            .orElse(execution.getExitStatus().getExitDescription().lines().findFirst().orElse("unknown"));
    }

    static String reason(Throwable t) {
        String line = deepestMessage(t);
        return switch (connection(t)) {
            case UNREACHABLE -> "the database cannot be reached (" + line + "); check --db or spring.datasource.url "
                    + "and that the server runs";
            case LOST -> "the database connection was lost during the run (" + line + "); check that the database "
                    + "server runs and is reachable at spring.datasource.url (--db), then run again: it resumes";
            case FINE -> line.contains("No space left") || causes(t).stream().anyMatch(FileSystemException.class::isInstance)
                    ? line + " (check the disk and the folder's permissions)" : line;
        };
    }

    private enum Connection {
        FINE, UNREACHABLE, LOST
    }

    /** Whether the database went away, anywhere in the causes (a rollback that failed after it too). */
    private static Connection connection(Throwable t) {
        Connection found = Connection.FINE;
        for (Throwable c : causes(t)) {
            if (c instanceof ConnectException || c instanceof UnknownHostException
                    || c instanceof SQLException s && "08001".equals(s.getSQLState())) {
                return Connection.UNREACHABLE;
            }
            if (c instanceof SQLException s && (LOST.contains(s.getSQLState()) || isH2(s) && H2_LOST.contains(s.getErrorCode()))) {
                found = Connection.LOST;
            }
        }
        return found;
    }

    /** The exception, its causes and the exceptions suppressed on the way, once each. */
    private static List<Throwable> causes(Throwable t) {
        List<Throwable> all = new java.util.ArrayList<>();
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>(List.of(t));
        while (!todo.isEmpty()) {
            Throwable c = todo.poll();
            if (all.stream().noneMatch(seen -> seen == c)) {
                all.add(c);
                if (c.getCause() != null) {
                    todo.add(c.getCause());
                }
                todo.addAll(List.of(c.getSuppressed()));
            }
        }
        return all;
    }

    /** The first line of the deepest cause that says something (the part that names the thing to fix). */
    private static String deepestMessage(Throwable t) {
        String line = null;
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getMessage() != null && !c.getMessage().isBlank()) {
                line = c.getMessage().lines().findFirst().orElse(c.getMessage());
            }
        }
        return line != null ? line : t.getClass().getSimpleName();
    }

    private static boolean isH2(SQLException s) {
        return s.getClass().getName().startsWith("org.h2.");
    }

    /** The details of a failure for whoever looks deeper: output/logs/briefing.log. */
    static void log(String command, Throwable t) {
        log.error("briefing {} failed: {}", command, reason(t), t);
    }
}
