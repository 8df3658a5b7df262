package vn.covid.briefing.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import vn.covid.briefing.indicators.RunningTotals;
import vn.covid.briefing.reference.ReferenceData;
import vn.covid.briefing.reference.ReferenceLoader;
import vn.covid.briefing.reference.Unit;
import vn.covid.briefing.reference.UnitDirectory;
import vn.covid.briefing.system.BriefingProperties;

/**
 * The ingest job of the scope ({@code briefing.scope}): load its reference data if it changed, register the
 * new inbox files (and queue again the files kept for it by other scopes' runs, and those it validated
 * against other reference data), load them chunk by chunk, then forget the inbox problems that are over.
 * A file of a district outside the scope is kept as OTHER_SCOPE, for the scope that holds it. Every step is idempotent and runs again on a restart,
 * even one the dead run had finished: files that arrived after a crash are registered and loaded too, and
 * the load resumes with the files still PENDING.
 *
 * <pre>
 * loadReference ──▶ registerInbox ──▶ loadReports (PendingFileReader ─[DistrictReportProcessor on N threads]─▶ DailyFactWriter) ──▶ forgetSolvedProblems
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
class IngestJobConfiguration {

    static final String JOB_NAME = "ingest";

    @Bean
    Job ingestJob(JobRepository jobRepository, Step loadReference, Step registerInbox, Step loadReports,
            Step forgetSolvedProblems, ObjectProvider<JobExecutionListener> listeners) {
        JobBuilder job = new JobBuilder(JOB_NAME, jobRepository);
        listeners.orderedStream().forEach(job::listener); // the run record's
        return job.start(loadReference).next(registerInbox).next(loadReports).next(forgetSolvedProblems).build();
    }

    @Bean
    Step loadReference(JobRepository jobRepository, PlatformTransactionManager tm, ReferenceLoader loader,
            BriefingProperties properties) {
        return new StepBuilder("loadReference", jobRepository).tasklet((contribution, context) -> {
            loader.load(properties.scope(), properties.referenceFolder());
            return RepeatStatus.FINISHED;
        }, tm).allowStartIfComplete(true).build();
    }

    @Bean
    Step registerInbox(JobRepository jobRepository, PlatformTransactionManager tm, JdbcTemplate jdbc, Clock clock,
            BriefingProperties properties, ReferenceData reference) {
        SourceFiles sourceFiles = new SourceFiles(jdbc);
        InboxRegistrar registrar = new InboxRegistrar(sourceFiles, new InboxProblems(jdbc, properties.scope()),
                properties.ingest().maxFileSize().toBytes());
        return new StepBuilder("registerInbox", jobRepository).tasklet((contribution, context) -> {
            var stepExecution = context.getStepContext().getStepExecution();
            Path given = Path.of(jobParameter(stepExecution, "inbox"));
            Path inbox = given.toRealPath();
            // the skipped folders as the real inbox names them, whatever link the inbox was given through: the
            // profile's, should it lie in the inbox, and the inbox's own reference/ and notes/ of the layout before
            // profiles (their files are not reports)
            java.util.List<Path> skipped = java.util.stream.Stream.of(properties.referenceFolder(), properties.notesFolder(),
                    given.resolve("reference"), given.resolve("notes"))
                .map(f -> inbox.resolve(given.toAbsolutePath().normalize().relativize(f.toAbsolutePath().normalize())))
                .toList();
            int takenUp = sourceFiles.takeUp(reference.units().districtsInScope().stream().map(Unit::code).toList());
            int revalidated = sourceFiles.requeueUnless(properties.scope(), ValidationBasis.current(jdbc, properties.scope()));
            Timestamp listedAt = Timestamp.from(Instant.now(clock));
            var registration = registrar.register(inbox, skipped,
                    stepExecution.getJobExecution().getJobInstance().getInstanceId(), listedAt);
            var summary = stepExecution.getJobExecution().getExecutionContext();
            summary.putInt("files.seen", registration.seen());
            summary.putInt("files.alreadyKnown", registration.alreadyKnown());
            summary.putInt("files.revalidated", revalidated);
            summary.putInt("files.takenUp", takenUp);
            summary.putLong("inbox.listedAt", listedAt.getTime());
            contribution.incrementWriteCount(registration.registered());
            return RepeatStatus.FINISHED;
        }, tm).allowStartIfComplete(true).build();
    }

    /** Problems that this run's listing did not find again, and no file's reading raised: their files went in or left. */
    @Bean
    Step forgetSolvedProblems(JobRepository jobRepository, PlatformTransactionManager tm, JdbcTemplate jdbc,
            BriefingProperties properties) {
        InboxProblems problems = new InboxProblems(jdbc, properties.scope());
        return new StepBuilder("forgetSolvedProblems", jobRepository).tasklet((contribution, context) -> {
            var job = context.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
            contribution.incrementWriteCount(problems.forgetNotSeenSince(new Timestamp(job.getLong("inbox.listedAt"))));
            return RepeatStatus.FINISHED;
        }, tm).allowStartIfComplete(true).build();
    }

    private static String jobParameter(org.springframework.batch.core.step.StepExecution step, String name) {
        return step.getJobExecution().getJobParameters().getString(name);
    }

    @Bean
    Step loadReports(JobRepository jobRepository, PlatformTransactionManager tm, JdbcTemplate jdbc, Clock clock,
            BriefingProperties properties, PendingFileReader pendingFileReader, DailyFactWriter dailyFactWriter) {
        return new StepBuilder("loadReports", jobRepository)
            .<FileRead, FileRead>chunk(properties.ingest().chunkFiles())
            .transactionManager(tm)
            .reader(pendingFileReader)
            .writer(dailyFactWriter)
            .listener(new LoadProgress(jdbc, clock))
            .allowStartIfComplete(true)
            .build();
    }

    /** Step-scoped: the units as loadReference left them, and the inbox is the job's parameter. */
    @Bean
    @StepScope
    PendingFileReader pendingFileReader(JdbcTemplate jdbc, Clock clock, BriefingProperties properties,
            ReferenceData reference, @Value("#{jobParameters['inbox']}") String inbox) throws IOException {
        UnitDirectory units = reference.units();
        BriefingProperties.Ingest ingest = properties.ingest();
        var processor = new DistrictReportProcessor(Path.of(inbox).toRealPath(),
                new ReportValidator(units, LocalDate.now(clock)), ingest.maxFileSize().toBytes(),
                new CsvLimits.Limits(ingest.maxRows(), ingest.maxColumns(), ingest.maxLineLength(), ingest.maxCellLength()));
        return new PendingFileReader(jdbc, processor, ingest.threads(), 2 * ingest.chunkFiles());
    }

    @Bean
    @StepScope
    DailyFactWriter dailyFactWriter(JdbcTemplate jdbc, Clock clock, BriefingProperties properties,
            RunningTotals runningTotals, @Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long jobInstanceId) {
        var outliers = new OutlierDetector(new RecentHistory(jdbc, properties.ingest().outlier().windowDays()),
                properties.ingest().outlier());
        return new DailyFactWriter(jdbc, clock, jobInstanceId, outliers, runningTotals, properties.scope(),
                ValidationBasis.current(jdbc, properties.scope()));
    }
}
