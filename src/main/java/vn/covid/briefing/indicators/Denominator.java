package vn.covid.briefing.indicators;

import java.time.LocalDate;

/**
 * A population a coverage is divided by, as a briefing of the report date could know it: the province's
 * own figure from the day it was published, never earlier (a figure first printed in a later bulletin is
 * not known before it).
 *
 * @param figure the reference figure it scales ({@code population_18plus}, {@code population_12_17})
 * @param total the scope's total in force on the report date; null when none was known on that date
 * @param from the first report date it applies to
 * @param known the day it was published (known); null with total
 * @param source where it comes from; or, when not known, which is the first one and when it was published
 */
public record Denominator(String figure, Long total, LocalDate from, LocalDate known, String source) {

    public boolean isKnown() {
        return total != null;
    }
}
