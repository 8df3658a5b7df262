package vn.covid.briefing.runs;

/** A subcommand of bin/briefing that needs the application (database, jobs). */
interface Command {

    String name();

    /** @return the exit code, see {@link ExitCode} */
    int run(CommandLine commandLine) throws Exception;
}
