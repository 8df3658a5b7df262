package vn.covid.briefing.runs;

import org.springframework.batch.core.job.JobExecution;

/** One line that says why a run failed, from the deepest cause (the part that names the thing to fix). */
final class Failures {

    private Failures() {
    }

    static String reason(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().findFirst().map(Failures::reason)
            .orElse(execution.getExitStatus().getExitDescription().lines().findFirst().orElse("unknown"));
    }

    static String reason(Throwable t) {
        for (Throwable e = t; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof vn.covid.briefing.briefing.templates.TemplateException) {
                // a clerk's slip: the message already names the file, line, column and what to do
                return e.getMessage().lines().findFirst().orElse(e.getMessage());
            }
        }
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String line = message.lines().findFirst().orElse(message);
        if (root instanceof java.net.ConnectException || root instanceof java.net.UnknownHostException) {
            return "the database cannot be reached (" + line + "); check --db or spring.datasource.url and that the server runs";
        }
        if (root instanceof java.nio.file.FileSystemException || line.contains("No space left")) {
            return line + " (check the disk and the folder's permissions)";
        }
        return line;
    }
}
