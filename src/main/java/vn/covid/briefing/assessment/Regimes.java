package vn.covid.briefing.assessment;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

import vn.covid.briefing.reference.Decision;
import vn.covid.briefing.reference.Decisions;

/**
 * Which distancing regime (CT15, CT16, …) a unit was under on a day, and which change was already decided
 * for the coming days, from the province's decisions as a briefing of the report date could know them: a
 * decision issued after the report date does not exist for it.
 */
final class Regimes {

    private final Decisions decisions;

    Regimes(Decisions decisions) {
        this.decisions = decisions;
    }

    /** @param parent the unit's parent code, or null at the top */
    Optional<RegimeInForce> on(LocalDate day, LocalDate knownOn, String unitCode, Function<String, String> parent) {
        return decisions.inForce(Decision.Kind.REGIME, unitCode, day, knownOn, parent)
            .map(d -> new RegimeInForce(unitCode, d.value(), d));
    }

    /** The first day after {@code day}, within {@code days}, on which a decision known on {@code day} comes into force. */
    Optional<LocalDate> nextChange(LocalDate day, int days) {
        return decisions.decidedAfter(Decision.Kind.REGIME, day, days).stream().map(Decision::inForceFrom)
            .min(Comparator.naturalOrder());
    }
}
