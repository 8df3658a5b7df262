package vn.covid.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

/** The structure of a file, read as a stream: line numbers as an editor shows them, and the row limit. */
class ReportParserTests {

    private static final String HEADER = "report_date,unit_code,cases_arrival,cases_quarantine,cases_lockdown,cases_community,deaths\n";

    private static ReportParser.Result parse(String text, int maxRows) throws IOException {
        return parse(new StringReader(text), maxRows);
    }

    private static ReportParser.Result parse(Reader text, int maxRows) throws IOException {
        return ReportParser.parse(text, new CsvLimits.Limits(maxRows, 100, 10_000, 1_000));
    }

    @Test
    void rowsCarryThePhysicalLineTheyStartOnPastBlankLinesAndQuotedLineBreaks() throws IOException {
        var rows = (ReportParser.Rows) parse("\n\n" + HEADER + "\n2021-09-13,29869,0,0,0,1,0\n"
                + "2021-09-13,\"29\n863\",0,0,0,1,0\r\n\r\n2021-09-13,29866,0,0,0,1,0", 10);

        assertThat(rows.rows()).extracting(ReportParser.Row::line).containsExactly(5, 6, 9);
    }

    @Test
    void moreRowsThanTheLimitRejectTheFileAtTheFirstRowTooMany() throws IOException {
        Reader endless = new Reader() {
            private final String row = "2021-09-13,29869,0,0,0,1,0\n";
            private long served;

            @Override
            public int read(char[] buffer, int offset, int length) {
                String source = served == 0 ? HEADER : row;
                int n = Math.min(length, source.length());
                source.getChars(0, n, buffer, offset);
                served++;
                if (served > 1_000_000) {
                    throw new AssertionError("the parser read far past the limit");
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
        var result = ReportParser.parse(endless, new CsvLimits.Limits(50, 100, 10_000, 1_000));

        assertThat(result).isInstanceOfSatisfying(ReportParser.Broken.class, b -> {
            assertThat(b.issue().code()).isEqualTo(IssueCode.TOO_MANY_ROWS);
            assertThat(b.issue().line()).isEqualTo(52);
        });
    }

    @Test
    void onlyBlankLinesAndDelimitersAreAnEmptyFile() throws IOException {
        assertThat(parse("\n  \n,,\n\t\n", 10)).isEqualTo(new ReportParser.Broken(Issue.file(IssueCode.FILE_EMPTY,
                "the file is empty")));
    }

    /** A reader that hands out at most {@code step} characters a read, as a slow disk or a decoder may. */
    private static Reader trickle(String text, int step) {
        return new Reader() {
            private int at;

            @Override
            public int read(char[] buffer, int offset, int length) {
                if (at == text.length()) {
                    return -1;
                }
                int n = Math.min(Math.min(length, step), text.length() - at);
                text.getChars(at, at + n, buffer, offset);
                at += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void theDelimiterIsFoundInTheHeaderHoweverItsCharactersArriveAndWhateverEndsIt() throws IOException {
        String semicolons = HEADER.replace(',', ';').replace("\n", "\r") + "2021-09-13;29869;0;0;0;1;0\r";
        for (int step : new int[] { 1, 3, 8192 }) {
            var rows = (ReportParser.Rows) parse(trickle(semicolons, step), 10);
            assertThat(rows.rows()).singleElement().satisfies(r -> {
                assertThat(r.code()).isEqualTo("29869");
                assertThat(r.dateText()).isEqualTo("2021-09-13");
            });
        }
        // a header that is the whole file, with no line break: read to its end, and no data rows
        assertThat(parse(trickle(HEADER.strip().replace(',', '\t'), 2), 10))
            .isEqualTo(new ReportParser.Broken(Issue.file(IssueCode.NO_DATA_ROWS, "the file has a header but no data rows")));
    }
}
