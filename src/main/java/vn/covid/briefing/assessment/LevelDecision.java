package vn.covid.briefing.assessment;

import java.util.List;
import java.util.Map;

/**
 * The epidemic level of one unit and how it was reached: the inputs, the matrix cell, and each
 * adjustment rule applied after it. {@code level} is null when an input the matrix needs is unknown
 * (no population, no vaccination data): the briefing then says "không đủ dữ liệu", never guesses.
 *
 * @param band mức of criterion 1 (QĐ 4800) or mức độ lây nhiễm (QĐ 218), after its own adjustments
 * @param column the matrix column: coverage "cao"/"thap" (QĐ 4800), response "cao"/"trung-binh"/"thap" (QĐ 218)
 * @param inputs the numbers the rules read, by indicator name (see templates/definitions.csv); null = not known
 * @param criteria every criterion of the framework with its input and threshold, the ones the input cannot
 *        judge included (the 65+ and high-risk vaccination criteria: not assessable)
 */
public record LevelDecision(Framework framework, Integer band, String column, Integer matrixLevel,
        List<Adjustment> adjustments, Integer level, Map<String, Double> inputs, List<Criterion> criteria) {

    /**
     * One criterion: what it reads, against what, and whether it is met.
     *
     * @param name the criterion (templates/definitions.csv names its indicator)
     * @param threshold the configured limit it is judged against (null where the rule is a band or a matrix)
     * @param met true/false; null when it cannot be judged (its input is not reported, or not in the input contract)
     */
    public record Criterion(String name, Double value, Double threshold, Boolean met) {
    }

    public enum Rule {
        /** QĐ 4800: 65+ not fully vaccinated to the target → +1 level. */
        ELDERLY_PLUS_ONE,
        /** QĐ 4800: treatment capacity (criterion 3) not met → the level may not fall below last week's. */
        TREATMENT_NO_LOWERING,
        /** QĐ 218: vaccination targets missed → +1 mức độ lây nhiễm. */
        VACCINE_PLUS_ONE_TRANSMISSION,
        /** QĐ 218: deaths per 100.000 per week above the limit → +1 level. */
        DEATHS_PLUS_ONE,
        /** A criterion the input does not carry (e.g. vaccination by age): not applied, and said so. */
        NOT_ASSESSABLE;

        /** The key the briefing's wording is found under ("deaths-plus-one"). */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** One rule applied after the matrix: what it read, and the level before and after. */
    public record Adjustment(Rule rule, String criterion, Integer before, Integer after) {
    }

    public boolean known() {
        return level != null;
    }
}
