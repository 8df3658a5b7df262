package vn.covid.briefing.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import vn.covid.briefing.indicators.UnitWeek;
import vn.covid.briefing.indicators.WeekIndicators;
import vn.covid.briefing.indicators.WeeklyIndicators;
import vn.covid.briefing.reference.Decision;
import vn.covid.briefing.reference.Decisions;
import vn.covid.briefing.reference.ReferenceData;
import vn.covid.briefing.reference.Unit;
import vn.covid.briefing.reference.UnitDirectory;

/**
 * Judges a computed report week by the framework in force on its date, knowing only the decisions issued
 * by then: the control criteria and the distancing regimes until NQ 128, then the levels of QĐ 4800 and
 * QĐ 218 for the scope, every district and every commune, beside the province's official levels; and
 * what the data suggest for the coming week.
 */
@Service
public class Assessor {

    private final AssessmentProperties rules;
    private final LevelRules levelRules;
    private final ControlCriteria controlCriteria;
    private final WeeklyIndicators indicators;
    private final ReferenceData reference;
    private final Proposals proposals;

    public Assessor(AssessmentProperties rules, LevelRules levelRules, ControlCriteria controlCriteria,
            WeeklyIndicators indicators, ReferenceData reference) {
        this.rules = rules;
        this.levelRules = levelRules;
        this.controlCriteria = controlCriteria;
        this.indicators = indicators;
        this.reference = reference;
        this.proposals = new Proposals(rules);
    }

    public WeekAssessment assess(WeekIndicators week, UnitDirectory units) {
        return assess(week, units, reference.decisions());
    }

    WeekAssessment assess(WeekIndicators week, UnitDirectory units, Decisions decisions) {
        return assess(week, units, decisions, indicators::peakCommunityWeeks);
    }

    /**
     * The same with the wave's peak community weeks read by {@code peakWeeks}: the one input of the assessment
     * that is not in the week (the wave's history), so a week built in memory can be judged by the real rules.
     */
    WeekAssessment assess(WeekIndicators week, UnitDirectory units, Decisions decisions,
            Function<WeekIndicators, Map<String, Long>> peakWeeks) {
        LocalDate reportDate = week.reportDate();
        Framework framework = Framework.on(reportDate, rules);
        Framework before = Framework.on(reportDate.minusDays(week.window().days()), rules);
        FrameworkChange frameworkChange = before == framework ? null : new FrameworkChange(before, framework,
                framework.appliesFrom(rules), framework.decision(rules), framework.issued(rules));
        Map<String, LevelDecision> levels = new LinkedHashMap<>();
        Map<String, Integer> previousLevels = new LinkedHashMap<>();
        Map<String, ControlCheck> control = new LinkedHashMap<>();
        Map<String, RegimeInForce> regimeOf = new LinkedHashMap<>();
        Map<String, RegimeInForce> nextRegimes = new LinkedHashMap<>();
        Map<String, LevelComparison> official = Map.of();
        List<Decision> counts = List.of();
        List<CommuneAssessment> communes = List.of();
        List<LevelChange> changes = new ArrayList<>();
        List<Proposal> proposed = new ArrayList<>();
        LocalDate nextChange = null;
        List<UnitWeek> assessed = new ArrayList<>();
        assessed.add(week.scope());
        assessed.addAll(week.districts());
        Function<String, String> parent = c -> units.unit(c).flatMap(Unit::parentCode).orElse(null);
        switch (framework) {
            case CONTROL -> {
                Regimes regimes = new Regimes(decisions);
                // the criteria of QĐ 3979/3989 exist only from the day they were issued
                Map<String, Long> peaks = rules.control().issued().isAfter(reportDate) ? null
                        : peakWeeks.apply(week);
                for (UnitWeek d : week.districts()) {
                    regimes.on(reportDate, reportDate, d.code(), parent).ifPresent(r -> regimeOf.put(d.code(), r));
                }
                scopeRegime(week, regimes, regimeOf, parent);
                for (UnitWeek u : assessed) {
                    if (peaks != null) {
                        control.put(u.code(), controlCriteria.check(u, peaks.get(u.code())));
                    }
                    RegimeInForce now = regimeOf.get(u.code());
                    Proposal p = proposals.regime(u, now == null ? null : now.regime());
                    if (p != null) {
                        proposed.add(p);
                    }
                }
                nextChange = regimes.nextChange(reportDate, week.window().days()).orElse(null);
                if (nextChange != null) {
                    for (UnitWeek d : week.districts()) {
                        regimes.on(nextChange, reportDate, d.code(), parent).ifPresent(p -> nextRegimes.put(d.code(), p));
                    }
                }
            }
            case QD4800, QD218 -> {
                week.communes().values().forEach(assessed::addAll);
                for (UnitWeek u : assessed) {
                    Integer previous = previousLevel(framework, u);
                    previousLevels.put(u.code(), previous);
                    LevelDecision now = framework == Framework.QD218 ? levelRules.qd218(u) : levelRules.qd4800(u, previous);
                    levels.put(u.code(), now);
                    if (previous != null && now.level() != null && !previous.equals(now.level())) {
                        changes.add(new LevelChange(u.code(), previous, now.level()));
                    }
                }
                communes = OfficialLevels.communes(week, units, levels);
                official = OfficialLevels.compare(week, units, decisions, levels, parent);
                counts = decisions.levelCounts(week.scope().code(), reportDate, reportDate);
                List<UnitWeek> top = new ArrayList<>();
                top.add(week.scope());
                top.addAll(week.districts());
                for (UnitWeek u : top) {
                    LevelComparison c = official.get(u.code());
                    Integer now = c != null && c.official() != null ? c.official() : previousLevels.get(u.code());
                    Proposal p = Proposals.level(u.code(), levels.get(u.code()), now);
                    if (p != null) {
                        proposed.add(p);
                    }
                }
            }
        }
        return new WeekAssessment(framework, levels, previousLevels, control, regimeOf, nextChange, nextRegimes,
                frameworkChange, official, counts, communes, changes, proposed);
    }

    /**
     * The scope has a regime only when all its districts are under the same one (its own decision if that
     * says the same, else theirs); a province split between CT16 and CT15 has none of its own.
     */
    private static void scopeRegime(WeekIndicators week, Regimes regimes, Map<String, RegimeInForce> regimeOf,
            Function<String, String> parent) {
        List<RegimeInForce> districts = week.districts().stream().map(d -> regimeOf.get(d.code())).toList();
        if (districts.isEmpty() || districts.contains(null)
                || districts.stream().map(RegimeInForce::regime).distinct().count() != 1) {
            return;
        }
        String code = week.scope().code();
        RegimeInForce own = regimes.on(week.reportDate(), week.reportDate(), code, parent).orElse(null);
        regimeOf.put(code, own != null && own.regime().equals(districts.get(0).regime()) ? own
                : new RegimeInForce(code, districts.get(0).regime(), districts.get(0).decision()));
    }

    /** Last week's level judged the same way on last week's data ("may not be lowered" needs it; the page shows changes). */
    private Integer previousLevel(Framework framework, UnitWeek u) {
        UnitWeek before = u.previousWeek();
        return framework == Framework.QD218 ? levelRules.qd218(before).level() : levelRules.qd4800(before, null).level();
    }
}
