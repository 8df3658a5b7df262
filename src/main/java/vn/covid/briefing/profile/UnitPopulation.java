package vn.covid.briefing.profile;

import java.util.List;

/**
 * A unit's population as the reference figures give it, with its source, and the units under it: a
 * province, its districts, their communes.
 *
 * @param population null when no source gives it (then the unit has no population figure at all)
 * @param estimated true when the figure is an estimate by a stated rule, not a count
 */
public record UnitPopulation(String code, String name, Long population, boolean estimated, String source,
        List<UnitPopulation> parts) {

    /** The population as a weight for splitting a figure by population share (0 when unknown). */
    double weight() {
        return population == null ? 0 : population;
    }
}
