package vn.covid.briefing.reference;

import java.time.LocalDate;

/**
 * A unit's cumulative figure at the end of a day, from before the reports in the database begin: what
 * the running totals of the reports are added to, so that "cộng dồn từ ngày …" can be true.
 *
 * @param item {@code cases} (all new cases, whatever their source) or a metric key ({@code deaths},
 *        {@code recovered}, {@code pcr_tests}, {@code dose1}, …)
 * @param asOf the day the figure holds at (its end); the reports after it are added
 * @param amount the figure; null when it is not known (the row says so and why, in {@code source})
 * @param countsFrom the first day the figure counts (e.g. the wave start); null when not known
 */
public record OpeningBalance(String unitCode, String item, LocalDate asOf, Long amount, LocalDate countsFrom,
        Basis basis, String source) {

    /** How a balance was come by: published by a source, estimated by a stated rule, made up, or not known. */
    public enum Basis {
        PUBLISHED, ESTIMATED, SYNTHETIC, NOT_KNOWN
    }

    /** The item that stands for all new cases (the case metrics have no balance of their own). */
    public static final String CASES = "cases";

    public boolean known() {
        return amount != null;
    }
}
