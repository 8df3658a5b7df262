package vn.covid.briefing.runs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code bin/briefing <command> [options]}, parsed before Spring starts so that usage errors and
 * {@code --help} never touch the database. Options become Spring properties.
 */
public record CommandLine(String command, Map<String, String> options, boolean help, List<String> springArgs) {

    public static final Set<String> COMMANDS = Set.of("ingest", "status", "sample", "indicators", "report", "nightly", "rerun", "schedule");

    private static final Set<String> NEEDS_DATE = Set.of("indicators", "report");

    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("--input", "--db", "--output", "--realdata", "--date", "--from", "--to");

    public static CommandLine parse(String... args) throws UsageException {
        String command = null;
        boolean help = false;
        Map<String, String> options = new LinkedHashMap<>();
        List<String> spring = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h") || arg.equals("help")) {
                help = true;
            }
            else if (arg.equals("--force")) {
                options.put("force", "true");
            }
            else if (arg.equals("--reissue-wording")) {
                options.put("reissue-wording", "true");
            }
            else if (OPTIONS_WITH_VALUE.contains(arg)) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException(arg + " needs a value");
                }
                options.put(arg.substring(2), args[++i]);
            }
            else if (arg.contains("=") && OPTIONS_WITH_VALUE.contains(arg.substring(0, arg.indexOf('=')))) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
            else if (arg.startsWith("--") && arg.contains("=") && arg.substring(0, arg.indexOf('=')).contains(".")) {
                spring.add(arg); // any setting of application.yml, e.g. --briefing.scope=VN
            }
            else if (arg.startsWith("-")) {
                throw new UsageException("unknown option " + arg);
            }
            else if (command == null) {
                if (!COMMANDS.contains(arg)) {
                    throw new UsageException("unknown command '" + arg + "'");
                }
                command = arg;
            }
            else {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
        }
        if (command == null && !help) {
            throw new UsageException("no command given");
        }
        CommandLine parsed = new CommandLine(command, options, help, spring);
        if (!help && NEEDS_DATE.contains(command)) {
            parsed.date(); // a usage error before anything starts
        }
        if (!help && "rerun".equals(command) && parsed.from().isAfter(parsed.to())) {
            throw new UsageException("--from " + parsed.from() + " is after --to " + parsed.to());
        }
        return parsed;
    }

    /** The --date option, required by the commands that work on one report week. */
    public java.time.LocalDate date() throws UsageException {
        String value = options.get("date");
        if (value == null) {
            throw new UsageException(command + " needs --date YYYY-MM-DD (the report date, e.g. 2021-09-13)");
        }
        try {
            return java.time.LocalDate.parse(value);
        }
        catch (java.time.format.DateTimeParseException e) {
            throw new UsageException("--date " + value + " is not a date of the form YYYY-MM-DD (e.g. 2021-09-13)");
        }
    }

    public java.time.LocalDate from() throws UsageException {
        return dateOption("from");
    }

    public java.time.LocalDate to() throws UsageException {
        return dateOption("to");
    }

    private java.time.LocalDate dateOption(String name) throws UsageException {
        String value = options.get(name);
        if (value == null) {
            throw new UsageException(command + " needs --" + name + " YYYY-MM-DD");
        }
        try {
            return java.time.LocalDate.parse(value);
        }
        catch (java.time.format.DateTimeParseException e) {
            throw new UsageException("--" + name + " " + value + " is not a date of the form YYYY-MM-DD");
        }
    }

    public boolean force() {
        return options.containsKey("force");
    }

    /** Issue new editions of weeks whose wording alone changed (otherwise past weeks keep theirs). */
    public boolean reissueWording() {
        return options.containsKey("reissue-wording");
    }

    /** The folder for run folders and briefings; needed before Spring starts, for the run lock. */
    public Path output(Path home) {
        return options.containsKey("output") ? Path.of(options.get("output")) : home.resolve("output");
    }

    public String[] springArguments() {
        List<String> args = new ArrayList<>(springArgs);
        if (options.containsKey("input")) {
            args.add("--briefing.input=" + Path.of(options.get("input")).toAbsolutePath());
        }
        if (options.containsKey("output")) {
            args.add("--briefing.output=" + Path.of(options.get("output")).toAbsolutePath());
        }
        if (options.containsKey("db")) {
            args.add("--spring.datasource.url=" + jdbcUrl(options.get("db")));
        }
        return args.toArray(String[]::new);
    }

    /** A JDBC URL as given; anything else is a folder for the embedded H2 database. */
    static String jdbcUrl(String db) {
        if (db.startsWith("jdbc:postgresql:") && !db.contains("reWriteBatchedInserts")) {
            // one multi-row INSERT per batch instead of one statement per row: the ingest's write speed
            return db + (db.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        }
        if (db.startsWith("jdbc:")) {
            return db;
        }
        return "jdbc:h2:file:" + Path.of(db).toAbsolutePath().resolve("briefing") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    public static String usage() {
        return """
                Usage: bin/briefing <command> [options]

                Commands:
                  nightly   ingest, then issue every briefing that is due: a new week once all its reports
                            are in (or, past its deadline, as provisional), and a new edition of every
                            past week whose data changed; the job for cron
                  ingest    load the district reports not yet loaded from the inbox into the database;
                            writes output/runs/<run>/summary.txt, summary.json and rejects.csv
                  rerun --from D1 --to D2 [--force]
                            the briefings of every report week in the range (new editions where the data
                            changed; --force renders unchanged ones again)
                  schedule  stay running and do `nightly` at briefing.schedule.cron (hosts without cron);
                            stops cleanly on Ctrl-C / SIGTERM
                  report --date D [--force]
                            the briefing of the report week ending on D, written to
                            output/<year>/<D>_bao-cao-tuan_ban-<edition>.pdf; unchanged data: "up to date";
                            changed data: the next edition; --force renders the same edition again
                  status    what is loaded per district, missing reports, the latest edition of each
                            briefing, and the last runs
                  indicators --date D
                            the report week ending on D (YYYY-MM-DD): every district's figures and the
                            assessment of the time, as a table on the terminal
                  sample    rebuild the sample input from the real data in ../shared/realdata (developers)

                Options (every command):
                  --input DIR      the inbox: district reports, and reference/ with units and figures
                                   (default: input/ of the project)
                  --db URL|DIR     a JDBC URL selects that database, e.g.
                                   jdbc:postgresql://localhost:5432/briefing?user=briefing&password=...;
                                   a folder holds the embedded H2 database (default: data/ of the project)
                  --output DIR     where run folders and briefings are written (default: output/ of the project)
                  --date D         (report, indicators) the report date, YYYY-MM-DD
                  --from D, --to D (rerun) the first and last report date of the range
                  --force          (report, rerun) render the same edition again even if nothing changed
                  --realdata DIR   (sample only) the real data folder (default: ../shared/realdata)
                  --name=value     any setting of application.yml, e.g. --briefing.scope=VN
                  --help           this text

                Exit codes: 0 success; 3 finished, but some rows or files were rejected (see rejects.csv);
                75 another run holds the lock (try later); 2 bad usage; 1 failure (the reason is printed).
                """;
    }
}
