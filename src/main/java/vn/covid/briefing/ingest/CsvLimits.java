package vn.covid.briefing.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a file at the first row that would take a parser too much memory, before Commons CSV holds it:
 * more values than {@code maxColumns}, a value longer than {@code maxCellLength} characters, or a line
 * longer than {@code maxLineLength} (the lines of a quoted value count with their row's, so an unclosed
 * quote cannot swallow a whole file). It follows the rows as Commons CSV splits them: a quote opens a
 * quoted value only as the value's first character, {@code ""} inside one is a quote, and a line break
 * inside one does not end the row.
 */
final class CsvLimits extends FilterReader {

    /** The configured bounds (briefing.ingest.max-*). */
    record Limits(int maxRows, int maxColumns, int maxLineLength, int maxCellLength) {
    }

    private enum State {
        VALUE_START, PLAIN, QUOTED, QUOTE_IN_QUOTED, AFTER_QUOTED
    }

    private final char delimiter;
    private final Limits limits;
    private State state = State.VALUE_START;
    private int values = 1;
    private int rowLength;
    private int cellLength;
    private int line = 1;
    private int rowLine = 1;
    private boolean afterCarriageReturn;

    CsvLimits(Reader in, char delimiter, Limits limits) {
        super(in);
        this.delimiter = delimiter;
        this.limits = limits;
    }

    @Override
    public int read() throws IOException {
        int c = in.read();
        if (c >= 0) {
            scan((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            scan(buffer[offset + i]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("every character is checked; nothing is skipped");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void scan(char c) throws ContentRejected {
        if (c == '\n' && afterCarriageReturn) {
            afterCarriageReturn = false;
            return; // the second half of CR LF: one line break
        }
        afterCarriageReturn = c == '\r';
        boolean lineBreak = c == '\n' || c == '\r';
        if (state == State.VALUE_START && values == 1 && rowLength == 0) {
            if (lineBreak) {
                line++;
                return; // an empty line: no row (the parser skips it too)
            }
            rowLine = line;
        }
        switch (state) {
            case VALUE_START -> {
                if (c == '"') {
                    state = State.QUOTED;
                }
                else {
                    state = State.PLAIN;
                    plain(c, lineBreak);
                }
            }
            case PLAIN -> plain(c, lineBreak);
            case QUOTED -> {
                if (c == '"') {
                    state = State.QUOTE_IN_QUOTED;
                }
                else {
                    character();
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == '"') {
                    state = State.QUOTED; // "" is a quote inside the value
                    character();
                }
                else {
                    state = State.AFTER_QUOTED;
                    afterQuoted(c, lineBreak);
                }
            }
            case AFTER_QUOTED -> afterQuoted(c, lineBreak);
        }
        if (lineBreak) {
            line++;
        }
        if (state != State.VALUE_START || values > 1) {
            rowLength++;
            if (rowLength > limits.maxLineLength()) {
                throw rejected(IssueCode.LINE_TOO_LONG, "the row starting on this line is longer than %d characters "
                        .formatted(limits.maxLineLength()) + "(briefing.ingest.max-line-length; an unclosed quote?)");
            }
        }
    }

    private void plain(char c, boolean lineBreak) throws ContentRejected {
        if (c == delimiter) {
            nextValue();
        }
        else if (lineBreak) {
            endRow();
        }
        else {
            character();
        }
    }

    /** After a quoted value's closing quote: a delimiter, a line break, or something Commons CSV refuses. */
    private void afterQuoted(char c, boolean lineBreak) throws ContentRejected {
        if (c == delimiter) {
            nextValue();
        }
        else if (lineBreak) {
            endRow();
        }
    }

    private void character() throws ContentRejected {
        cellLength++;
        if (cellLength > limits.maxCellLength()) {
            throw rejected(IssueCode.CELL_TOO_LONG, "value %d of the row is longer than %d characters "
                    .formatted(values, limits.maxCellLength()) + "(briefing.ingest.max-cell-length)");
        }
    }

    private void nextValue() throws ContentRejected {
        values++;
        cellLength = 0;
        state = State.VALUE_START;
        if (values > limits.maxColumns()) {
            throw rejected(IssueCode.TOO_MANY_COLUMNS, "the row has more than %d values (briefing.ingest.max-columns)"
                .formatted(limits.maxColumns()));
        }
    }

    private void endRow() {
        values = 1;
        cellLength = 0;
        rowLength = 0;
        state = State.VALUE_START;
    }

    private ContentRejected rejected(IssueCode code, String message) {
        return new ContentRejected(new Issue(rowLine, null, null, Issue.Severity.REJECT, code,
                message + "; no row of the file was stored"));
    }
}
