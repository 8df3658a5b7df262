package vn.covid.briefing.runs;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.transaction.TransactionSystemException;

/**
 * One line that says why a run failed, from the deepest cause (the part that names the thing to fix), and
 * the whole story with its stack trace in the log file (logger {@code briefing.failure}: the file only).
 */
final class Failures {

    private static final Logger log = LoggerFactory.getLogger("briefing.failure");

    /** SQLSTATE of a connection that existed and went away (08: connection exception; 57P0x: server shutdown). */
    private static final List<String> LOST = List.of("08003", "08006", "08007", "57P01", "57P02", "57P03");
    /** What Hikari says of a pooled connection that the server closed under it (no SQLSTATE). */
    private static final String HIKARI_CLOSED = "Connection is closed";
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
        for (Throwable e : causes(t)) {
            if (e instanceof vn.covid.briefing.briefing.templates.TemplateException) {
                // a clerk's slip: the message already names the file, line, column and what to do
                return e.getMessage().lines().findFirst().orElse(e.getMessage());
            }
        }
        Diagnosis d = diagnose(t);
        String line = d.evidence() == null ? deepestMessage(t) : firstLine(d.evidence());
        return switch (d.connection()) {
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

    /** What happened to the database connection, and the exception that says it best. */
    private record Diagnosis(Connection connection, Throwable evidence) {
    }

    private static Connection connection(Throwable t) {
        return diagnose(t).connection();
    }

    /**
     * Whether the database went away, anywhere in the causes (a rollback that failed after it too); the
     * server's own words (an SQLSTATE) are better evidence than a pool's "Connection is closed".
     */
    private static Diagnosis diagnose(Throwable t) {
        Diagnosis found = new Diagnosis(Connection.FINE, null);
        for (Throwable c : causes(t)) {
            if (c instanceof ConnectException || c instanceof UnknownHostException
                    || c instanceof SQLException s && "08001".equals(s.getSQLState())) {
                return new Diagnosis(Connection.UNREACHABLE, c instanceof SQLException ? rootOf(c) : c);
            }
            if (c instanceof SQLException s && (s.getSQLState() != null && LOST.contains(s.getSQLState())
                    || isH2(s) && H2_LOST.contains(s.getErrorCode()))) {
                found = new Diagnosis(Connection.LOST, c);
            }
            else if (c instanceof SQLException s && HIKARI_CLOSED.equals(s.getMessage()) && found.evidence() == null) {
                found = new Diagnosis(Connection.LOST, null);
            }
        }
        return found;
    }

    private static Throwable rootOf(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String firstLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    /** The exception, its causes, the exceptions suppressed or overridden on the way, once each. */
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
                if (c instanceof TransactionSystemException tx && tx.getApplicationException() != null) {
                    todo.add(tx.getApplicationException()); // what failed first, before the rollback failed too
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
