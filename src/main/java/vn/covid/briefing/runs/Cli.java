package vn.covid.briefing.runs;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * The commands and options of {@code bin/briefing}, declared for picocli: each command checks its own
 * options and has its own {@code --help}; every line of help fits an 80-column terminal.
 */
@Command(name = "bin/briefing", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        synopsisSubcommandLabel = "<command>",
        description = "The weekly COVID-19 briefing: loads the districts' daily reports, issues the briefings.",
        commandListHeading = "%nCommands:%n",
        subcommands = { Cli.Nightly.class, Cli.Ingest.class, Cli.Report.class, Cli.Rerun.class, Cli.Schedule.class,
                Cli.Status.class, Cli.Indicators.class, SetupCommands.Profile.class, SetupCommands.Sample.class,
                HelpCommand.class },
        footerHeading = "%n", footer = { Cli.SETTINGS, "", Cli.EXIT_CODES,
                "Details of every run: output/logs/briefing.log. `bin/briefing <command> --help` for a command." })
final class Cli {

    static final String SETTINGS = """
            Any setting of application.yml or of a profile's profile.yml can be given
            as --name=value, e.g. --briefing.week.chart-days=28.""";

    static final String EXIT_CODES = """
            Exit codes: 0 success; 3 finished, but rows or files were rejected (see
            rejects.csv); 75 another run holds the lock (nothing done, try later);
            2 bad usage; 1 failure (the reason is printed, details in the log).""";

    private static final int WIDTH = 80;

    private Cli() {
    }

    /**
     * @return the invocation, or empty when help or the version was asked for (and printed)
     * @throws ParameterException a usage error: see {@link #usageError}
     */
    static Optional<Invocation> parse(String... args) {
        CommandLine cli = commandLine();
        ParseResult result = cli.parseArgs(args);
        if (CommandLine.printHelpIfRequested(result)) {
            return Optional.empty();
        }
        if (!result.hasSubcommand()) {
            throw new ParameterException(cli, "no command given");
        }
        ParseResult sub = result.subcommand();
        while (sub.hasSubcommand()) { // profile new
            sub = sub.subcommand();
        }
        if (!(sub.commandSpec().userObject() instanceof Invocation invocation)) {
            throw new ParameterException(sub.commandSpec().commandLine(), "not a command: " + sub.commandSpec().name());
        }
        invocation.validate();
        return Optional.of(invocation);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Cli());
        cli.setUsageHelpWidth(WIDTH);
        cli.setUsageHelpAutoWidth(false);
        cli.setUnmatchedOptionsAllowedAsOptionParameters(false);
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setOut(new PrintWriter(System.out, true));
        cli.setErr(new PrintWriter(System.err, true));
        return cli;
    }

    /** One line for a usage error, with where to look instead of the whole usage text. */
    static String usageError(ParameterException e) {
        String command = e.getCommandLine().getCommandName();
        String where = e.getCommandLine().getParent() == null ? "bin/briefing" : "bin/briefing " + command;
        String message = e.getMessage();
        if (e instanceof CommandLine.UnmatchedArgumentException u && e.getCommandLine().getParent() == null
                && !u.isUnknownOption() && !u.getUnmatched().isEmpty()) {
            message = "unknown command '" + u.getUnmatched().getFirst() + "'"
                    + (u.getSuggestions().isEmpty() ? "" : " (did you mean " + u.getSuggestions().getFirst() + "?)");
        }
        return "briefing" + (where.equals("bin/briefing") ? "" : " " + command) + ": " + lowerFirst(message)
                + "; see " + where + " --help";
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    @Command(name = "nightly", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
            description = { "Ingest what arrived, then issue every briefing that is due: a new week once all its "
                    + "reports are in (or, past its deadline, as provisional), and a new edition of every past week "
                    + "whose data changed. The job for cron." },
            footerHeading = "%n", footer = { SETTINGS, "", EXIT_CODES })
    static final class Nightly extends Invocation.WithDatabase {
        @Override
        Kind kind() {
            return Kind.RUN;
        }
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
            description = { "Load the district reports not yet loaded from the inbox into the database; writes "
                    + "output/runs/<run>/summary.txt, summary.json and rejects.csv." },
            footerHeading = "%n", footer = { SETTINGS, "", EXIT_CODES })
    static final class Ingest extends Invocation.WithDatabase {
        @Override
        Kind kind() {
            return Kind.RUN;
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
            description = { "The briefing of the report week ending on D, written to "
                    + "output/<scope>/<year>/<D>_bao-cao-tuan_ban-<edition>.pdf. Unchanged data: \"up to date\"; changed "
                    + "data: the next edition." },
            footerHeading = "%n", footer = { SETTINGS, "", EXIT_CODES })
    static final class Report extends Invocation.WithDatabase {

        @Option(names = "--date", paramLabel = "D", required = true, converter = DateConverter.class, order = 2,
                description = "the report date, YYYY-MM-DD (e.g. 2021-09-13)")
        LocalDate date;

        @Option(names = "--force", order = 3, description = "render the latest edition again even if nothing "
                + "changed (the same bytes)")
        boolean force;

        @Option(names = "--reissue-wording", order = 4, description = "issue a new edition where only the "
                + "wording (templates/) changed since the last one; without it, wording changes wait for new data")
        boolean reissueWording;

        @Override
        Kind kind() {
            return Kind.RUN;
        }
    }

    @Command(name = "rerun", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
            description = { "The briefings of every report week from D1 to D2, the way `report` makes one." },
            footerHeading = "%n", footer = { SETTINGS, "", EXIT_CODES })
    static final class Rerun extends Invocation.WithDatabase {

        @Option(names = "--from", paramLabel = "D1", required = true, converter = DateConverter.class, order = 1,
                description = "the first report date, YYYY-MM-DD")
        LocalDate from;

        @Option(names = "--to", paramLabel = "D2", required = true, converter = DateConverter.class, order = 2,
                description = "the last report date, YYYY-MM-DD")
        LocalDate to;

        @Option(names = "--force", order = 3, description = "render unchanged weeks again (the same bytes)")
        boolean force;

        @Option(names = "--reissue-wording", order = 4, description = "issue a new edition where only the "
                + "wording (templates/) changed since the last one; without it, wording changes wait for new data")
        boolean reissueWording;

        @Override
        Kind kind() {
            return Kind.RUN;
        }

        @Override
        void validate() {
            super.validate();
            if (from.isAfter(to)) {
                throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
            }
        }
    }

    @Command(name = "schedule", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
            description = { "Stay running and do `nightly` at briefing.schedule.cron (default 23:30), for hosts "
                    + "without cron. Holds no lock between runs; stops cleanly on Ctrl-C or SIGTERM." },
            footerHeading = "%n", footer = { SETTINGS, "", EXIT_CODES })
    static final class Schedule extends Invocation.WithDatabase {
        @Override
        Kind kind() {
            return Kind.SCHEDULE;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
            description = { "What is loaded per district, missing reports, the latest edition of each briefing, "
                    + "and the last runs with their outcome. Works while a run goes on." },
            footerHeading = "%n", footer = { SETTINGS })
    static final class Status extends Invocation.WithDatabase {

        @Option(names = "--all-scopes", order = 2, description = "one line per scope of the database (files "
                + "loaded and waiting, last report day, latest briefing) instead of this scope's view")
        boolean allScopes;

        @Override
        Kind kind() {
            return Kind.READ;
        }
    }

    @Command(name = "indicators", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
            description = { "The report week ending on D as a table on the terminal: every district's figures and "
                    + "the assessment of the time (no PDF). Works while a run goes on." },
            footerHeading = "%n", footer = { SETTINGS })
    static final class Indicators extends Invocation.WithDatabase {

        @Option(names = "--date", paramLabel = "D", required = true, converter = DateConverter.class, order = 3,
                description = "the report date, YYYY-MM-DD (e.g. 2021-09-13)")
        LocalDate date;

        @Override
        Kind kind() {
            return Kind.READ;
        }
    }

    /** YYYY-MM-DD, with a message that shows the form. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            }
            catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date of the form YYYY-MM-DD (e.g. 2021-09-13)");
            }
        }
    }

    /** The version Maven recorded in the jar (META-INF/build-info.properties), and the Java it runs on. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] { "briefing " + version() + " (Java " + Runtime.version() + ")" };
        }

        static String version() {
            Properties build = new Properties();
            try (InputStream in = Cli.class.getResourceAsStream("/META-INF/build-info.properties")) {
                if (in != null) {
                    build.load(in);
                }
            }
            catch (IOException e) {
                // no build information: a build from an IDE
            }
            return build.getProperty("build.version", "(development build)");
        }
    }
}
