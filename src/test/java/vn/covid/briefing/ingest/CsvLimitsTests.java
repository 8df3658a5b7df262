package vn.covid.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The bounds that keep one file's memory small, found the way Commons CSV splits the rows. */
class CsvLimitsTests {

    private static final CsvLimits.Limits SMALL = new CsvLimits.Limits(100, 4, 40, 10);

    private static String through(String text) throws IOException {
        StringWriter out = new StringWriter();
        try (Reader in = new CsvLimits(new StringReader(text), ',', SMALL)) {
            char[] buffer = new char[3]; // small reads, so that rows straddle them
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
            }
        }
        return out.toString();
    }

    private static Issue stopped(String text) {
        try {
            through(text);
        }
        catch (ContentRejected e) {
            return e.issue();
        }
        catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the text went through");
    }

    @Nested
    class WithinTheLimits {

        @Test
        void theTextGoesThroughUnchanged() throws IOException {
            String text = "a,b,c,d\r\n1,2,3,4\n\n\n\"x,y,z,w,v\",2\n";
            assertThat(through(text)).isEqualTo(text);
        }

        @Test
        void aQuoteInsideAPlainValueIsACharacterAsForCommonsCsv() throws IOException {
            assertThat(through("5\" màn,b\n1,2\n1,2\n1,2\n1,2\n")).startsWith("5\"");
        }

        @Test
        void aDoubledQuoteStaysInsideTheValue() throws IOException {
            assertThat(through("\"a\"\"b,c,d\",2\n")).contains("a\"\"b,c");
        }
    }

    @Nested
    class PastALimit {

        @Test
        void tooManyValuesInARow() {
            Issue issue = stopped("a,b\n1,2\n1,2,3,4,5\n");
            assertThat(issue.code()).isEqualTo(IssueCode.TOO_MANY_COLUMNS);
            assertThat(issue.line()).isEqualTo(3);
            assertThat(issue.message()).contains("more than 4 values", "briefing.ingest.max-columns");
        }

        @Test
        void aValueTooLong() {
            Issue issue = stopped("a,b\n\n1,abcdefghijk\n");
            assertThat(issue.code()).isEqualTo(IssueCode.CELL_TOO_LONG);
            assertThat(issue.line()).isEqualTo(3);
            assertThat(issue.message()).contains("value 2", "10 characters");
        }

        @Test
        void aLineTooLong() {
            Issue issue = stopped("a\n" + "1234567,".repeat(3) + "1".repeat(30) + "\n");
            assertThat(issue.code()).isEqualTo(IssueCode.CELL_TOO_LONG);
            Issue line = stopped("a\n" + "1234567890,".repeat(3) + "1234567890\n");
            assertThat(line.code()).isEqualTo(IssueCode.LINE_TOO_LONG);
            assertThat(line.line()).isEqualTo(2);
        }

        @Test
        void anUnclosedQuoteCannotSwallowTheFileTheRowsLinesCountAsOne() {
            Issue issue = stopped("a,b\n1,\"x\n" + "2,3\n".repeat(20));
            assertThat(issue.code()).isIn(IssueCode.LINE_TOO_LONG, IssueCode.CELL_TOO_LONG);
            assertThat(issue.line()).as("the line the row starts on").isEqualTo(2);
        }

        @Test
        void delimitersInsideQuotesAreNoValues() throws IOException {
            assertThat(through("\"1,2,3,4,5\",b\n")).isNotEmpty();
            assertThat(stopped("1,2,3,\"4\",5\n").code()).isEqualTo(IssueCode.TOO_MANY_COLUMNS);
        }
    }
}
