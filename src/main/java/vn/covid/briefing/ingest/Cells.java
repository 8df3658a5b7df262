package vn.covid.briefing.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;

/** Parsing of the cells people type: counts with thousands separators, dates in the usual Vietnamese forms. */
final class Cells {

    private static final Pattern PLAIN = Pattern.compile("\\d+");
    /** "1.234", "1,234", "1 234", "12.345.678": separators only between groups of exactly three digits. */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,\\u00A0 ])\\d{3}(\\1\\d{3})*");
    private static final Pattern NUMERIC = Pattern.compile("-?[\\d.,\\u00A0 ]+");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd"), DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("uuuu/M/d"));

    private Cells() {
    }

    /** The outcome of reading a count: a value, "not reported" (blank or a dash), or a problem. */
    sealed interface Count permits Value, NotReported, Invalid {
    }

    record Value(long value) implements Count {
    }

    record NotReported() implements Count {
    }

    record Invalid(IssueCode code, String reason) implements Count {
    }

    static Count count(String raw) {
        String s = raw.strip();
        if (s.isEmpty() || s.equals("-") || s.equals("–") || s.equals("—")) {
            return new NotReported();
        }
        boolean negative = s.startsWith("-");
        String digits = negative ? s.substring(1).strip() : s;
        long value;
        if (PLAIN.matcher(digits).matches()) {
            value = parse(digits);
        }
        else if (GROUPED.matcher(digits).matches()) {
            value = parse(digits.replaceAll("[^\\d]", ""));
        }
        else if (NUMERIC.matcher(s).matches()) {
            return new Invalid(IssueCode.NOT_AN_INTEGER, "a count must be a whole number (a decimal or a misplaced "
                    + "thousands separator was found)");
        }
        else {
            return new Invalid(IssueCode.NOT_A_NUMBER, "not a number");
        }
        if (value < 0) {
            return new Invalid(IssueCode.NOT_A_NUMBER, "number too large");
        }
        if (negative && value != 0) {
            return new Invalid(IssueCode.NEGATIVE_COUNT, "a count cannot be negative");
        }
        return new Value(value);
    }

    private static long parse(String digits) {
        try {
            return Long.parseLong(digits);
        }
        catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Null when the text is not a date in any accepted form. */
    static LocalDate date(String raw) {
        String s = raw.strip();
        int space = s.indexOf(' ');
        if (space > 0) {
            s = s.substring(0, space); // "13/9/2021 0:00" as Excel sometimes writes it
        }
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return LocalDate.parse(s, f.withResolverStyle(ResolverStyle.STRICT));
            }
            catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }
}
