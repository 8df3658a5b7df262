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

    static String reason(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().findFirst().map(Failures::reason)
            .orElse(execution.getExitStatus().getExitDescription().lines().findFirst().orElse("unknown"));
    }

    static String reason(Throwable t) {
        Throwable root = t;
        boolean unreachable = false;
        boolean lost = false;
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            root = c;
            unreachable |= c instanceof ConnectException || c instanceof UnknownHostException
                    || c instanceof SQLException s && "08001".equals(s.getSQLState());
            lost |= c instanceof SQLException s && (LOST.contains(s.getSQLState()) || isH2(s) && H2_LOST.contains(s.getErrorCode()));
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String line = message.lines().findFirst().orElse(message);
        if (unreachable) {
            return "the database cannot be reached (" + line + "); check --db or spring.datasource.url and that the "
                    + "server runs";
        }
        if (lost) {
            return "the database connection was lost during the run (" + line + "); check that the database server "
                    + "runs and is reachable at spring.datasource.url (--db), then run again: it resumes";
        }
        if (root instanceof FileSystemException || line.contains("No space left")) {
            return line + " (check the disk and the folder's permissions)";
        }
        return line;
    }

    private static boolean isH2(SQLException s) {
        return s.getClass().getName().startsWith("org.h2.");
    }

    /** The details of a failure for whoever looks deeper: output/logs/briefing.log. */
    static void log(String command, Throwable t) {
        log.error("briefing {} failed: {}", command, reason(t), t);
    }
}
