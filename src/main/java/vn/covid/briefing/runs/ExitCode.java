package vn.covid.briefing.runs;

/** The exit codes of every subcommand, as cron and the README see them. */
public final class ExitCode {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int REJECTS = 3;
    /** EX_TEMPFAIL from sysexits.h: try again later. */
    public static final int LOCKED = 75;

    private ExitCode() {
    }
}
