package vn.covid.briefing.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.covid.briefing.metric.Metric;

/**
 * The figures of a week that cannot be true as they stand (a coverage above 100 %, more ICU beds in use than
 * beds, severe cases without ICU data) or that rest on an estimate, as {@link Caveat}s beside the figures.
 */
final class Plausibility {

    private static final Map<String, Function<UnitWeek, Double>> COVERAGES = Map.of(
            "firstDose18plusPercent", UnitWeek::firstDose18plusPercent,
            "fullDose18plusPercent", UnitWeek::fullDose18plusPercent,
            "booster18plusPercent", UnitWeek::booster18plusPercent,
            "firstDose12to17Percent", UnitWeek::firstDose12to17Percent,
            "fullDose12to17Percent", UnitWeek::fullDose12to17Percent,
            "fullDosePopulationPercent", UnitWeek::fullDosePopulationPercent,
            "householdCoveragePercent", UnitWeek::householdCoveragePercent);

    private Plausibility() {
    }

    static List<Caveat> caveats(UnitWeek scope, List<UnitWeek> districts, Map<String, List<UnitWeek>> communes,
            WeekProperties.Targets targets) {
        List<Caveat> out = new ArrayList<>();
        List<UnitWeek> all = new ArrayList<>();
        all.add(scope);
        all.addAll(districts);
        communes.values().forEach(all::addAll);
        for (UnitWeek u : all) {
            COVERAGES.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                Double v = e.getValue().apply(u);
                if (v != null && v > 100) {
                    out.add(new Caveat(u.code(), e.getKey(), Caveat.Kind.COVERAGE_ABOVE_100, v, 100.0));
                }
            });
            Long inUse = u.latest(Metric.ICU_IN_USE);
            if (inUse != null && u.icu().beds() != null && inUse > u.icu().beds()) {
                out.add(new Caveat(u.code(), "icuOccupancyPercent", Caveat.Kind.ICU_ABOVE_BEDS, inUse.doubleValue(),
                        u.icu().beds().doubleValue()));
            }
        }
        List<UnitWeek> withHospitals = new ArrayList<>();
        withHospitals.add(scope);
        withHospitals.addAll(districts);
        for (UnitWeek u : withHospitals) {
            Long severe = u.latest(Metric.SEVERE);
            if (severe != null && severe > 0 && u.latest(Metric.ICU_IN_USE) == null) {
                out.add(new Caveat(u.code(), "icuOccupancyPercent", Caveat.Kind.SEVERE_WITHOUT_ICU_DATA,
                        severe.doubleValue(), null));
            }
            if (u.icu().estimated()) {
                out.add(new Caveat(u.code(), "icuBeds", Caveat.Kind.ICU_CAPACITY_ESTIMATED,
                        u.icu().beds().doubleValue(), null));
            }
        }
        if (targets != null) {
            Map<String, WeekProperties.Target> byName = new java.util.TreeMap<>();
            byName.put("households", targets.households());
            byName.put("firstDose18plus", targets.firstDose18plus());
            byName.put("fullDose18plus", targets.fullDose18plus());
            byName.forEach((name, t) -> {
                if (t != null && t.share() > 1) {
                    out.add(new Caveat(scope.code(), name, Caveat.Kind.TARGET_ABOVE_100, t.share() * 100, 100.0));
                }
            });
        }
        return out;
    }
}
