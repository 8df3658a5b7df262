package vn.covid.briefing.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts the ingest job, or resumes the last one if it did not finish. Each night's ingest is a new job
 * instance (identified by the inbox, the scope and the start time); a run that failed or was killed is
 * restarted, not replaced, so Spring Batch's record says one run, two attempts. The last run of another
 * inbox or scope is abandoned instead: its steps are idempotent, so that scope's next run does its work.
 * Callers hold the run lock, so an execution still marked running belongs to a process that died: it is
 * marked failed first.
 */
@Component
public class IngestRunner {

    private static final Logger log = LoggerFactory.getLogger(IngestRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job ingestJob;
    private final Clock clock;

    IngestRunner(JobOperator jobOperator, JobRepository jobRepository, Job ingestJob, Clock clock) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.ingestJob = ingestJob;
        this.clock = clock;
    }

    public JobExecution run(Path inbox, String scope) throws Exception {
        String inboxParameter = inbox.toAbsolutePath().normalize().toString();
        JobInstance last = jobRepository.getLastJobInstance(IngestJobConfiguration.JOB_NAME);
        if (last != null) {
            JobExecution previous = jobRepository.getLastJobExecution(last);
            if (previous != null && previous.getStatus().isRunning()) {
                log.warn("Ingest run {} was interrupted (the process died); resuming it", previous.getId());
                previous = jobOperator.recover(previous);
            }
            if (previous != null && (previous.getStatus() == BatchStatus.FAILED || previous.getStatus() == BatchStatus.STOPPED)) {
                if (Objects.equals(previous.getJobParameters().getString("inbox"), inboxParameter)
                        && Objects.equals(previous.getJobParameters().getString("scope"), scope)) {
                    log.info("Restarting ingest run {} where it stopped", previous.getId());
                    return jobOperator.restart(previous);
                }
                jobOperator.abandon(previous);
            }
        }
        var parameters = new JobParametersBuilder()
            .addString("inbox", inboxParameter)
            .addString("scope", scope)
            .addLong("started", clock.millis())
            .toJobParameters();
        return jobOperator.start(ingestJob, parameters);
    }
}
