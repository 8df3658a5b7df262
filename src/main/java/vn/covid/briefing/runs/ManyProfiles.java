package vn.covid.briefing.runs;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.covid.briefing.ingest.SharedRegistration;
import vn.covid.briefing.system.BriefingProperties;

/**
 * One command for several profiles in one process ({@code --profile all}, or a list): the run locks are
 * taken once, then each profile runs in an application of its own, recorded as a run of its own, so a
 * warm process serves them all instead of starting one per province. The first runs alone (it puts
 * right what a dead run left); the others run {@code --parallel} at a time, their ingests one at a time
 * (they share the inbox). Each run's output is printed whole when it ends, then one line per profile.
 */
final class ManyProfiles {

    /** One profile's run: its profile, scope, exit code, and the line its run record got. */
    record Result(String profile, String scope, int exitCode, String summary) {
    }

    /**
     * Applications start and close one at a time: each sets up (and on closing tears down) the one
     * logging system of the process, and two doing it at once wrote every later log line twice.
     */
    private static final Object LOGGING = new Object();

    private final Function<List<String>, ConfigurableApplicationContext> application;
    private final Invocation.WithDatabase invocation;
    private final List<String> springArgs;
    private final String arguments;
    private final RunLocks databaseLock;
    private RoutedOutput output;
    private volatile boolean migrated;

    ManyProfiles(Function<List<String>, ConfigurableApplicationContext> application, Invocation.WithDatabase invocation,
            List<String> springArgs, String arguments, RunLocks databaseLock) {
        this.application = application;
        this.invocation = invocation;
        this.springArgs = springArgs;
        this.arguments = arguments;
        this.databaseLock = databaseLock;
    }

    /**
     * The profiles in the order they run: as given, except that a country's profile (a scope that is not
     * an administrative unit's number, e.g. VN) goes first, alone: its ingest takes up every province's
     * files, and its briefing reads every district, which must not be written beside it. Two profiles of
     * one scope would issue the same editions side by side: refused.
     */
    static List<String> ordered(List<String> profiles, List<String> springArgs) {
        java.util.Map<String, String> byScope = new java.util.LinkedHashMap<>();
        EffectiveSettings firstSettings = null;
        List<String> country = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String profile : profiles) {
            List<String> args = new ArrayList<>(springArgs);
            Launcher.set(args, "briefing.profile", profile);
            EffectiveSettings settings = EffectiveSettings.of(args);
            String scope = settings.properties().scope();
            if (firstSettings == null) {
                firstSettings = settings;
            }
            else if (!java.util.Objects.equals(settings.databaseUrl(), firstSettings.databaseUrl())
                    || !settings.output().equals(firstSettings.output())) {
                // the locks are taken once, for the first profile's database and output folder
                throw new IllegalStateException("profile " + profile + " has a database or output folder of its own; "
                        + "run it on its own");
            }
            String before = byScope.putIfAbsent(scope, profile);
            if (before != null) {
                throw new IllegalStateException("profiles " + before + " and " + profile + " are both of scope " + scope
                        + "; run them one at a time");
            }
            (scope.matches("\\d+") ? rest : country).add(profile);
        }
        country.addAll(rest);
        return country;
    }

    /** Runs every profile; the exit code is the worst of theirs (1, then 3, then 0). */
    int run(List<String> profiles, int parallel) throws Exception {
        List<Result> results = new ArrayList<>();
        try (RoutedOutput routed = RoutedOutput.install(); var registrations = SharedRegistration.keepWhileOpen()) {
            output = routed;
            results.add(one(profiles.getFirst(), true)); // takes PostgreSQL's lock: 75 from here if it is held
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallel, profiles.size() - 1)));
            try {
                List<Future<Result>> running = new ArrayList<>();
                for (String profile : profiles.subList(1, profiles.size())) {
                    running.add(pool.submit(() -> one(profile, false)));
                }
                for (Future<Result> f : running) {
                    results.add(f.get());
                }
            }
            finally {
                pool.shutdown();
                // the locks are released after this returns: never while a profile still runs
                while (!pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                    // a profile's run takes as long as it takes
                }
            }
        }
        print(results, System.out);
        return worst(results);
    }

    private Result one(String profile, boolean first) throws RunLock.Held {
        output.keep();
        Result result;
        try {
            List<String> args = new ArrayList<>(springArgs);
            Launcher.set(args, "briefing.profile", profile);
            if (migrated) {
                // the first profile's application migrated the one database (or found it current) under the lock
                Launcher.set(args, "spring.flyway.enabled", "false");
            }
            ConfigurableApplicationContext context;
            synchronized (LOGGING) {
                context = application.apply(args);
            }
            migrated |= first;
            String scope = context.getBean(BriefingProperties.class).scope();
            Command.Outcome outcome = new Command.Outcome(ExitCode.FAILURE, "failed");
            try {
                databaseLock.takeWith(context);
                outcome = Launcher.recorded(context, invocation, arguments, first ? databaseLock.deadRun() : null);
            }
            finally {
                int exit = outcome.exitCode();
                synchronized (LOGGING) {
                    SpringApplication.exit(context, () -> exit);
                }
            }
            result = new Result(profile, scope, outcome.exitCode(), outcome.summary());
        }
        catch (RunLock.Held e) {
            output.release();
            throw e;
        }
        catch (Exception | Error e) { // an Error too: the others go on, and the locks wait for them
            System.err.println("briefing " + invocation.name() + " --profile " + profile + ": failed: " + Failures.reason(e));
            Failures.log(invocation.name() + " --profile " + profile, e);
            result = new Result(profile, "?", ExitCode.FAILURE, Failures.reason(e));
        }
        String text = output.release();
        synchronized (this) {
            PrintStream out = output.out();
            out.println("== " + profile + (result.scope().equals("?") ? "" : " (scope " + result.scope() + ")") + " ==");
            out.print(text);
            out.println();
            out.flush();
        }
        return result;
    }

    static int worst(List<Result> results) {
        List<Integer> codes = results.stream().map(Result::exitCode).toList();
        if (codes.stream().anyMatch(c -> c != ExitCode.OK && c != ExitCode.REJECTS)) {
            return ExitCode.FAILURE;
        }
        return codes.contains(ExitCode.REJECTS) ? ExitCode.REJECTS : ExitCode.OK;
    }

    static void print(List<Result> results, PrintStream out) {
        out.printf("%d profiles: %d exit 0, %d exit 3, %d failed%n", results.size(),
                results.stream().filter(r -> r.exitCode() == ExitCode.OK).count(),
                results.stream().filter(r -> r.exitCode() == ExitCode.REJECTS).count(),
                results.stream().filter(r -> r.exitCode() != ExitCode.OK && r.exitCode() != ExitCode.REJECTS).count());
        for (Result r : results) {
            String name = java.nio.file.Path.of(r.profile()).getFileName().toString();
            String line = "  %-14s %-4s exit %d  %s".formatted(name, r.scope(), r.exitCode(), r.summary());
            out.println(line.length() > 79 ? line.substring(0, 78) + "…" : line); // an 80-column terminal
        }
    }
}
