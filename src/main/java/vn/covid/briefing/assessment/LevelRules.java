package vn.covid.briefing.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.covid.briefing.indicators.UnitWeek;

/**
 * The level rules of NQ 128 / QĐ 4800 and QĐ 218, each scope (commune, district, province) assessed on
 * its own data (verified-thresholds.md §2.5). Thresholds come from {@link AssessmentProperties}.
 */
@Component
public class LevelRules {

    private final AssessmentProperties rules;

    public LevelRules(AssessmentProperties rules) {
        this.rules = rules;
    }

    /** Which mức a rate falls in, given the lower edges of mức 2, 3 and 4. */
    static int band(double rate, List<Double> edges, boolean topInclusive) {
        int band = 1;
        for (int i = 0; i < edges.size(); i++) {
            boolean top = i == edges.size() - 1;
            double edge = edges.get(i);
            if (rate > edge || (rate == edge && (!top || topInclusive))) {
                band = i + 2;
            }
        }
        return band;
    }

    /**
     * QĐ 4800: criterion 1 band × criterion 2 coverage through the matrix; +1 when 65+ full-dose coverage
     * is known and below target (not at level 4, not without cases); when criterion 3 fails, no lower than
     * {@code previousLevel}.
     */
    public LevelDecision qd4800(UnitWeek week, Integer previousLevel) {
        AssessmentProperties.Qd4800 r = rules.qd4800();
        Map<String, Double> inputs = new LinkedHashMap<>();
        Double rate = week.communityPer100kWeek();
        Double coverage = week.firstDose18plusPercent();
        Double icu = week.icuOccupancyPercent();
        inputs.put("communityPer100kWeek", rate);
        inputs.put("firstDose18plusPercent", coverage);
        inputs.put("icuOccupancyPercent", icu);
        List<LevelDecision.Criterion> criteria = List.of(
                new LevelDecision.Criterion("communityPer100kWeek", rate, null, null),
                new LevelDecision.Criterion("firstDose18plusPercent", coverage, r.firstDose18plusHigh() * 100,
                        coverage == null ? null : coverage >= r.firstDose18plusHigh() * 100),
                new LevelDecision.Criterion("elderlyFullDosePercent", null, r.elderly().fullDoseMin() * 100, null),
                new LevelDecision.Criterion("icuOccupancyPercent", icu, r.icuOccupancyMax() * 100,
                        icu == null ? null : icu <= r.icuOccupancyMax() * 100));
        if (rate == null || coverage == null) {
            return new LevelDecision(Framework.QD4800, null, null, null, List.of(), null, inputs, criteria);
        }
        int band = band(rate, r.caseBands(), r.topInclusive());
        String column = coverage >= r.firstDose18plusHigh() * 100 ? "cao" : "thap";
        int matrixLevel = r.matrix().get(column).get(band - 1);
        int level = matrixLevel;
        List<LevelDecision.Adjustment> steps = new ArrayList<>();
        // the input contract has doses by number, not by age: the 65+ rule cannot be applied, and the page says so
        steps.add(new LevelDecision.Adjustment(LevelDecision.Rule.NOT_ASSESSABLE, "elderly", level, level));
        boolean treatmentMet = icu == null || icu <= r.icuOccupancyMax() * 100;
        if (!treatmentMet && previousLevel != null && level < previousLevel) {
            steps.add(new LevelDecision.Adjustment(LevelDecision.Rule.TREATMENT_NO_LOWERING, "treatment", level,
                    previousLevel));
            level = previousLevel;
        }
        return new LevelDecision(Framework.QD4800, band, column, matrixLevel, steps, level, inputs, criteria);
    }

    /**
     * QĐ 218: all cases per 100.000 per week give the mức độ lây nhiễm, +1 when the full primary series
     * misses its share of the population; × response capacity from ICU occupancy; +1 when deaths per
     * 100.000 per week exceed the limit. Capped at 4.
     */
    public LevelDecision qd218(UnitWeek week) {
        AssessmentProperties.Qd218 r = rules.qd218();
        Map<String, Double> inputs = new LinkedHashMap<>();
        Double rate = week.casesPer100kWeek();
        Double fullDose = week.fullDosePopulationPercent();
        Double deaths = week.deathsPer100kWeek();
        Double icu = week.icuOccupancyPercent();
        inputs.put("casesPer100kWeek", rate);
        inputs.put("fullDosePopulationPercent", fullDose);
        inputs.put("deathsPer100kWeek", deaths);
        inputs.put("icuOccupancyPercent", icu);
        Double oxygen = week.oxygenPer100k();
        inputs.put("oxygenPer100k", oxygen);
        List<LevelDecision.Criterion> criteria = List.of(
                new LevelDecision.Criterion("casesPer100kWeek", rate, null, null),
                // QĐ 218's oxygen criterion: no verified threshold, so it is shown, never judged
                new LevelDecision.Criterion("oxygenPer100k", oxygen, null, null),
                new LevelDecision.Criterion("deathsPer100kWeek", deaths, r.deathsPer100kWeekMax(),
                        deaths == null ? null : deaths <= r.deathsPer100kWeekMax()),
                new LevelDecision.Criterion("fullDosePopulationPercent", fullDose, r.fullDosePopulationMin() * 100,
                        fullDose == null ? null : fullDose >= r.fullDosePopulationMin() * 100),
                new LevelDecision.Criterion("highRiskFullDosePercent", null, r.highRiskFullDoseMin() * 100, null),
                new LevelDecision.Criterion("icuOccupancyPercent", icu, r.responseIcuOccupancy().get(1) * 100,
                        icu == null ? null : icu <= r.responseIcuOccupancy().get(1) * 100));
        if (rate == null || fullDose == null) {
            return new LevelDecision(Framework.QD218, null, null, null, List.of(), null, inputs, criteria);
        }
        List<LevelDecision.Adjustment> steps = new ArrayList<>();
        int band = band(rate, r.caseBands(), r.topInclusive());
        if (fullDose < r.fullDosePopulationMin() * 100) {
            steps.add(new LevelDecision.Adjustment(LevelDecision.Rule.VACCINE_PLUS_ONE_TRANSMISSION, "vaccination",
                    band, Math.min(4, band + 1)));
            band = Math.min(4, band + 1);
        }
        // the high-risk group's coverage needs vaccination by age or condition, which the input does not carry
        steps.add(new LevelDecision.Adjustment(LevelDecision.Rule.NOT_ASSESSABLE, "highRisk", null, null));
        String column = icu == null || icu <= r.responseIcuOccupancy().get(0) * 100 ? "cao"
                : icu <= r.responseIcuOccupancy().get(1) * 100 ? "trung-binh" : "thap";
        int matrixLevel = r.matrix().get(column).get(band - 1);
        int level = matrixLevel;
        if (deaths != null && deaths > r.deathsPer100kWeekMax()) {
            steps.add(new LevelDecision.Adjustment(LevelDecision.Rule.DEATHS_PLUS_ONE, "deaths", level,
                    Math.min(4, level + 1)));
            level = Math.min(4, level + 1);
        }
        return new LevelDecision(Framework.QD218, band, column, matrixLevel, steps, level, inputs, criteria);
    }
}
