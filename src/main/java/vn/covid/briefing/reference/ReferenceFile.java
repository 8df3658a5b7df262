package vn.covid.briefing.reference;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * How every reference file is read: a header row, UTF-8, trimmed cells, blank lines ignored; and how a bad
 * cell is reported (file, line, column, value, reason), so that a broken file stops the load with a clear
 * message instead of half-loading.
 */
final class ReferenceFile {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
        .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();

    private final String file;
    private final byte[] content;

    ReferenceFile(Path file) throws IOException {
        this(file.toString(), Files.readAllBytes(file));
    }

    /** @param name what messages call the file (its path, or where in the application it lies) */
    ReferenceFile(String name, byte[] content) {
        this.file = name;
        this.content = content;
    }

    String name() {
        return file;
    }

    /** The SHA-256 of the bytes read: what the reference data's checksum is made of. */
    String checksum() {
        return vn.covid.briefing.system.Checksums.sha256(content);
    }

    List<CSVRecord> records(String... requiredColumns) throws IOException {
        try (Reader in = new java.io.InputStreamReader(new java.io.ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            var parser = FORMAT.parse(in);
            for (String column : requiredColumns) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IllegalStateException("%s line 1: the column '%s' is missing (the header must be %s)"
                        .formatted(file, column, String.join(",", requiredColumns)));
                }
            }
            return parser.getRecords();
        }
    }

    IllegalStateException bad(CSVRecord r, String column, String value, String reason) {
        return new IllegalStateException("%s line %d, column %s, value '%s': %s"
            .formatted(file, r.getRecordNumber() + 1, column, value, reason));
    }

    /** A date as 2021-09-13; null when the cell is blank and the column is optional. */
    LocalDate date(CSVRecord r, String column, boolean required) {
        String v = r.get(column);
        if (v.isEmpty()) {
            if (required) {
                throw bad(r, column, v, "a date is required here (YYYY-MM-DD)");
            }
            return null;
        }
        try {
            return LocalDate.parse(v);
        }
        catch (DateTimeParseException e) {
            throw bad(r, column, v, "not a date; write it as YYYY-MM-DD");
        }
    }

    /** A whole number ≥ 0; null when the cell is blank. */
    Long count(CSVRecord r, String column) {
        String v = r.get(column);
        if (v.isEmpty()) {
            return null;
        }
        try {
            long n = Long.parseLong(v);
            if (n < 0) {
                throw bad(r, column, v, "must not be negative");
            }
            return n;
        }
        catch (NumberFormatException e) {
            throw bad(r, column, v, "must be a whole number, written without separators");
        }
    }

    String required(CSVRecord r, String column, String reason) {
        String v = r.get(column);
        if (v.isBlank()) {
            throw bad(r, column, v, reason);
        }
        return Names.nfc(v);
    }
}
