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
    private static final List<DateTimeFormatter> DATE_FORMATS = java.util.stream.Stream.of("uuuu-MM-dd", "d/M/uuuu",
            "d-M-uuuu", "d.M.uuuu", "uuuu/M/d")
        .map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT)).toList();
    /** Longer runs of digits may not fit a long: they take the checked way. */
    private static final int SHORT_DIGITS = 18;

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
        long plain = plainDigits(raw);
        if (plain >= 0) {
            return new Value(plain); // what nearly every cell is: read without a pattern
        }
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

    /** The value of a cell of 1 to 18 ASCII digits and nothing else, or -1. */
    private static long plainDigits(String raw) {
        return raw.isEmpty() || raw.length() > SHORT_DIGITS ? -1 : digits(raw, 0, raw.length());
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
        LocalDate iso = isoDate(s);
        if (iso != null) {
            return iso;
        }
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return LocalDate.parse(s, f);
            }
            catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }

    /** "2021-09-13", the form nearly every file has, read without a formatter; anything else is null. */
    private static LocalDate isoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = (int) digits(s, 0, 4);
        int month = (int) digits(s, 5, 7);
        int day = (int) digits(s, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        }
        catch (java.time.DateTimeException e) {
            return null; // not a day of the calendar: the formatters say so too
        }
    }

    /** The value of the ASCII digits from {@code from} to {@code to}, or -1 if another character is among them. */
    private static long digits(String s, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
