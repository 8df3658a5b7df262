package vn.covid.briefing.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.covid.briefing.metric.Metric.CASES_ARRIVAL;
import static vn.covid.briefing.metric.Metric.CASES_COMMUNITY;
import static vn.covid.briefing.metric.Metric.CASES_QUARANTINE;
import static vn.covid.briefing.metric.Metric.DEATHS;
import static vn.covid.briefing.metric.Metric.DOSE1;
import static vn.covid.briefing.metric.Metric.DOSE2;
import static vn.covid.briefing.metric.Metric.CASES_UNCLASSIFIED;
import static vn.covid.briefing.metric.Metric.DOSE2_12_17;
import static vn.covid.briefing.metric.Metric.HOUSEHOLDS_FIRST_SAMPLED;
import static vn.covid.briefing.metric.Metric.HOUSEHOLDS_SAMPLED;
import static vn.covid.briefing.metric.Metric.ICU_IN_USE;
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
                    HOUSEHOLDS_SAMPLED, 3_100L, HOUSEHOLDS_FIRST_SAMPLED, 2_000L))
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
        assertThat(w.householdCoveragePercent()).as("2.000 of 2.500 households sampled once; the 3.100 visits do not count")
            .isEqualTo(80.0);
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

    @Test
    void unclassifiedCasesAreCasesButNeverCommunityCases() {
        UnitWeek w = Weeks.commune()
            .week(0, Map.of(CASES_COMMUNITY, 2L, CASES_UNCLASSIFIED, 6L, CASES_QUARANTINE, 2L))
            .cumulative(Map.of(CASES_COMMUNITY, 2L, CASES_UNCLASSIFIED, 6L, CASES_QUARANTINE, 2L))
            .build();
        assertThat(w.cases()).isEqualTo(10);
        assertThat(w.cumulativeCases()).isEqualTo(10);
        assertThat(w.casesPer100kWeek()).isEqualTo(100.0);
        assertThat(w.communityPer100kWeek()).as("2 of 10.000, not 8").isEqualTo(20.0);
        assertThat(w.communityShare()).as("2 of 10 cases").isEqualTo(20.0);
        assertThat(w.unclassifiedShare()).isEqualTo(60.0);
    }

    @Test
    void cumulativeFiguresStartFromTheOpeningBalance() {
        LocalDate asOf = LocalDate.of(2021, 6, 30);
        Map<String, CumulativeBase> bases = Map.of(
                "cases", new CumulativeBase("cases", LocalDate.of(2021, 4, 27), 39L, asOf,
                        vn.covid.briefing.reference.OpeningBalance.Basis.PUBLISHED, "NCSC", 0),
                "deaths", new CumulativeBase("deaths", LocalDate.of(2021, 4, 27), 3L, asOf,
                        vn.covid.briefing.reference.OpeningBalance.Basis.PUBLISHED, "NCSC", 1),
                "dose1", new CumulativeBase("dose1", LocalDate.of(2021, 7, 1), null, asOf,
                        vn.covid.briefing.reference.OpeningBalance.Basis.NOT_KNOWN, "no provincial figure", 0));
        UnitWeek w = Weeks.commune().bases(bases)
            .week(0, Map.of(CASES_COMMUNITY, 5L, DEATHS, 1L))
            .cumulative(Map.of(CASES_COMMUNITY, 150L, CASES_QUARANTINE, 37L, DEATHS, 4L, DOSE1, 900L))
            .build();
        assertThat(w.cumulativeCases()).as("39 before 1/7 and the 187 reported since").isEqualTo(226);
        assertThat(w.cumulative(CASES_COMMUNITY)).as("a source has no balance: its reports only").isEqualTo(150);
        assertThat(w.cumulative(DEATHS)).as("3 at the balance day, one of them already in the reports, 3 more since")
            .isEqualTo(6);
        assertThat(w.cumulative(DOSE1)).as("balance not known: the reports from the first day of data").isEqualTo(900);
        assertThat(w.base("dose1").fromBalance()).isFalse();
        assertThat(w.base("cases").countsFrom()).isEqualTo(LocalDate.of(2021, 4, 27));
        assertThat(w.previousWeek().cumulativeCases()).as("last week: the same balance, 5 fewer reported")
            .isEqualTo(221);
        assertThat(w.previousWeek().cumulative(DEATHS)).isEqualTo(5);
    }

    @Test
    void icuOccupancyUsesTheUnitsCapacityAndTwelveToSeventeenTheirOwnPopulation() {
        UnitWeek w = Weeks.commune().figures(10_000L, 7_000L, 8L)
            .week(0, Map.of(ICU_IN_USE, 6L))
            .cumulative(Map.of(DOSE2_12_17, 600L, DOSE2, 6_000L))
            .build();
        assertThat(w.icuOccupancyPercent()).isEqualTo(75.0);
        assertThat(w.fullDose12to17Percent()).as("no 12-17 population: unknown").isNull();
        assertThat(w.fullDosePopulationPercent()).as("6.000 adults and 600 aged 12-17 of 10.000").isEqualTo(66.0);
    }
}
