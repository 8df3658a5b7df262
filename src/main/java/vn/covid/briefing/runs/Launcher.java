package vn.covid.briefing.runs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import vn.covid.briefing.sample.SampleGenerator;

/**
 * The order of a run: parse the command line (usage errors exit 2 before anything is touched), take the
 * run lock (75 if another run has it), start the application, run the command, and turn any failure into
 * exit 1 with a one-line reason.
 */
public final class Launcher {

    private Launcher() {
    }

    /** The installation's folder, unless the command line names another (then that one alone). */
    private static void withHome(List<String> springArgs, Path home) {
        if (springArgs.stream().noneMatch(a -> a.startsWith("--briefing.home="))) {
            springArgs.add("--briefing.home=" + home);
        }
    }

    public static int launch(Function<List<String>, ConfigurableApplicationContext> application, String... args) {
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(args);
        }
        catch (UsageException e) {
            System.err.println("briefing: " + e.getMessage());
            System.err.print(CommandLine.usage());
            return ExitCode.USAGE;
        }
        if (commandLine.help()) {
            System.out.print(CommandLine.usage());
            return ExitCode.OK;
        }
        Path home = Path.of(System.getProperty("briefing.home", ".")).toAbsolutePath().normalize();
        try {
            if (commandLine.command().equals("sample")) {
                return SampleGenerator.run(commandLine, home);
            }
            if (commandLine.command().equals("schedule")) {
                List<String> springArgs = new ArrayList<>(List.of(commandLine.springArguments()));
                withHome(springArgs, home);
                return Schedule.run(application, commandLine, springArgs); // takes the lock per run, not for itself
            }
            StringBuilder holder = new StringBuilder();
            Optional<RunLock> lock = RunLock.tryAcquire(commandLine.output(home), commandLine.command(), holder);
            if (lock.isEmpty()) {
                System.err.println("briefing: another run holds the lock: " + holder
                        + ". This run did nothing; try again when it has finished.");
                return ExitCode.LOCKED;
            }
            try (RunLock held = lock.get()) {
                List<String> springArgs = new ArrayList<>(List.of(commandLine.springArguments()));
                withHome(springArgs, home);
                ConfigurableApplicationContext context = application.apply(springArgs);
                int code;
                try {
                    code = context.getBeansOfType(Command.class).values().stream()
                        .filter(c -> c.name().equals(commandLine.command()))
                        .findFirst().orElseThrow()
                        .run(commandLine);
                }
                catch (Exception e) {
                    System.err.println("briefing " + commandLine.command() + ": failed: " + Failures.reason(e));
                    code = ExitCode.FAILURE;
                }
                int exit = code;
                return SpringApplication.exit(context, () -> exit);
            }
        }
        catch (Exception e) {
            System.err.println("briefing " + commandLine.command() + ": failed: " + Failures.reason(e));
            return ExitCode.FAILURE;
        }
    }
}
