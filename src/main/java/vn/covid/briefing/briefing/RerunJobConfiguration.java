package vn.covid.briefing.briefing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import vn.covid.briefing.indicators.WeeklyIndicators;

/**
 * The job "briefings": the report weeks of a range (rerun; a nightly with several due) partitioned over the cores with Spring Batch partitioning,
 * one partition per week, {@code briefing.rerun.threads} of them at a time (a task executor); each
 * partition runs the week's briefing job exactly as {@code report} does ({@link BriefingRunner}), so
 * editions, "up to date" and restarts are the same. Its first step computes the range's last week, so
 * that the month-end checkpoints every week reads are built once, committed, before the weeks run side
 * by side (two weeks building the same checkpoint at once would collide).
 */
@Configuration(proxyBeanMethods = false)
class RerunJobConfiguration {

    static final String JOB_NAME = "briefings";
    static final String WEEK_STEP = "rerunWeek";

    /** The rerun job for a list of report dates, with what to call as each week ends (from its thread). */
    interface RerunJobs {
        Job forWeeks(List<LocalDate> dates, Consumer<Briefings.Outcome> done);
    }

    @Bean
    RerunJobs rerunJobs(JobRepository jobRepository, PlatformTransactionManager tm, BriefingRunner runner,
            WeeklyIndicators indicators, ObjectProvider<JobExecutionListener> listeners,
            @Value("${briefing.rerun.threads:0}") int threads,
            @Value("${spring.datasource.hikari.maximum-pool-size:10}") int connections) {
        // a week holds up to three connections at once (its briefing's transaction, a snapshot stored
        // in a transaction of its own, the job repository's): no more weeks at once than the pool serves
        int parallel = Math.max(1, Math.min(threads > 0 ? threads : Runtime.getRuntime().availableProcessors(),
                connections / 3));
        return (dates, done) -> {
            Step checkpoints = new StepBuilder("buildCheckpoints", jobRepository).tasklet((contribution, context) -> {
                indicators.compute(dates.getLast());
                return RepeatStatus.FINISHED;
            }, tm).build();
            // a step of its own kind, not a tasklet: the briefing job it starts has its own transactions, and
            // Spring Batch refuses to start a job inside one
            AbstractStep week = new AbstractStep(jobRepository) {
                @Override
                protected void doExecute(StepExecution step) throws Exception {
                    var parameters = step.getJobParameters();
                    Briefings.Outcome outcome = runner.run(LocalDate.parse(step.getExecutionContext().getString("reportDate")),
                            Boolean.parseBoolean(parameters.getString("force")),
                            Boolean.parseBoolean(parameters.getString("reissueWording")));
                    BriefingRunner.store(outcome, step.getExecutionContext());
                    done.accept(outcome);
                }
            };
            week.setName(WEEK_STEP);
            SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("rerun-");
            executor.setConcurrencyLimit(parallel);
            Step weeks = new StepBuilder("rerunWeeks", jobRepository).partitioner(WEEK_STEP, gridSize -> {
                Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
                for (LocalDate date : dates) {
                    ExecutionContext context = new ExecutionContext();
                    context.putString("reportDate", date.toString());
                    partitions.put("week-" + date, context);
                }
                return partitions;
            }).step(week).gridSize(dates.size()).taskExecutor(executor).build();
            JobBuilder job = new JobBuilder(JOB_NAME, jobRepository);
            listeners.orderedStream().forEach(job::listener);
            return job.start(checkpoints).next(weeks).build();
        };
    }
}
