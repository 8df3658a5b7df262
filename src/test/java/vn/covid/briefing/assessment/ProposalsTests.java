package vn.covid.briefing.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.covid.briefing.metric.Metric.CASES_COMMUNITY;
import static vn.covid.briefing.metric.Metric.CASES_QUARANTINE;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.covid.briefing.indicators.UnitWeek;
import vn.covid.briefing.indicators.Weeks;
import vn.covid.briefing.support.Configuration;

/** What the data suggest for the coming week, by the shipped (unverified) rules: a proposal, never a decision. */
class ProposalsTests {

    private final Proposals proposals = new Proposals(Configuration.assessment());

    @Test
    void aRegimeIsProposedFromTheCommunityCases() {
        // 10.000 people: 1 community case a week is 10 per 100.000, the shipped threshold for CT16
        UnitWeek high = Weeks.commune().week(0, Map.of(CASES_COMMUNITY, 1L)).week(1, Map.of(CASES_COMMUNITY, 3L)).build();
        assertThat(proposals.regime(high, "CT15+")).satisfies(p -> {
            assertThat(p.proposed()).isEqualTo("CT16");
            assertThat(p.change()).isTrue();
            assertThat(p.reasons()).containsExactly("community-rate-at-least-strict");
            assertThat(p.inputs()).containsEntry("communityPer100kWeek", 10.0);
        });
        UnitWeek none = Weeks.commune().week(0, Map.of(CASES_COMMUNITY, 0L, CASES_QUARANTINE, 4L))
            .week(1, Map.of(CASES_COMMUNITY, 0L)).build();
        assertThat(proposals.regime(none, "CT16").proposed()).as("no community case since the data began").isEqualTo("CT15");
        UnitWeek unknown = Weeks.commune().figures(null, null, null).week(0, Map.of(CASES_COMMUNITY, 2L)).build();
        assertThat(proposals.regime(unknown, "CT16")).as("no population: no rate, no proposal").isNull();
    }

    @Test
    void aLevelIsProposedAsTheRulesGiveIt() {
        LevelDecision computed = new LevelRules(Configuration.assessment())
            .qd4800(Weeks.commune().week(0, Map.of(CASES_COMMUNITY, 2L)).cumulative(Map.of(vn.covid.briefing.metric.Metric.DOSE1,
                    3_500L)).build(), null);
        Proposal p = Proposals.level("30244", computed, 2);
        assertThat(p.now()).isEqualTo("2");
        assertThat(p.proposed()).isEqualTo("3");
        assertThat(p.reasons()).containsExactly("band-2-thap");
    }
}
