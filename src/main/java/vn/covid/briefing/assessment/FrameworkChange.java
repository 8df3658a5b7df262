package vn.covid.briefing.assessment;

import java.time.LocalDate;

/** The framework is not last week's: which it was, which it is, from which report date, and by which decision. */
public record FrameworkChange(Framework before, Framework now, LocalDate from, String decision, LocalDate issued) {
}
