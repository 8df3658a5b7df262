package vn.covid.briefing.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.covid.briefing.metric.Metric.CASES_ARRIVAL;
import static vn.covid.briefing.metric.Metric.CASES_COMMUNITY;
import static vn.covid.briefing.metric.Metric.CASES_QUARANTINE;
import static vn.covid.briefing.metric.Metric.DEATHS;
import static vn.covid.briefing.metric.Metric.DOSE1;
import static vn.covid.briefing.metric.Metric.DOSE2;
import static vn.covid.briefing.metric.Metric.HOUSEHOLDS_SAMPLED;
import static vn.covid.briefing.metric.Metric.PCR_POSITIVE;
import static vn.covid.briefing.metric.Metric.PCR_TESTS;
import static vn.covid.briefing.metric.Metric.RAPID_POSITIVE;
import static vn.covid.briefing.metric.Metric.RAPID_TESTS;
import static vn.covid.briefing.metric.Metric.UNDER_TREATMENT;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every derived indicator on a week computed by hand. */
class UnitWeekTests {

    @Test
    void derivedIndicatorsMatchTheirDefinitions() {
        UnitWeek w = Weeks.commune()
            .week(0, Map.of(CASES_COMMUNITY, 3L, CASES_QUARANTINE, 11L, CASES_ARRIVAL, 0L, DEATHS, 1L, PCR_TESTS, 400L,
                    PCR_POSITIVE, 8L, RAPID_TESTS, 600L, RAPID_POSITIVE, 2L, UNDER_TREATMENT, 40L))
            .week(1, Map.of(CASES_COMMUNITY, 6L, CASES_QUARANTINE, 14L))
            .cumulative(Map.of(CASES_COMMUNITY, 90L, CASES_QUARANTINE, 110L, DEATHS, 5L, DOSE1, 5_600L, DOSE2, 4_200L,
                    HOUSEHOLDS_SAMPLED, 2_000L))
            .build();
        assertThat(w.cases()).isEqualTo(14);
        assertThat(w.previousCases()).isEqualTo(20);
        assertThat(w.casesChange()).isEqualTo(-6);
        assertThat(w.casesChangePercent()).isEqualTo(-30.0);
        assertThat(w.casesPerDay()).isEqualTo(2.0);
        assertThat(w.casesPer100kWeek()).as("14 / 10.000 × 100.000").isEqualTo(140.0);
        assertThat(w.communityPer100kWeek()).isEqualTo(30.0);
        assertThat(w.communityShare()).isCloseTo(21.43, within(0.01));
        assertThat(w.deathsPer100kWeek()).isEqualTo(10.0);
        assertThat(w.cumulativeCases()).isEqualTo(200);
        assertThat(w.caseFatalityPercent()).isEqualTo(2.5);
        assertThat(w.latest(UNDER_TREATMENT)).isEqualTo(40);
        assertThat(w.tests()).isEqualTo(1_000);
        assertThat(w.positivityPercent()).isEqualTo(1.0);
        assertThat(w.pcrPositivityPercent()).isEqualTo(2.0);
        assertThat(w.householdCoveragePercent()).as("2.000 of 2.500 households").isEqualTo(80.0);
        assertThat(w.firstDose18plusPercent()).as("5.600 of 7.000 adults").isEqualTo(80.0);
        assertThat(w.fullDose18plusPercent()).isEqualTo(60.0);
        assertThat(w.dropoutPercent()).isEqualTo(25.0);
        assertThat(w.icuOccupancyPercent()).as("no ICU figure: unknown, not zero").isNull();
        assertThat(w.daysWithoutCommunityCase()).isNull();
    }

    @Test
    void notReportedStaysUnknownThroughSums() {
        Series a = new Series(LocalDate.of(2021, 9, 7), 7);
        Series b = new Series(LocalDate.of(2021, 9, 7), 7);
        a.add(DEATHS, LocalDate.of(2021, 9, 8), 0L);
        b.addAll(a);
        ReportWindow window = ReportWindow.ending(LocalDate.of(2021, 9, 13), 7);
        assertThat(b.sum(DEATHS, window)).as("a reported zero is zero").isZero();
        assertThat(b.sum(PCR_TESTS, window)).as("never reported is unknown").isNull();
        assertThat(window.periodStart()).isEqualTo(LocalDate.of(2021, 9, 6));
        assertThat(window.previous().last()).isEqualTo(LocalDate.of(2021, 9, 6));
    }
}
