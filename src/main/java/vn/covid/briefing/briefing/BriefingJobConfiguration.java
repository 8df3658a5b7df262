package vn.covid.briefing.briefing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import vn.covid.briefing.briefing.edition.Identity;

/**
 * The job "briefing": one step that computes a report week, renders its PDF and records the edition.
 * Its identifying parameters are the report date, the data revision, the settings and the notes, so a
 * job instance is an edition's content: see {@link BriefingRunner} for how that maps to editions.
 */
@Configuration(proxyBeanMethods = false)
class BriefingJobConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BriefingJobConfiguration.class);

    static final String JOB_NAME = "briefing";

    @Bean
    Job briefingJob(JobRepository jobRepository, Step renderBriefing, ObjectProvider<JobExecutionListener> listeners) {
        JobBuilder job = new JobBuilder(JOB_NAME, jobRepository);
        listeners.orderedStream().forEach(job::listener); // the run record's
        return job.start(renderBriefing).build();
    }

    @Bean
    Step renderBriefing(JobRepository jobRepository, PlatformTransactionManager tm, Briefings briefings) {
        return new StepBuilder("renderBriefing", jobRepository).tasklet((contribution, context) -> {
            var job = context.getStepContext().getStepExecution().getJobExecution();
            var parameters = job.getJobParameters();
            // so the log tells what a process that died was doing
            log.info("briefing {}: run {} started", parameters.getLocalDate("reportDate"), job.getId());
            // the identity the runner found this instance by: not worked out a second time
            Identity identity = new Identity(parameters.getString("dataRevision"), parameters.getString("settings"),
                    parameters.getString("notes"), parameters.getString("wording"));
            Briefings.Outcome outcome = briefings.issue(parameters.getLocalDate("reportDate"),
                    parameters.getLong("forcedAt") != null, parameters.getString("reissueWording") != null, identity);
            BriefingRunner.store(outcome, job.getExecutionContext());
            contribution.incrementWriteCount(outcome.rendered() ? 1 : 0);
            return RepeatStatus.FINISHED;
        }, tm)
            // a restart always runs the step again: if the dead run had already committed it (the PDF
            // and the edition exist, only the job's own completion was lost), issue() finds the edition
            // current and just reports it, where a skipped step would leave the job's context empty
            .allowStartIfComplete(true)
            .build();
    }
}
