package vn.covid.briefing.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.covid.briefing.indicators.UnitWeek;
import vn.covid.briefing.metric.Metric;

/**
 * What the data suggest for the coming week, per unit, by the configured rules ({@code briefing.assessment.
 * proposals}): before NQ 128 a distancing regime, after it the level the framework's rules give. A proposal
 * for the committee to decide on, which the briefing words under "Đề xuất, kiến nghị".
 */
public final class Proposals {

    private static final String RATE_AT_LEAST_STRICT = "community-rate-at-least-strict";
    private static final String RISING = "community-rising";
    private static final String QUIET = "no-community-case-for-days";
    private static final String QUIET_WEEK = "no-community-case-in-week";
    private static final String BELOW_STRICT = "community-cases-below-strict";

    private final AssessmentProperties.RegimeRules rules;

    Proposals(AssessmentProperties rules) {
        this.rules = rules.proposals() == null ? null : rules.proposals().regime();
    }

    /** Null when no regime rules are configured or the week has too little data to judge. */
    Proposal regime(UnitWeek week, String now) {
        if (rules == null) {
            return null;
        }
        Double rate = week.communityPer100kWeek();
        Long change = week.communityChange();
        Long quiet = week.daysWithoutCommunityCase();
        Map<String, Double> inputs = new LinkedHashMap<>();
        inputs.put("communityPer100kWeek", rate);
        inputs.put("communityChange", change == null ? null : change.doubleValue());
        inputs.put("daysWithoutCommunityCase", quiet == null ? null : quiet.doubleValue());
        if (rate == null) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        String proposed;
        if (rate >= rules.strictCommunityPer100kWeek()) {
            reasons.add(RATE_AT_LEAST_STRICT);
            proposed = rules.strict();
        }
        else if (change != null && change > 0) {
            reasons.add(RISING);
            proposed = rules.strict();
        }
        else if (quiet != null && quiet >= rules.lightestAfterDays()) {
            reasons.add(QUIET);
            proposed = rules.lightest();
        }
        else if (quiet == null && week.sum(Metric.CASES_COMMUNITY) != null && week.sum(Metric.CASES_COMMUNITY) == 0) {
            // no earlier community case on record: only this week is known to be free of them
            reasons.add(QUIET_WEEK);
            proposed = rules.lightest();
        }
        else {
            reasons.add(BELOW_STRICT);
            proposed = rules.relaxed();
        }
        return new Proposal(week.code(), now, proposed, reasons, inputs);
    }

    /** Every reason a proposal can give, as keys the briefing words (texts.yml proposals.reasons). */
    public static List<String> reasonKeys() {
        List<String> keys = new ArrayList<>(List.of(RATE_AT_LEAST_STRICT, RISING, QUIET, QUIET_WEEK, BELOW_STRICT));
        java.util.Arrays.stream(LevelDecision.Rule.values()).filter(r -> r != LevelDecision.Rule.NOT_ASSESSABLE)
            .forEach(r -> keys.add(r.key()));
        return keys;
    }

    /** The level the framework's rules give this week, proposed for the coming one, against the level now. */
    static Proposal level(String unitCode, LevelDecision computed, Integer now) {
        if (computed == null || !computed.known()) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        reasons.add("band-" + computed.band() + "-" + computed.column());
        computed.adjustments().stream().filter(a -> a.rule() != LevelDecision.Rule.NOT_ASSESSABLE)
            .forEach(a -> reasons.add(a.rule().key()));
        return new Proposal(unitCode, now == null ? null : now.toString(), computed.level().toString(), reasons,
                computed.inputs());
    }
}
