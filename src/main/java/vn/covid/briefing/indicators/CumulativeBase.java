package vn.covid.briefing.indicators;

import java.time.LocalDate;

import vn.covid.briefing.reference.OpeningBalance;

/**
 * What one cumulative figure of a unit counts from, so that "cộng dồn từ ngày …" can be printed true: the
 * opening balance it starts from (input/reference/balances.csv) and the reports after it, or, without a
 * known balance, the reports alone from the first day of data.
 *
 * @param item {@code cases} or a metric key (see {@link OpeningBalance#item()})
 * @param countsFrom the first day the cumulative figure counts: the balance's, else the first day of data
 * @param balance the opening balance added (null: none, or not known: see {@code basis})
 * @param balanceAsOf the day the balance holds at (the reports after it are added); null without a balance
 * @param basis how the balance was come by; null when the unit has no balance row for the item at all
 * @param source where the balance comes from, or why it is not known; null without a balance row
 * @param reportsBefore the stored reports up to {@code balanceAsOf}, which the balance already holds (0 when
 *        the reports begin after it)
 */
public record CumulativeBase(String item, LocalDate countsFrom, Long balance, LocalDate balanceAsOf,
        OpeningBalance.Basis basis, String source, long reportsBefore) {

    /** Whether the figure starts from a known balance (else it counts the reports from the first day of data). */
    public boolean fromBalance() {
        return balance != null;
    }

    /** The cumulative figure: the balance plus the reports after it; null when neither exists. */
    Long apply(Long reports) {
        if (balance == null) {
            return reports;
        }
        return balance + (reports == null ? 0 : reports) - reportsBefore;
    }
}
