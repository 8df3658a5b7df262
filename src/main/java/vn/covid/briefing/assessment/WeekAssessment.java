package vn.covid.briefing.assessment;

import java.time.LocalDate;
import java.util.Map;

import vn.covid.briefing.assessment.AssessmentProperties.RegimePeriod;

/**
 * The assessment of a report week under the framework in force on its date, not yet worded.
 *
 * @param levels per unit code (QĐ 4800 / QĐ 218 periods)
 * @param previousLevels per unit code, the level the same rules give the week before (null: unknown)
 * @param control per unit code, the "kiểm soát được dịch" check (until QĐ 4800)
 * @param regimes per district code (and the scope's), its distancing regime on the report date
 * @param nextRegimeChange a regime change already decided for the coming week (null if none), and
 * @param nextRegimes per district code, the regime from that day
 */
public record WeekAssessment(Framework framework, Map<String, LevelDecision> levels, Map<String, Integer> previousLevels,
        Map<String, ControlCheck> control, Map<String, RegimePeriod> regimes, LocalDate nextRegimeChange,
        Map<String, RegimePeriod> nextRegimes) {
}
