package vn.covid.briefing.assessment;

import java.util.List;
import java.util.Map;

import vn.covid.briefing.indicators.WeekIndicators;
import vn.covid.briefing.reference.Decision;
import vn.covid.briefing.reference.Decisions;
import vn.covid.briefing.reference.UnitDirectory;

/** The real assessment of a week built in memory: {@link Assessor}'s rules, with the wave's peak weeks given. */
public final class Assessments {

    private Assessments() {
    }

    public static WeekAssessment of(AssessmentProperties rules, WeekIndicators week, UnitDirectory units,
            List<Decision> decisions, Map<String, Long> peaks) {
        // with the peaks given, the assessment reads neither the stored reports nor the reference tables
        Assessor assessor = new Assessor(rules, new LevelRules(rules), new ControlCriteria(rules), null, null);
        return assessor.assess(week, units, new Decisions(decisions), w -> peaks);
    }
}
