package vn.covid.briefing.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    private static final List<String> TOTALS_WORDS = List.of("tong cong", "tong", "cong", "total", "tong so",
            "toan huyen", "tong toan huyen");

    private ReportParser() {
    }

    static Result parse(byte[] bytes) {
        ReportText.Result decoded = ReportText.decode(bytes);
        if (decoded instanceof ReportText.Unreadable(Issue issue)) {
            return new Broken(issue);
        }
        String text = ((ReportText.Text) decoded).text();
        CSVFormat format = CSVFormat.DEFAULT.builder()
            .setDelimiter(ReportText.detectDelimiter(text))
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
        LineIndex lines = new LineIndex(text);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                return new Broken(Issue.file(IssueCode.FILE_EMPTY, "the file is empty"));
            }
            CSVRecord header = records.next();
            Result mapped = mapHeader(header);
            if (mapped instanceof Broken) {
                return mapped;
            }
            Rows rows = (Rows) mapped;
            int line = 1;
            try {
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    line = lines.lineOf(record.getCharacterPosition());
                    Row row = readRow(record, line, header.size(), rows.columns());
                    if (row != null) {
                        rows.rows().add(row);
                    }
                }
            }
            catch (UncheckedIOException e) {
                // the broken record starts after the last good one; Commons CSV reports where it gave up
                return new Broken(new Issue(line + 1, null, null, Issue.Severity.REJECT, IssueCode.MALFORMED_CSV,
                        "the CSV structure breaks in the row starting here: a quote \" is opened and never closed ("
                                + rootMessage(e) + "); no row of the file was stored"));
            }
            if (rows.rows().isEmpty()) {
                return new Broken(Issue.file(IssueCode.NO_DATA_ROWS, "the file has a header but no data rows"));
            }
            return rows;
        }
        catch (IOException | UncheckedIOException e) {
            return new Broken(Issue.file(IssueCode.MALFORMED_CSV, "the CSV structure is broken: " + rootMessage(e)));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private static Result mapHeader(CSVRecord header) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<Issue> warnings = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isBlank()) {
                continue;
            }
            var column = Column.forHeader(name);
            if (column.isEmpty()) {
                warnings.add(Issue.warn(1, name, null, IssueCode.UNKNOWN_COLUMN,
                        "column not in the input contract; its values are ignored"));
                continue;
            }
            Integer before = columns.put(column.get(), i);
            if (before != null) {
                return new Broken(new Issue(1, name, null, Issue.Severity.REJECT, IssueCode.DUPLICATE_COLUMN,
                        "columns %d and %d both mean '%s'; keep one".formatted(before + 1, i + 1,
                                column.get().canonical())));
            }
        }
        List<Column> missing = new ArrayList<>(Column.REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList());
        if (!columns.containsKey(Column.UNIT_CODE) && !columns.containsKey(Column.UNIT_NAME)) {
            missing.add(0, Column.UNIT_CODE);
        }
        if (!missing.isEmpty()) {
            String found = header.stream().filter(h -> !h.isBlank()).collect(Collectors.joining(" | "));
            String expected = missing.stream()
                .map(c -> c.canonical() + " (\"" + c.aliases().get(0) + "\")")
                .collect(Collectors.joining(", "));
            return new Broken(new Issue(1, null, null, Issue.Severity.REJECT, IssueCode.MISSING_REQUIRED_COLUMN,
                    "missing required column(s): " + expected + "; columns found: " + found));
        }
        return new Rows(columns, new ArrayList<>(), warnings);
    }

    private static Row readRow(CSVRecord record, int physicalLine, int headerSize, Map<Column, Integer> columns) {
        if (record.stream().allMatch(String::isBlank)) {
            return null;
        }
        List<Issue> issues = new ArrayList<>();
        String code = cell(record, columns.get(Column.UNIT_CODE));
        String name = cell(record, columns.get(Column.UNIT_NAME));
        boolean totals = isTotals(code) || isTotals(name);
        if (record.size() != headerSize && !onlyBlankExtra(record, headerSize)) {
            issues.add(Issue.reject(physicalLine, null, String.valueOf(record.size()), IssueCode.WRONG_FIELD_COUNT,
                    "expected %d values as in the header, found %d (an unquoted delimiter inside a value?)"
                        .formatted(headerSize, record.size())));
            return new Row(physicalLine, code, name, "", null, new Long[Column.METRICS.size()], totals, issues);
        }
        String dateText = cell(record, columns.get(Column.REPORT_DATE));
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

    /** Physical line numbers (what a text editor shows) from character positions. */
    private static final class LineIndex {
        private final int[] starts;

        LineIndex(String text) {
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    count++;
                }
            }
            starts = new int[count];
            int n = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[n++] = i + 1;
                }
            }
        }

        int lineOf(long position) {
            int i = java.util.Arrays.binarySearch(starts, (int) position);
            return (i >= 0 ? i : -i - 2) + 1;
        }
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

    private static boolean isTotals(String cell) {
        return !cell.isBlank() && TOTALS_WORDS.contains(Names.fold(cell));
    }
}
