package vn.covid.briefing.briefing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.covid.briefing.briefing.edition.EditionFiles;
import vn.covid.briefing.briefing.edition.Identity;
import vn.covid.briefing.system.BriefingProperties;

/**
 * Runs the briefing job for a report date of the scope. One job instance per (scope, report date, data
 * revision, settings, notes): the same content again finds its instance COMPLETED and is "up to date" without rendering
 * once its PDF is found intact; changed content makes a new instance, and the step makes it the next
 * edition (a changed wording alone does not, unless re-issuing the wording is asked for); a
 * run that failed or was killed is restarted (the same instance, the same edition number, atomic file
 * writes). {@code --force} is a new instance (an identifying "forcedAt") that renders the latest edition
 * again, byte for byte. Callers hold the run lock, so an execution still marked running is a dead one.
 */
@Component
public class BriefingRunner {

    private static final Logger log = LoggerFactory.getLogger(BriefingRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job briefingJob;
    private final Briefings briefings;
    private final EditionFiles files;
    private final Clock clock;
    private final String scope;

    private final ObjectProvider<RerunJobConfiguration.RerunJobs> rerunJobs;

    BriefingRunner(JobOperator jobOperator, JobRepository jobRepository, Job briefingJob, Briefings briefings,
            EditionFiles files, Clock clock, BriefingProperties properties,
            ObjectProvider<RerunJobConfiguration.RerunJobs> rerunJobs) {
        this.rerunJobs = rerunJobs;
        this.files = files;
        this.scope = properties.scope();
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.briefingJob = briefingJob;
        this.briefings = briefings;
        this.clock = clock;
    }

    public Briefings.Outcome run(LocalDate date, boolean force) throws Exception {
        return run(date, force, false);
    }

    /** @param reissueWording make a new edition even when only the wording changed */
    public Briefings.Outcome run(LocalDate date, boolean force, boolean reissueWording) throws Exception {
        Identity identity = briefings.identity(date);
        JobParametersBuilder builder = new JobParametersBuilder()
            .addString("scope", scope)
            .addLocalDate("reportDate", date)
            .addString("dataRevision", identity.dataRevision())
            .addString("settings", identity.settings())
            .addString("notes", identity.notes())
            // the wording alone never makes a new edition of a week already issued: recorded, not identifying
            .addString("wording", identity.wording(), false);
        if (reissueWording) {
            builder.addString("reissueWording", identity.wording());
        }
        JobParameters parameters = builder.toJobParameters();
        JobInstance instance = jobRepository.getJobInstance(BriefingJobConfiguration.JOB_NAME, parameters);
        JobExecution execution = null;
        if (instance != null) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && last.getStatus().isRunning()) {
                log.warn("Briefing run {} for {} was interrupted (the process died); resuming it", last.getId(), date);
                last = jobOperator.recover(last);
            }
            if (last != null && last.getStatus() == BatchStatus.COMPLETED && !force) {
                var edition = briefings.latestEdition(date)
                    .filter(e -> e.identity().sameContent(identity) && files.intact(e));
                if (edition.isPresent()) {
                    return new Briefings.Outcome(date, edition.get().number(), edition.get().pdf(),
                            Briefings.Outcome.Status.UP_TO_DATE, 0, 0);
                }
                // the PDF was removed or damaged (make it again), or the content went back to an earlier state
                // that a later edition replaced (issue it again, as the next edition): either way a new run
                builder.addLong("reissuedAt", clock.millis());
            }
            else if (last != null && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)) {
                log.info("Restarting briefing run {} for {}", last.getId(), date);
                execution = jobOperator.restart(last);
            }
        }
        if (execution == null) {
            if (force) {
                builder.addLong("forcedAt", clock.millis());
            }
            execution = jobOperator.start(briefingJob, builder.toJobParameters());
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
            throw new IllegalStateException("the briefing of " + date + " failed: "
                    + (cause == null ? execution.getExitStatus().getExitDescription() : cause.getMessage()), cause);
        }
        return outcome(date, execution.getExecutionContext());
    }

    /**
     * The briefings of several report dates, partitioned over the cores (the job "briefings", {@link
     * RerunJobConfiguration}); {@code done} hears of each as it ends, from its thread.
     *
     * @throws IllegalStateException naming the weeks that failed, after the others are done
     */
    public List<Briefings.Outcome> run(List<LocalDate> dates, boolean force, boolean reissueWording,
            Consumer<Briefings.Outcome> done) throws Exception {
        JobParameters parameters = new JobParametersBuilder().addString("scope", scope)
            .addLocalDate("from", dates.getFirst()).addLocalDate("to", dates.getLast())
            .addString("force", Boolean.toString(force)).addString("reissueWording", Boolean.toString(reissueWording))
            .addLong("requestedAt", clock.millis()) // every rerun a new instance: each week finds its own state
            .toJobParameters();
        JobExecution execution = jobOperator.start(rerunJobs.getObject().forWeeks(dates, done), parameters);
        List<Briefings.Outcome> outcomes = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (StepExecution step : execution.getStepExecutions()) {
            if (!step.getStepName().startsWith(RerunJobConfiguration.WEEK_STEP + ":")) {
                continue;
            }
            LocalDate date = LocalDate.parse(step.getExecutionContext().getString("reportDate"));
            if (step.getStatus() == BatchStatus.COMPLETED) {
                outcomes.add(outcome(date, step.getExecutionContext()));
            }
            else {
                failed.add(date + ": " + step.getFailureExceptions().stream().findFirst().map(Throwable::getMessage)
                    .orElse(step.getExitStatus().getExitDescription()));
            }
        }
        outcomes.sort(java.util.Comparator.comparing(Briefings.Outcome::reportDate));
        if (!failed.isEmpty() || execution.getStatus() != BatchStatus.COMPLETED) {
            throw new IllegalStateException("the briefing of " + (failed.isEmpty() ? "the range failed: "
                    + execution.getExitStatus().getExitDescription() : String.join("; ", failed)) + " (" + outcomes.size()
                    + " of " + dates.size() + " done; run again to continue)");
        }
        return outcomes;
    }

    /** What a briefing run keeps in its execution context, for whoever launched it. */
    static void store(Briefings.Outcome outcome, ExecutionContext summary) {
        summary.putInt("edition", outcome.edition());
        summary.putString("pdf", outcome.pdf().toString());
        summary.putString("status", outcome.status().name());
        summary.putLong("missingReports", outcome.missingReports());
        summary.putLong("millis", outcome.millis());
    }

    static Briefings.Outcome outcome(LocalDate date, ExecutionContext summary) {
        return new Briefings.Outcome(date, summary.getInt("edition"), Path.of(summary.getString("pdf")),
                Briefings.Outcome.Status.valueOf(summary.getString("status")), summary.getLong("missingReports"),
                summary.getLong("millis"));
    }
}
