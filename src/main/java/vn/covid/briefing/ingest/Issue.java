package vn.covid.briefing.ingest;

/**
 * A rejection (the row or file was not stored) or a warning (stored, but flagged), with everything a
 * clerk needs to find and fix it: line, column, the value as written, and the reason in plain words.
 *
 * @param line 1-based line in the file, or null for the file as a whole
 */
public record Issue(Integer line, String column, String value, Severity severity, IssueCode code, String message) {

    public enum Severity {
        REJECT, WARN
    }

    static Issue reject(Integer line, String column, String value, IssueCode code, String message) {
        return new Issue(line, column, value, Severity.REJECT, code, message);
    }

    static Issue warn(Integer line, String column, String value, IssueCode code, String message) {
        return new Issue(line, column, value, Severity.WARN, code, message);
    }

    static Issue file(IssueCode code, String message) {
        return new Issue(null, null, null, Severity.REJECT, code, message);
    }
}
