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
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
