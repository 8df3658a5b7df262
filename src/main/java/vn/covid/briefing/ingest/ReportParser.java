package vn.covid.briefing.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.covid.briefing.reference.Names;

/**
 * The structure of a district file: its text, its header (any order, Vietnamese or English names) and
 * its cells. Says nothing yet about whether a unit or a date is right; that is {@link ReportValidator}'s.
 */
final class ReportParser {

    /** A data row as read: cells parsed, problems with single cells already listed. */
    record Row(int line, String code, String name, String dateText, LocalDate date, Long[] values, boolean totals,
            List<Issue> cellIssues) {
    }

    /** A file whose structure is sound: its rows and the warnings about its header. */
    record Rows(Map<Column, Integer> columns, List<Row> rows, List<Issue> headerWarnings) implements Result {
    }

    sealed interface Result permits Rows, Broken {
    }

    record Broken(Issue issue) implements Result {
    }

    /**
     * Characters looked at for the header's delimiter; a longer header is judged by its start. No more than
     * BufferedReader's own buffer: a larger mark would allocate a buffer that large for every file.
     */
    private static final int PEEK = 8 * 1024;

    private static final List<String> TOTALS_WORDS = List.of("tong cong", "tong", "cong", "total", "tong so",
            "toan huyen", "tong toan huyen");

    private ReportParser() {
    }

    /**
     * Reads a file's text as it streams in, stopping at the first limit crossed (see {@link CsvLimits}).
     *
     * @throws IOException when the bytes cannot be read now (not a problem of the content)
     */
    static Result parse(Reader text, CsvLimits.Limits limits) throws IOException {
        BufferedReader buffered = new BufferedReader(text, PEEK);
        int line = 0;
        try {
            char delimiter = ReportText.detectDelimiter(firstLine(buffered));
            CSVFormat format = FORMATS.get(delimiter);
            // not closed here: the caller reads the rest of the bytes for their checksum, then closes them
            CSVParser parser = CSVParser.parse(new CsvLimits(buffered, delimiter, limits), format);
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord header = null;
            while (header == null && records.hasNext()) {
                CSVRecord record = records.next();
                line = startLine(parser, record);
                header = allBlank(record) ? null : record;
            }
            if (header == null) {
                return new Broken(Issue.file(IssueCode.FILE_EMPTY, "the file is empty"));
            }
            Result mapped = mapHeader(header, line);
            if (mapped instanceof Broken) {
                return mapped;
            }
            Rows rows = (Rows) mapped;
            boolean[] labels = labelColumns(header.size(), rows.columns());
            while (records.hasNext()) {
                CSVRecord record = records.next();
                line = startLine(parser, record);
                Row row = readRow(record, line, header.size(), rows.columns(), labels);
                if (row == null) {
                    continue;
                }
                if (rows.rows().size() == limits.maxRows()) {
                    return new Broken(new Issue(line, null, null, Issue.Severity.REJECT, IssueCode.TOO_MANY_ROWS,
                            "the file has more than %d rows (briefing.ingest.max-rows), far more than a district's "
                                .formatted(limits.maxRows()) + "communes; no row of the file was stored"));
                }
                rows.rows().add(row);
            }
            if (rows.rows().isEmpty()) {
                return new Broken(Issue.file(IssueCode.NO_DATA_ROWS, "the file has a header but no data rows"));
            }
            return rows;
        }
        catch (ContentRejected e) {
            return new Broken(e.issue());
        }
        catch (UncheckedIOException e) {
            if (e.getCause() instanceof ContentRejected rejected) {
                return new Broken(rejected.issue());
            }
            if (e.getCause() instanceof CSVException) {
                // the broken record starts after the last good one; Commons CSV reports where it gave up
                return new Broken(new Issue(line + 1, null, null, Issue.Severity.REJECT, IssueCode.MALFORMED_CSV,
                        "the CSV structure breaks in the row starting here: a quote \" is opened and never closed ("
                                + rootMessage(e) + "); no row of the file was stored"));
            }
            throw e.getCause();
        }
    }

    /** The format of each delimiter a header can have (immutable, so made once, not for every file). */
    private static final Map<Character, CSVFormat> FORMATS = ReportText.DELIMITERS.stream().collect(Collectors.toMap(
            d -> d, d -> CSVFormat.DEFAULT.builder().setDelimiter(d).setIgnoreEmptyLines(true).setTrim(true).get()));

    /** The header line, for the delimiter; the reader is left where it was. */
    private static String firstLine(BufferedReader in) throws IOException {
        in.mark(PEEK);
        // read in blocks, not a character at a time: each read of a BufferedReader takes its lock
        char[] peek = new char[PEEK - 1];
        int length = 0;
        int end = -1;
        while (end < 0 && length < peek.length) {
            int n = in.read(peek, length, peek.length - length);
            if (n < 0) {
                break;
            }
            for (int i = length; i < length + n && end < 0; i++) {
                if (peek[i] == '\n' || peek[i] == '\r') {
                    end = i;
                }
            }
            length += n;
        }
        in.reset();
        return new String(peek, 0, end < 0 ? length : end);
    }

    /**
     * The physical line a record starts on (what a text editor shows): Commons CSV counts the line breaks
     * it has consumed, through the end of the record; those inside quoted values are the record's own.
     */
    private static int startLine(CSVParser parser, CSVRecord record) {
        long inside = 0;
        for (int v = 0; v < record.size(); v++) { // by index: a record's iterator copies its values into a list
            String value = record.get(v);
            if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
                continue; // most values: no line break to count, found without a loop of ours
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == value.length() || value.charAt(i + 1) != '\n'))) {
                    inside++;
                }
            }
        }
        return (int) (parser.getCurrentLineNumber() - inside);
    }

    private static boolean allBlank(CSVRecord record) {
        for (int i = 0; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Columns that hold no figure: where a totals row may write its label (often the date column, in Excel). */
    private static boolean[] labelColumns(int size, Map<Column, Integer> columns) {
        boolean[] labels = new boolean[size];
        java.util.Arrays.fill(labels, true);
        for (Column metric : Column.METRICS) {
            Integer index = columns.get(metric);
            if (index != null) {
                labels[index] = false;
            }
        }
        return labels;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private static Result mapHeader(CSVRecord header, int line) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<Issue> warnings = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = nfc(header.get(i));
            if (name.isBlank()) {
                continue;
            }
            var column = Column.forHeader(name);
            if (column.isEmpty()) {
                warnings.add(Issue.warn(line, name, null, IssueCode.UNKNOWN_COLUMN,
                        "column not in the input contract; its values are ignored"));
                continue;
            }
            Integer before = columns.put(column.get(), i);
            if (before != null) {
                return new Broken(new Issue(line, name, null, Issue.Severity.REJECT, IssueCode.DUPLICATE_COLUMN,
                        "columns %d and %d both mean '%s'; keep one".formatted(before + 1, i + 1,
                                column.get().canonical())));
            }
        }
        List<Column> missing = new ArrayList<>(Column.REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList());
        if (!columns.containsKey(Column.UNIT_CODE) && !columns.containsKey(Column.UNIT_NAME)) {
            missing.add(0, Column.UNIT_CODE);
        }
        if (!missing.isEmpty()) {
            String found = header.stream().filter(h -> !h.isBlank()).map(ReportParser::nfc).collect(Collectors.joining(" | "));
            String expected = missing.stream()
                .map(c -> c.canonical() + " (\"" + c.aliases().get(0) + "\")")
                .collect(Collectors.joining(", "));
            return new Broken(new Issue(line, null, null, Issue.Severity.REJECT, IssueCode.MISSING_REQUIRED_COLUMN,
                    "missing required column(s): " + expected + "; columns found: " + found));
        }
        return new Rows(columns, new ArrayList<>(), warnings);
    }

    private static Row readRow(CSVRecord record, int physicalLine, int headerSize, Map<Column, Integer> columns,
            boolean[] labels) {
        if (allBlank(record)) {
            return null;
        }
        List<Issue> issues = new ArrayList<>();
        String code = text(record, columns.get(Column.UNIT_CODE));
        String name = text(record, columns.get(Column.UNIT_NAME));
        boolean totals = false;
        for (int i = 0; i < record.size() && !totals; i++) {
            totals = (i >= labels.length || labels[i]) && isTotals(record.get(i));
        }
        if (record.size() != headerSize && !onlyBlankExtra(record, headerSize)) {
            issues.add(Issue.reject(physicalLine, null, String.valueOf(record.size()), IssueCode.WRONG_FIELD_COUNT,
                    "expected %d values as in the header, found %d (an unquoted delimiter inside a value?)"
                        .formatted(headerSize, record.size())));
            return new Row(physicalLine, code, name, "", null, new Long[Column.METRICS.size()], totals, issues);
        }
        String dateText = text(record, columns.get(Column.REPORT_DATE));
        Long[] values = new Long[Column.METRICS.size()];
        for (Column metric : Column.METRICS) {
            Integer index = columns.get(metric);
            if (index == null) {
                continue;
            }
            String raw = cell(record, index);
            switch (Cells.count(raw)) {
                case Cells.Value(long v) -> values[metric.metricIndex()] = v;
                case Cells.NotReported n -> {
                }
                case Cells.Invalid(IssueCode issue, String reason) ->
                    issues.add(Issue.reject(physicalLine, metric.canonical(), raw, issue, reason));
            }
        }
        return new Row(physicalLine, code, name, dateText, Cells.date(dateText), values, totals, issues);
    }

    private static boolean onlyBlankExtra(CSVRecord record, int headerSize) {
        if (record.size() < headerSize) {
            return false;
        }
        for (int i = headerSize; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String cell(CSVRecord record, Integer index) {
        return index == null || index >= record.size() ? "" : record.get(index);
    }

    /** A cell of words (a name, a date as typed), in NFC as every stored text; figures need no normalising. */
    private static String text(CSVRecord record, Integer index) {
        return nfc(cell(record, index));
    }

    /** Names.nfc, without its cost for the plain text most cells are: no combining mark, nothing to compose. */
    private static String nfc(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '\u0300') {
                return Names.nfc(s);
            }
        }
        return s;
    }

    /** A label such as "Tổng cộng"; cheap for the figures and dates most cells hold. */
    private static boolean isTotals(String cell) {
        return !cell.isEmpty() && cell.length() <= 20 && Character.isLetter(cell.charAt(0))
                && TOTALS_WORDS.contains(Names.fold(cell));
    }
}
