package vn.covid.briefing.runs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * One {@code bin/briefing <command> [options]}, as picocli parsed it (the subclasses in {@link Cli} declare
 * each command's own options), before Spring starts: usage errors and {@code --help} never touch the
 * database. Options become Spring settings; {@code --name=value} passes any setting through.
 */
abstract class Invocation {

    /** What a command needs around it: see {@link Launcher}. */
    enum Kind {
        /** writes (database, outputs): takes the run lock, is recorded in command_run */
        RUN,
        /** reads only: never takes the lock, works while a run goes on, never writes */
        READ,
        /** stays running and starts a RUN on a cron */
        SCHEDULE,
        /** no database at all */
        OFFLINE
    }

    /** {@code --briefing.scope=VN}: a dotted name, then '='. */
    private static final Pattern SETTING = Pattern.compile("--[A-Za-z][\\w-]*(\\.[\\w\\[\\]-]+)+=.*");

    @Spec
    CommandSpec spec;

    @Unmatched
    List<String> unmatched = new ArrayList<>();

    abstract Kind kind();

    String name() {
        return spec.name();
    }

    /** The {@code --name=value} settings; anything else picocli did not recognise is a usage error. */
    List<String> settings() {
        for (String arg : unmatched) {
            if (!SETTING.matcher(arg).matches()) {
                throw new ParameterException(spec.commandLine(), arg.startsWith("-") ? "unknown option '" + arg + "'"
                        : "unexpected argument '" + arg + "'");
            }
        }
        return unmatched;
    }

    /** Checks across options that picocli cannot express (e.g. a range's order). */
    void validate() {
        settings();
    }

    /** The Spring settings this command line makes, besides {@code briefing.home}. */
    List<String> springArguments() {
        return new ArrayList<>(settings());
    }

    /** A command that uses the database and the output folder: the three options every such command has. */
    abstract static class WithDatabase extends Invocation {

        @Option(names = "--profile", paramLabel = "ID|DIR", order = 9, description = "the province: a folder under "
                + "profiles/ (default: dong-thap, or BRIEFING_PROFILE) or a path to one; several with commas, or "
                + "all (one process for them all; see --parallel)")
        String profile;

        @Option(names = "--parallel", paramLabel = "N", order = 13, description = "with several profiles: how many "
                + "run at once (default: the number of cores)")
        Integer parallel;

        @Option(names = "--input", paramLabel = "DIR", order = 10, description = "the inbox of district reports "
                + "(default: input/ of the project)")
        Path input;

        @Option(names = "--db", paramLabel = "URL|DIR", order = 11, description = "a JDBC URL (jdbc:postgresql://host/db?user=u, "
                + "no password: see README) or a folder for the embedded H2 database (default: data/)")
        String db;

        @Option(names = "--output", paramLabel = "DIR", order = 12, description = "where run folders, logs and briefings go "
                + "(default: output/ of the project)")
        Path output;

        @Override
        void validate() {
            super.validate();
            if (parallel != null && parallel < 1) {
                throw new ParameterException(spec.commandLine(), "--parallel " + parallel + ": at least 1");
            }
            if (ProfileList.many(profile) && kind() == Kind.READ) {
                throw new ParameterException(spec.commandLine(), "--profile " + profile + ": " + name()
                        + " reads one profile at a time (status --all-scopes shows every scope)");
            }
        }

        @Override
        List<String> springArguments() {
            List<String> args = super.springArguments();
            if (profile != null && !ProfileList.many(profile)) { // several: the launcher sets one per run
                args.add("--briefing.profile=" + profileSetting(profile));
            }
            if (input != null) {
                args.add("--briefing.input=" + input.toAbsolutePath());
            }
            if (output != null) {
                args.add("--briefing.output=" + output.toAbsolutePath());
            }
            if (db != null) {
                args.add("--spring.datasource.url=" + jdbcUrl(db));
            }
            return args;
        }

        /** The options again, for the nightly runs `schedule` starts. */
        List<String> databaseOptions() {
            List<String> args = new ArrayList<>();
            if (profile != null) {
                args.addAll(List.of("--profile", profile));
            }
            if (input != null) {
                args.addAll(List.of("--input", input.toString()));
            }
            if (db != null) {
                args.addAll(List.of("--db", db));
            }
            if (output != null) {
                args.addAll(List.of("--output", output.toString()));
            }
            if (parallel != null) {
                args.addAll(List.of("--parallel", parallel.toString()));
            }
            args.addAll(settings());
            return args;
        }
    }

    /** A profile's name as given; a path made absolute, as the working directory sees it. */
    static String profileSetting(String profile) {
        Path p = Path.of(profile);
        return p.getNameCount() > 1 || p.isAbsolute() ? p.toAbsolutePath().normalize().toString() : profile;
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
}
