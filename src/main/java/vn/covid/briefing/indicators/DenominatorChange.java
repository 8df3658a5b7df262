package vn.covid.briefing.indicators;

import java.util.Map;

/**
 * A denominator that is not the one last week's briefing used (a new figure was published): what was in
 * force then and now, and last week's coverage of the scope both ways, so that "this week against last"
 * compares like with like and can still say what last week's briefing printed.
 *
 * @param lastWeekLikeForLike last week's coverage with this week's denominator (indicator name → %)
 * @param lastWeekAsPrinted last week's coverage as last week's briefing computed it
 */
public record DenominatorChange(String figure, Denominator before, Denominator now, Map<String, Double> lastWeekLikeForLike,
        Map<String, Double> lastWeekAsPrinted) {
}
