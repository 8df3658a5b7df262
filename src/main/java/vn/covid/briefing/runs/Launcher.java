package vn.covid.briefing.runs;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import picocli.CommandLine.ParameterException;
import vn.covid.briefing.sample.ProvinceSeries;
import vn.covid.briefing.sample.SampleGenerator;
import vn.covid.briefing.system.AtomicFiles;
import vn.covid.briefing.system.BriefingProperties;

/**
 * The order of a run: parse the command line (usage errors exit 2 before anything is touched); for a
 * command that writes, take the run locks (75 if another run has one: the database's, whatever the
 * output folder, and the output folder's), start the application, put right what a dead run left, record
 * the run, run the command; a command that reads takes no lock and reads through a run that has an H2
 * database open. Any failure is exit 1 with a one-line reason, its details in the log.
 */
public final class Launcher {

    /** A reader of an H2 file holds it for a second or two: a run waits for it instead of failing. */
    private static final String H2_WAIT = "spring.datasource.hikari.initialization-fail-timeout";
    static final long H2_READER_WAIT_MILLIS = 30_000;

    static {
        // the H2 server a run starts for readers listens on this machine only
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    private Launcher() {
    }

    /** The installation's folder, unless the command line names another (then that one alone). */
    private static void withHome(List<String> springArgs, Path home) {
        if (springArgs.stream().noneMatch(a -> a.startsWith("--briefing.home="))) {
            springArgs.add("--briefing.home=" + home);
        }
    }

    public static int launch(Function<List<String>, ConfigurableApplicationContext> application, String... args) {
        Invocation invocation;
        try {
            Optional<Invocation> parsed = Cli.parse(args);
            if (parsed.isEmpty()) {
                return ExitCode.OK;
            }
            invocation = parsed.get();
        }
        catch (ParameterException e) {
            System.err.println(Cli.usageError(e));
            return ExitCode.USAGE;
        }
        // nothing is logged until Spring has configured the log (logback-spring.xml), as Spring Boot does; after
        // the parsing, so that --help and --version do not wait for the logging system
        LoggingSystem.get(Launcher.class.getClassLoader()).beforeInitialize();
        Path home = Path.of(System.getProperty("briefing.home", ".")).toAbsolutePath().normalize();
        try {
            if (invocation instanceof SetupCommands.ProfileNew profile) {
                return NewProfile.run(profile, home);
            }
            if (invocation instanceof SetupCommands.Sample sample) {
                Path realdata = sample.realdata != null ? sample.realdata : home.resolve("../shared/realdata");
                return sample.province != null
                        ? ProvinceSeries.run(realdata, sample.province, sample.from, sample.to, sample.into, sample.districtRows)
                        : SampleGenerator.run(realdata,
                                SampleGenerator.Target.of(home, sample.input != null ? sample.input : home.resolve("input")));
            }
            Invocation.WithDatabase command = (Invocation.WithDatabase) invocation;
            List<String> springArgs = command.springArguments();
            withHome(springArgs, home);
            warnAboutPasswords(args);
            return switch (command.kind()) {
                case SCHEDULE -> Schedule.run(application, (Cli.Schedule) command, springArgs);
                case READ -> read(application, command, springArgs);
                default -> run(application, command, springArgs, String.join(" ", args), home);
            };
        }
        catch (RunLock.Held e) {
            System.err.println("briefing: another run holds the lock: " + e.holder()
                    + ". This run did nothing; try again when it has finished.");
            return ExitCode.LOCKED;
        }
        catch (Exception e) {
            System.err.println("briefing " + invocation.name() + ": failed: " + Failures.reason(e));
            Failures.log(invocation.name(), e);
            return ExitCode.FAILURE;
        }
    }

    private static int run(Function<List<String>, ConfigurableApplicationContext> application,
            Invocation.WithDatabase invocation, List<String> springArgs, String arguments, Path home) throws Exception {
        List<String> profiles = ProfileList.many(invocation.profile)
                ? ManyProfiles.ordered(ProfileList.expand(invocation.profile, home), springArgs) : List.of();
        List<String> first = new ArrayList<>(springArgs);
        if (!profiles.isEmpty()) {
            set(first, "briefing.profile", profiles.getFirst());
        }
        try (RunLocks lock = RunLocks.take(EffectiveSettings.of(first), RunLock.describe(invocation.name()),
                invocation.name(), profiles.isEmpty())) {
            if (lock.h2Existed()) { // a reader may have the file open for a moment
                set(springArgs, H2_WAIT, "60000");
            }
            if (!profiles.isEmpty()) {
                return new ManyProfiles(application, invocation, springArgs, arguments, lock).run(profiles,
                        invocation.parallel != null ? invocation.parallel : Runtime.getRuntime().availableProcessors());
            }
            ConfigurableApplicationContext context = application.apply(springArgs);
            int code = ExitCode.FAILURE;
            try {
                lock.takeWith(context);
                code = recorded(context, invocation, arguments, lock.deadRun()).exitCode();
            }
            finally {
                int exit = code;
                SpringApplication.exit(context, () -> exit);
            }
            return code;
        }
    }

    /**
     * The command, with the lock held, in the run record; first (unless a run of the same process before it
     * did) what dead runs left is put right.
     */
    static Command.Outcome recorded(ConfigurableApplicationContext context, Invocation.WithDatabase invocation,
            String arguments, DeadRun deadRun) throws Exception {
        Logger log = LoggerFactory.getLogger(Launcher.class);
        CommandRuns runs = context.getBean(CommandRuns.class);
        // a database put back lost the dead run's own record with its work: it is recorded again, to be
        // marked ABANDONED below like any run that died
        if (deadRun != null) {
            deadRun.lockFile().ifPresent(runs::recordDied);
        }
        long id = runs.start(invocation.name(), context.getBean(BriefingProperties.class).scope(),
                CommandRuns.masked(arguments), LocalDateTime.now());
        log.info("Run {} started: bin/briefing {}", id, CommandRuns.masked(arguments));
        if (deadRun != null) {
            context.getBean(DeadRuns.class).putRight(id, deadRun.lockFile().isPresent());
            Path output = context.getBean(BriefingProperties.class).output();
            AtomicFiles.removeLeftovers(output, 3).forEach(f -> log.warn("Removed {}, left half-written by a run that died", f));
        }
        Command.Outcome outcome;
        try {
            outcome = command(context, invocation).run(invocation);
        }
        catch (Exception e) {
            String reason = Failures.reason(e);
            System.err.println("briefing " + invocation.name() + ": failed: " + reason);
            Failures.log(invocation.name(), e);
            outcome = new Command.Outcome(ExitCode.FAILURE, reason);
        }
        try {
            runs.finish(id, outcome.exitCode(), outcome.summary(), LocalDateTime.now());
            log.info("Run {} ended with exit code {}: {}", id, outcome.exitCode(), outcome.summary());
        }
        catch (RuntimeException e) { // the database went away: the next run marks this one ABANDONED
            Failures.log(invocation.name() + " (recording the end of run " + id + ")", e);
        }
        return outcome;
    }

    /**
     * What the run before this one left, for the first application of the run: empty unless it died and
     * its H2 database was put back (then what its lock file said of it). {@code null}: not the first.
     */
    record DeadRun(Optional<Properties> lockFile) {
    }

    /**
     * A command that only reads: no lock, no migration; an H2 database is read through the run that has it
     * open, if one does. {@code status} starts only what it needs ({@link StatusApplication}); the rest
     * read in a transaction that is rolled back, so that nothing they compute on the way (indicators
     * keeps checkpoints) is stored beside a run that is changing the data under it.
     */
    private static int read(Function<List<String>, ConfigurableApplicationContext> application,
            Invocation.WithDatabase invocation, List<String> springArgs) throws Exception {
        if (!(invocation instanceof Cli.Status)) { // status finds its way to the database itself, faster
            RunLockView database = new RunLockView(EffectiveSettings.of(springArgs).databaseUrl());
            Optional<String> missing = database.missingDatabase();
            if (missing.isPresent()) {
                System.out.println("No database yet at " + missing.get() + ": bin/briefing nightly (or ingest) makes it.");
                return ExitCode.OK;
            }
            set(springArgs, "spring.datasource.url", database.readerUrl());
            if (database.isH2()) {
                set(springArgs, H2_WAIT, Long.toString(H2_READER_WAIT_MILLIS));
            }
            set(springArgs, "spring.flyway.enabled", "false");
        }
        ConfigurableApplicationContext context = invocation instanceof Cli.Status ? StatusApplication.start(springArgs)
                : application.apply(springArgs);
        try {
            Command<Invocation.WithDatabase> command = command(context, invocation);
            if (invocation instanceof Cli.Status) {
                return command.run(invocation).exitCode();
            }
            TransactionTemplate readOnly = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            return readOnly.execute(status -> {
                status.setRollbackOnly();
                try {
                    return command.run(invocation).exitCode();
                }
                catch (Exception e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
        }
        catch (Exception e) {
            System.err.println("briefing " + invocation.name() + ": failed: " + Failures.reason(e));
            Failures.log(invocation.name(), e);
            return ExitCode.FAILURE;
        }
        finally {
            context.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static <I extends Invocation> Command<I> command(ApplicationContext context, I invocation) {
        return context.getBeansOfType(Command.class).values().stream()
            .filter(c -> c.invocation().isInstance(invocation))
            .map(c -> (Command<I>) c)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no command " + invocation.name() + " in this application"));
    }

    /** One value per setting: Spring joins repeated command-line settings with commas. */
    static void set(List<String> springArgs, String name, String value) {
        springArgs.removeIf(a -> a.startsWith("--" + name + "="));
        springArgs.add("--" + name + "=" + value);
    }

    private static void warnAboutPasswords(String[] args) {
        for (String arg : args) {
            if (arg.toLowerCase(java.util.Locale.ROOT).contains("password=")) {
                System.err.println("briefing: warning: a password on the command line shows in ps, the crontab and "
                        + "the shell history; give it in briefing.env or ~/.pgpass (README, Running it unattended)");
                return;
            }
        }
    }
}
