package vn.covid.briefing.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.covid.briefing.metric.Metric.DOSE1;
import static vn.covid.briefing.metric.Metric.HOUSEHOLDS_FIRST_SAMPLED;
import static vn.covid.briefing.metric.Metric.ICU_IN_USE;
import static vn.covid.briefing.metric.Metric.SEVERE;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.covid.briefing.support.Configuration;

/** Figures that cannot be true come with a caveat; the dated settings are known only from their day. */
class PlausibilityTests {

    @Test
    void coverageAboveAHundredPercentAndIcuAboveItsBedsCarryCaveats() {
        UnitWeek week = Weeks.commune().figures(10_000L, 7_000L, 4L)
            .week(0, Map.of(ICU_IN_USE, 6L, SEVERE, 9L))
            .cumulative(Map.of(DOSE1, 7_077L, HOUSEHOLDS_FIRST_SAMPLED, 2_600L))
            .build();
        List<Caveat> caveats = Plausibility.caveats(week, List.of(), Map.of(), null);
        assertThat(caveats).extracting(Caveat::indicator, Caveat::kind).contains(
                org.assertj.core.groups.Tuple.tuple("firstDose18plusPercent", Caveat.Kind.COVERAGE_ABOVE_100),
                org.assertj.core.groups.Tuple.tuple("householdCoveragePercent", Caveat.Kind.COVERAGE_ABOVE_100),
                org.assertj.core.groups.Tuple.tuple("icuOccupancyPercent", Caveat.Kind.ICU_ABOVE_BEDS),
                org.assertj.core.groups.Tuple.tuple("icuBeds", Caveat.Kind.ICU_CAPACITY_ESTIMATED));
        assertThat(caveats).filteredOn(c -> c.kind() == Caveat.Kind.COVERAGE_ABOVE_100 && c.indicator().startsWith("first"))
            .singleElement().satisfies(c -> assertThat(c.value()).isCloseTo(101.1, org.assertj.core.data.Offset.offset(0.001)));
    }

    @Test
    void severeCasesWithoutIcuFiguresAndATargetAboveAHundredPercentCarryCaveats() {
        UnitWeek week = Weeks.commune().week(0, Map.of(SEVERE, 44L)).build();
        WeekProperties.Target over = new WeekProperties.Target(1.1, LocalDate.of(2021, 9, 30), null, "test");
        List<Caveat> caveats = Plausibility.caveats(week, List.of(), Map.of(),
                new WeekProperties.Targets(over, null, null));
        assertThat(caveats).extracting(Caveat::kind).containsExactlyInAnyOrder(Caveat.Kind.SEVERE_WITHOUT_ICU_DATA,
                Caveat.Kind.TARGET_ABOVE_100);
    }

    @Test
    void aDenominatorOrATargetIsKnownFromTheDayItWasPublished() {
        WeekProperties week = Configuration.week();
        assertThat(week.population18plusOn(LocalDate.of(2021, 10, 30))).as("nothing published before 31/10/2021").isEmpty();
        assertThat(week.population18plusOn(LocalDate.of(2021, 10, 31))).get().extracting(WeekProperties.DatedTotal::total)
            .isEqualTo(1_357_300L);
        assertThat(week.population18plusOn(LocalDate.of(2022, 1, 10))).as("the 12/01/2022 figure is not known on 10/01")
            .get().extracting(WeekProperties.DatedTotal::total).isEqualTo(1_357_300L);
        assertThat(week.population18plusOn(LocalDate.of(2022, 1, 17))).get().extracting(WeekProperties.DatedTotal::total)
            .isEqualTo(1_245_100L);
        assertThat(week.population12to17On(LocalDate.of(2022, 1, 10))).isEmpty();
        assertThat(week.targets().households().knownOn(LocalDate.of(2021, 9, 13)))
            .as("the committee set the household target on 14/9, after reading the briefing of 13/9").isFalse();
        assertThat(week.targets().households().knownOn(LocalDate.of(2021, 9, 14))).isTrue();
    }
}
