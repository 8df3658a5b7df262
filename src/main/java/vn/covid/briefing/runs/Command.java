package vn.covid.briefing.runs;

/**
 * A subcommand of bin/briefing that needs the application (database, jobs), for the {@link Invocation}
 * type it runs.
 */
interface Command<I extends Invocation> {

    /** How a command ended: the exit code ({@link ExitCode}) and one line for the run record. */
    record Outcome(int exitCode, String summary) {
    }

    Class<I> invocation();

    Outcome run(I invocation) throws Exception;
}
