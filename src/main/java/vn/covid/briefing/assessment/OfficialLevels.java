package vn.covid.briefing.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.covid.briefing.indicators.UnitWeek;
import vn.covid.briefing.indicators.WeekIndicators;
import vn.covid.briefing.metric.Metric;
import vn.covid.briefing.reference.Decision;
import vn.covid.briefing.reference.Decisions;
import vn.covid.briefing.reference.Unit;
import vn.covid.briefing.reference.UnitDirectory;

/**
 * The province's own levels beside the computed ones, and the assessment of every commune of the scope:
 * on its own data, from its district's when the district reports as one row (marked so), or named with
 * the reason it could not be assessed.
 */
final class OfficialLevels {

    private OfficialLevels() {
    }

    /**
     * Adds the communes of districts that report as one row to {@code levels} (with the district's level), and
     * says for every commune how it was assessed.
     */
    static List<CommuneAssessment> communes(WeekIndicators week, UnitDirectory units, Map<String, LevelDecision> levels) {
        List<CommuneAssessment> out = new ArrayList<>();
        for (UnitWeek d : week.districts()) {
            List<UnitWeek> withData = week.communes().getOrDefault(d.code(), List.of());
            Map<String, UnitWeek> byCode = new LinkedHashMap<>();
            withData.forEach(c -> byCode.put(c.code(), c));
            boolean oneRow = withData.isEmpty() && d.sum(Metric.CASES_COMMUNITY) != null;
            // a province's parts are its communes' districts; a country's, its provinces' districts
            Unit.Level below = d.unit().level() == Unit.Level.PROVINCE ? Unit.Level.DISTRICT : Unit.Level.COMMUNE;
            for (Unit c : units.children(d.code())) {
                if (c.level() != below) {
                    continue;
                }
                if (oneRow) {
                    LevelDecision district = levels.get(d.code());
                    if (district != null && district.known()) {
                        levels.put(c.code(), district);
                        out.add(new CommuneAssessment(c.code(), d.code(), CommuneAssessment.Basis.FROM_DISTRICT,
                                CommuneAssessment.Reason.DISTRICT_REPORTS_AS_ONE_ROW));
                    }
                    else {
                        out.add(new CommuneAssessment(c.code(), d.code(), CommuneAssessment.Basis.NOT_ASSESSED,
                                reason(d)));
                    }
                    continue;
                }
                UnitWeek commune = byCode.get(c.code());
                LevelDecision level = levels.get(c.code());
                if (commune == null) {
                    out.add(new CommuneAssessment(c.code(), d.code(), CommuneAssessment.Basis.NOT_ASSESSED,
                            CommuneAssessment.Reason.NO_REPORT));
                }
                else if (level == null || !level.known()) {
                    out.add(new CommuneAssessment(c.code(), d.code(), CommuneAssessment.Basis.NOT_ASSESSED, reason(commune)));
                }
                else {
                    out.add(new CommuneAssessment(c.code(), d.code(), CommuneAssessment.Basis.OWN_DATA, null));
                }
            }
        }
        return out;
    }

    private static CommuneAssessment.Reason reason(UnitWeek u) {
        if (u.figures().population() == null) {
            return CommuneAssessment.Reason.NO_POPULATION;
        }
        if (u.cases() == null) {
            return CommuneAssessment.Reason.NO_CASES_REPORTED;
        }
        return CommuneAssessment.Reason.NO_COVERAGE;
    }

    /** Per unit (scope, districts, every commune), the official level in force as known on the report date. */
    static Map<String, LevelComparison> compare(WeekIndicators week, UnitDirectory units, Decisions decisions,
            Map<String, LevelDecision> levels, Function<String, String> parent) {
        LocalDate day = week.reportDate();
        Map<String, LevelComparison> out = new LinkedHashMap<>();
        List<String> codes = new ArrayList<>();
        codes.add(week.scope().code());
        for (UnitWeek d : week.districts()) {
            codes.add(d.code());
        }
        for (UnitWeek d : week.districts()) {
            units.children(d.code()).stream().filter(c -> c.level() == Unit.Level.COMMUNE).forEach(c -> codes.add(c.code()));
        }
        for (String code : codes) {
            Decision decision = decisions.inForce(Decision.Kind.LEVEL, code, day, day, parent).orElse(null);
            out.put(code, LevelComparison.of(code, decision, levels.get(code)));
        }
        return out;
    }
}
