package vn.covid.briefing.assessment;

import vn.covid.briefing.reference.Decision;

/**
 * A unit's official level beside the computed one.
 *
 * @param official the level the province's latest decision in force set (null: no decision, or its content
 *        for this unit is not known)
 * @param decision that decision (null when none was in force and known on the report date)
 * @param computed the level the framework's rules give on the week's data, with its inputs (null: not assessed)
 * @param differs whether both are known and differ (null when either is not known)
 */
public record LevelComparison(String unitCode, Integer official, Decision decision, LevelDecision computed,
        Boolean differs) {

    static LevelComparison of(String unitCode, Decision decision, LevelDecision computed) {
        Integer official = decision == null ? null : decision.level();
        Integer level = computed == null ? null : computed.level();
        return new LevelComparison(unitCode, official, decision, computed,
                official == null || level == null ? null : !official.equals(level));
    }
}
