package vn.covid.briefing.runs;

import java.time.LocalDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * What a dead process left marked as running, put right by the next run that holds the lock (so no other
 * run is alive: whatever is still "running" belongs to a process that died). Its command run becomes
 * ABANDONED. Its job executions stop being "running" too, in the way Spring Batch gives for each case:
 * <ul>
 * <li>an execution the runners will resume (the latest ingest; a briefing of content that can come up
 * again) is recovered, FAILED, and restarted when its job next runs ({@code JobOperator.recover});
 * <li>an execution nothing will ever resume is ABANDONED: an ingest of an older instance (the ingest only
 * resumes the latest), or a briefing made with --force or as a re-issue (its identity holds a moment that
 * no later run computes again). ABANDONED on a resumable one would be wrong: Spring Batch treats an
 * abandoned instance as complete and refuses to run it again.
 * </ul>
 * These rules mirror how {@code IngestRunner} and {@code BriefingRunner} find the instance to resume.
 */
@Component
class DeadRuns {

    private static final Logger log = LoggerFactory.getLogger(DeadRuns.class);
    private static final List<String> ONE_TIME_PARAMETERS = List.of("forcedAt", "reissuedAt", "requestedAt");

    private final JobRepository repository;
    private final JobOperator operator;
    private final CommandRuns runs;

    DeadRuns(JobRepository repository, JobOperator operator, CommandRuns runs) {
        this.repository = repository;
        this.operator = operator;
        this.runs = runs;
    }

    /**
     * @param current the run that holds the lock now (recorded, no job started yet)
     * @param putBack whether the H2 database was put back as it was when the dead run began
     */
    void putRight(long current, boolean putBack) throws Exception {
        LocalDateTime now = LocalDateTime.now();
        List<Long> abandoned = runs.abandonUnfinished(current, "the process died before the run ended (found by run #"
                + current + ")" + (putBack ? "; the database was put back as it was when this run began: what it had "
                        + "done is done again by the runs after it" : ""), now);
        abandoned.forEach(id -> log.warn("Run {} ended without a word (its process died); marked ABANDONED", id));
        for (long id : runs.runningExecutions()) {
            JobExecution execution = repository.getJobExecution(id);
            if (execution == null) {
                continue;
            }
            execution = operator.recover(execution);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription("the process died during the run"));
            repository.update(execution);
            if (resumable(execution)) {
                log.warn("Job execution {} ({}) was left running by a process that died: marked FAILED, to be resumed",
                        id, execution.getJobInstance().getJobName());
            }
            else {
                operator.abandon(execution);
                log.warn("Job execution {} ({}) was left running by a process that died and will not be resumed: "
                        + "marked ABANDONED", id, execution.getJobInstance().getJobName());
            }
        }
    }

    private boolean resumable(JobExecution execution) {
        JobInstance instance = execution.getJobInstance();
        if (ONE_TIME_PARAMETERS.stream().anyMatch(p -> execution.getJobParameters().getParameter(p) != null)) {
            return false;
        }
        if (instance.getJobName().equals("ingest")) {
            JobInstance last = repository.getLastJobInstance("ingest");
            return last != null && last.getInstanceId() == instance.getInstanceId();
        }
        return true;
    }
}
