package vn.covid.briefing.runs;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.support.CronExpression;

import vn.covid.briefing.system.BriefingProperties;

/**
 * {@code bin/briefing schedule}: a cron for hosts without one. Between ticks nothing is open (no
 * application, no database connection, no lock); at each tick it runs {@code nightly} exactly as cron
 * would, through {@link Launcher} (lock, exit code, run folder). SIGTERM or Ctrl-C stop it cleanly: while
 * waiting at once, during a run once that run has finished.
 */
final class Schedule {

    private static final Logger log = LoggerFactory.getLogger(Schedule.class);
    private static final long STOP_GRACE_MINUTES = 30;

    private Schedule() {
    }

    static int run(Function<List<String>, ConfigurableApplicationContext> application, Cli.Schedule invocation,
            List<String> springArgs) {
        BriefingProperties properties = EffectiveSettings.of(springArgs).properties();
        String cronSetting = properties.schedule() == null ? null : properties.schedule().cron();
        java.time.ZoneId zone = properties.zone();
        CronExpression cron;
        try {
            cron = CronExpression.parse(cronSetting);
        }
        catch (IllegalArgumentException | NullPointerException e) {
            System.err.println("briefing schedule: the setting briefing.schedule.cron (\"" + cronSetting
                    + "\") is not a cron expression (six fields: second minute hour day month weekday, e.g. \"0 30 23 * * *\")");
            return ExitCode.USAGE;
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean waiting = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread loop = Thread.currentThread();
        Thread hook = new Thread(() -> {
            stop.set(true);
            if (waiting.get()) {
                loop.interrupt();
            }
            try {
                finished.await(STOP_GRACE_MINUTES, TimeUnit.MINUTES);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "schedule-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            List<String> nightly = new ArrayList<>(List.of("nightly"));
            nightly.addAll(invocation.databaseOptions());
            while (!stop.get()) {
                ZonedDateTime now = ZonedDateTime.now(zone);
                ZonedDateTime next = cron.next(now);
                System.out.printf("Schedule: next nightly run at %s (briefing.schedule.cron \"%s\"); stop with Ctrl-C%n",
                        next.toLocalDateTime(), cronSetting);
                waiting.set(true);
                try {
                    Thread.sleep(Math.max(0, java.time.Duration.between(now, next).toMillis()));
                }
                catch (InterruptedException e) {
                    break;
                }
                finally {
                    waiting.set(false);
                }
                if (stop.get()) {
                    break;
                }
                int code = Launcher.launch(application, nightly.toArray(String[]::new));
                System.out.printf("Schedule: nightly run finished with exit code %d%n", code);
                log.info("schedule: nightly run finished with exit code {}", code);
            }
            System.out.println("Schedule stopped.");
            log.info("schedule stopped");
            return ExitCode.OK;
        }
        finally {
            finished.countDown();
        }
    }
}
