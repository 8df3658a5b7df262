package vn.covid.briefing.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.covid.briefing.metric.Metric.CASES_COMMUNITY;
import static vn.covid.briefing.metric.Metric.CASES_QUARANTINE;
import static vn.covid.briefing.metric.Metric.DEATHS;
import static vn.covid.briefing.metric.Metric.DOSE1;
import static vn.covid.briefing.metric.Metric.DOSE2;
import static vn.covid.briefing.metric.Metric.ICU_IN_USE;
import static vn.covid.briefing.metric.Metric.NEW_CLUSTERS;
import static vn.covid.briefing.metric.Metric.PCR_POSITIVE;
import static vn.covid.briefing.metric.Metric.PCR_TESTS;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.covid.briefing.assessment.ControlCheck.Status;
import vn.covid.briefing.assessment.LevelDecision.Rule;
import vn.covid.briefing.indicators.UnitWeek;
import vn.covid.briefing.indicators.Weeks;
import vn.covid.briefing.support.Configuration;

/** The rules of each period on hand-computed weeks, with the shipped thresholds of application.yml. */
class LevelRulesTests {

    private final AssessmentProperties rules = Configuration.assessment();
    private final LevelRules levels = new LevelRules(rules);

    @Test
    void bandEdgesFollowTheConfiguredInequalities() {
        List<Double> qd4800 = rules.qd4800().caseBands();
        assertThat(LevelRules.band(0, qd4800, true)).isEqualTo(1);
        assertThat(LevelRules.band(19.99, qd4800, true)).isEqualTo(1);
        assertThat(LevelRules.band(20, qd4800, true)).as("0 – < 20 is mức 1, so 20 is mức 2").isEqualTo(2);
        assertThat(LevelRules.band(50, qd4800, true)).isEqualTo(3);
        assertThat(LevelRules.band(150, qd4800, true)).as("≥ 150 when the top edge is inclusive").isEqualTo(4);
        assertThat(LevelRules.band(150, qd4800, false)).isEqualTo(3);
        List<Double> qd218 = rules.qd218().caseBands();
        assertThat(LevelRules.band(600, qd218, false)).as("QĐ 218: more than 600 is the top").isEqualTo(3);
        assertThat(LevelRules.band(600.5, qd218, false)).isEqualTo(4);
    }

    @Test
    void qd4800CrossesTheCommunityRateWithFirstDoseCoverage() {
        // 10.000 people: 2 community cases a week = 20 per 100.000 = mức 2; 3.500 of 7.000 adults = 50 % = "thấp"
        UnitWeek low = Weeks.commune().week(0, Map.of(CASES_COMMUNITY, 2L, CASES_QUARANTINE, 5L))
            .cumulative(Map.of(DOSE1, 3_500L)).build();
        LevelDecision d = levels.qd4800(low, null);
        assertThat(d.inputs()).containsEntry("communityPer100kWeek", 20.0).containsEntry("firstDose18plusPercent", 50.0);
        assertThat(d.band()).isEqualTo(2);
        assertThat(d.column()).isEqualTo("thap");
        assertThat(d.level()).isEqualTo(3);

        UnitWeek high = Weeks.commune().week(0, Map.of(CASES_COMMUNITY, 2L)).cumulative(Map.of(DOSE1, 4_900L)).build();
        assertThat(levels.qd4800(high, null).level()).as("70 % is 'cao': mức 2 × cao").isEqualTo(2);

        UnitWeek none = Weeks.commune().week(0, Map.of(CASES_COMMUNITY, 0L)).cumulative(Map.of(DOSE1, 3_500L)).build();
        assertThat(levels.qd4800(none, null).level()).as("no case but coverage low: cấp 2, as Đồng Tháp 31/10/2021")
            .isEqualTo(2);
        assertThat(levels.qd4800(none, null).adjustments()).extracting(LevelDecision.Adjustment::rule)
            .as("the 65+ rule needs doses by age, which reports do not carry").containsExactly(Rule.NOT_ASSESSABLE);
    }

    @Test
    void qd4800TreatmentCapacityFailureForbidsLoweringButDoesNotRaise() {
        UnitWeek crowded = Weeks.commune().figures(10_000L, 7_000L, 10L)
            .week(0, Map.of(CASES_COMMUNITY, 0L, ICU_IN_USE, 9L)).cumulative(Map.of(DOSE1, 6_000L)).build();
        LevelDecision d = levels.qd4800(crowded, 3);
        assertThat(d.matrixLevel()).isEqualTo(1);
        assertThat(d.level()).as("90 % of ICU beds in use: stays at last week's 3").isEqualTo(3);
        assertThat(d.adjustments()).extracting(LevelDecision.Adjustment::rule).contains(Rule.TREATMENT_NO_LOWERING);
        assertThat(levels.qd4800(crowded, 1).level()).as("failing criterion 3 never adds a level").isEqualTo(1);

        UnitWeek unknownPopulation = Weeks.commune().figures(null, null, null).week(0, Map.of(CASES_COMMUNITY, 1L)).build();
        assertThat(levels.qd4800(unknownPopulation, null).known()).isFalse();
    }

    @Test
    void qd218RaisesForMissedVaccinationAndForDeaths() {
        // 10.000 people, 40 cases a week = 400 per 100.000 = mức 3; 80 % fully vaccinated; ICU empty = "cao"
        UnitWeek vaccinated = Weeks.commune().figures(10_000L, 7_000L, 10L)
            .week(0, Map.of(CASES_COMMUNITY, 40L, ICU_IN_USE, 0L)).cumulative(Map.of(DOSE2, 8_000L)).build();
        LevelDecision d = levels.qd218(vaccinated);
        assertThat(d.band()).isEqualTo(3);
        assertThat(d.column()).isEqualTo("cao");
        assertThat(d.level()).as("verified cell: mức 3 × cao = cấp 2").isEqualTo(2);

        UnitWeek unvaccinated = Weeks.commune().figures(10_000L, 7_000L, 10L)
            .week(0, Map.of(CASES_COMMUNITY, 40L, ICU_IN_USE, 0L)).cumulative(Map.of(DOSE2, 7_000L)).build();
        assertThat(levels.qd218(unvaccinated).band()).as("70 % < 75 %: +1 mức độ lây nhiễm").isEqualTo(4);

        UnitWeek deaths = Weeks.commune().figures(10_000L, 7_000L, 10L)
            .week(0, Map.of(CASES_COMMUNITY, 40L, ICU_IN_USE, 0L, DEATHS, 1L)).cumulative(Map.of(DOSE2, 8_000L)).build();
        LevelDecision withDeaths = levels.qd218(deaths);
        assertThat(withDeaths.inputs()).containsEntry("deathsPer100kWeek", 10.0);
        assertThat(withDeaths.level()).as("10 deaths per 100.000 > 6: +1").isEqualTo(3);
    }

    @Test
    void controlCriteriaNeedFallingWeeksBelowHalfThePeak() {
        ControlCriteria criteria = new ControlCriteria(rules);
        UnitWeek falling = Weeks.commune()
            .week(0, Map.of(CASES_COMMUNITY, 10L, PCR_TESTS, 1_000L, PCR_POSITIVE, 10L, NEW_CLUSTERS, 0L))
            .week(1, Map.of(CASES_COMMUNITY, 30L, PCR_TESTS, 1_000L, PCR_POSITIVE, 30L))
            .week(2, Map.of(CASES_COMMUNITY, 40L))
            .build();
        ControlCheck met = criteria.check(falling, 100L);
        assertThat(met.criterion("1a").status()).isEqualTo(Status.MET);
        assertThat(met.criterion("1b").status()).as("1 % after 3 %").isEqualTo(Status.MET);
        assertThat(met.criterion("1c").status()).isEqualTo(Status.MET);
        assertThat(met.criterion("2").status()).isEqualTo(Status.UNKNOWN);
        assertThat(met.overall()).as("risk levels unknown: not declared met").isEqualTo(Status.UNKNOWN);

        assertThat(criteria.check(falling, 19L).criterion("1a").status()).as("10 is more than half of a peak of 19")
            .isEqualTo(Status.NOT_MET);
        UnitWeek rising = Weeks.commune().week(0, Map.of(CASES_COMMUNITY, 10L)).week(1, Map.of(CASES_COMMUNITY, 30L))
            .week(2, Map.of(CASES_COMMUNITY, 20L)).build();
        assertThat(criteria.check(rising, 100L).criterion("1a").status()).as("fell one week only").isEqualTo(Status.NOT_MET);
        assertThat(criteria.check(rising, 100L).criterion("1c").status()).as("no cluster column sent")
            .isEqualTo(Status.UNKNOWN);
        assertThat(criteria.check(rising, 100L).overall()).isEqualTo(Status.NOT_MET);
    }
}
