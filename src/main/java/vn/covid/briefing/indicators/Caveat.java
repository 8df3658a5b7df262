package vn.covid.briefing.indicators;

/**
 * A figure of the week that cannot be true as it stands, or that rests on an estimate, carried beside it so
 * that the briefing never prints it as plain fact.
 *
 * @param indicator the indicator's name as in templates/definitions.csv (firstDose18plusPercent, icu, …)
 * @param value the figure (a percentage, a count)
 * @param limit what it should not exceed (100 %, the beds), or null
 */
public record Caveat(String unitCode, String indicator, Kind kind, Double value, Double limit) {

    public enum Kind {
        /** a coverage above 100 % of its population: the denominator or the doses are wrong */
        COVERAGE_ABOVE_100,
        /** more ICU beds in use than the unit has */
        ICU_ABOVE_BEDS,
        /** severe cases reported, ICU beds in use not reported */
        SEVERE_WITHOUT_ICU_DATA,
        /** the ICU capacity is the reference estimate, not a reported figure */
        ICU_CAPACITY_ESTIMATED,
        /** a configured target above 100 % of its population: it can never be met */
        TARGET_ABOVE_100
    }
}
