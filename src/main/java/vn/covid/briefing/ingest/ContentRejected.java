package vn.covid.briefing.ingest;

import java.io.IOException;

/**
 * Reading a file's text stopped because its content rules it out (binary, not UTF-8, a row too long...):
 * an I/O exception so that it can travel through readers and Commons CSV to the parser, which turns it
 * into the file's rejection.
 */
final class ContentRejected extends IOException {

    private final transient Issue issue;

    ContentRejected(Issue issue) {
        super(issue.code() + ": " + issue.message());
        this.issue = issue;
    }

    Issue issue() {
        return issue;
    }
}
