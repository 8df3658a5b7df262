package vn.covid.briefing.runs;

/** The command line is wrong: exit 2 with this message and the usage text. */
public class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }
}
