package vn.covid.briefing.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import vn.covid.briefing.assessment.AssessmentProperties.RegimePeriod;
import vn.covid.briefing.indicators.UnitWeek;
import vn.covid.briefing.indicators.WeekIndicators;
import vn.covid.briefing.indicators.WeeklyIndicators;
import vn.covid.briefing.reference.Unit;
import vn.covid.briefing.reference.UnitDirectory;

/**
 * Judges a computed report week by the framework in force on its date: the control criteria and the
 * distancing regimes until NQ 128, then the levels of QĐ 4800 and QĐ 218 for the scope, every district
 * and every commune with data.
 */
@Service
public class Assessor {

    private final AssessmentProperties rules;
    private final LevelRules levelRules;
    private final ControlCriteria controlCriteria;
    private final Regimes regimes;
    private final WeeklyIndicators indicators;

    public Assessor(AssessmentProperties rules, LevelRules levelRules, ControlCriteria controlCriteria, Regimes regimes,
            WeeklyIndicators indicators) {
        this.rules = rules;
        this.levelRules = levelRules;
        this.controlCriteria = controlCriteria;
        this.regimes = regimes;
        this.indicators = indicators;
    }

    public WeekAssessment assess(WeekIndicators week, UnitDirectory units) {
        LocalDate reportDate = week.reportDate();
        Framework framework = Framework.on(reportDate, rules);
        Map<String, LevelDecision> levels = new LinkedHashMap<>();
        Map<String, Integer> previousLevels = new LinkedHashMap<>();
        Map<String, ControlCheck> control = new LinkedHashMap<>();
        Map<String, RegimePeriod> regimeOf = new LinkedHashMap<>();
        Map<String, RegimePeriod> nextRegimes = new LinkedHashMap<>();
        LocalDate nextChange = null;
        List<UnitWeek> assessed = new ArrayList<>();
        assessed.add(week.scope());
        assessed.addAll(week.districts());
        Function<String, String> parent = c -> units.unit(c).flatMap(Unit::parentCode).orElse(null);
        switch (framework) {
            case CONTROL -> {
                Map<String, Long> peaks = indicators.peakCommunityWeeks(week);
                for (UnitWeek u : assessed) {
                    control.put(u.code(), controlCriteria.check(u, peaks.get(u.code())));
                    regimes.on(reportDate, u.code(), parent).ifPresent(p -> regimeOf.put(u.code(), p));
                }
                nextChange = regimes.nextChange(reportDate, week.window().days()).orElse(null);
                if (nextChange != null) {
                    for (UnitWeek d : week.districts()) {
                        regimes.on(nextChange, d.code(), parent).ifPresent(p -> nextRegimes.put(d.code(), p));
                    }
                }
            }
            case QD4800, QD218 -> {
                week.communes().values().forEach(assessed::addAll);
                for (UnitWeek u : assessed) {
                    Integer previous = previousLevel(framework, u);
                    previousLevels.put(u.code(), previous);
                    levels.put(u.code(), framework == Framework.QD218 ? levelRules.qd218(u) : levelRules.qd4800(u, previous));
                }
            }
        }
        return new WeekAssessment(framework, levels, previousLevels, control, regimeOf, nextChange, nextRegimes);
    }

    /** Last week's level judged the same way on last week's data ("may not be lowered" needs it; the page shows rises). */
    private Integer previousLevel(Framework framework, UnitWeek u) {
        UnitWeek before = u.previousWeek();
        return framework == Framework.QD218 ? levelRules.qd218(before).level() : levelRules.qd4800(before, null).level();
    }
}
