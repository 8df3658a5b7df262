package vn.covid.briefing.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.covid.briefing.reference.Decision;

/**
 * The assessment of a report week under the framework in force on its date, not yet worded, knowing only
 * what was decided on or before that date.
 *
 * @param levels per unit code (QĐ 4800 / QĐ 218 periods): the scope, every district, and every commune assessed
 *        on its own data or, where its district reports as one row, on the district's (see {@code communes})
 * @param previousLevels per unit code, the level the same rules give the week before (null: unknown)
 * @param control per unit code, the "kiểm soát được dịch" check (once QĐ 3979/3989 were issued, until QĐ 4800)
 * @param regimes per district code (and the scope's), its distancing regime on the report date and its decision
 * @param nextRegimeChange a regime change already decided (issued by the report date) for the coming week, or null
 * @param nextRegimes per district code, the regime decided from that day
 * @param frameworkChange the framework is not last week's (null when it is)
 * @param official per unit code (scope, districts, every commune), the official level beside the computed one
 * @param officialCounts the "n of m communes at level L" lines (unnamed units) of the decision in force
 * @param communes every commune of the scope: how it was assessed, or why it was not
 * @param levelChanges the units whose computed level is not last week's
 * @param proposals per district and the scope, what the data suggest for the coming week
 */
public record WeekAssessment(Framework framework, Map<String, LevelDecision> levels, Map<String, Integer> previousLevels,
        Map<String, ControlCheck> control, Map<String, RegimeInForce> regimes, LocalDate nextRegimeChange,
        Map<String, RegimeInForce> nextRegimes, FrameworkChange frameworkChange, Map<String, LevelComparison> official,
        List<Decision> officialCounts, List<CommuneAssessment> communes, List<LevelChange> levelChanges,
        List<Proposal> proposals) {

    /** Every decision the assessment rests on or mentions (each issued on or before the report date). */
    public List<Decision> cited() {
        Map<String, Decision> byLine = new LinkedHashMap<>();
        List<Decision> all = new ArrayList<>();
        regimes.values().forEach(r -> all.add(r.decision()));
        nextRegimes.values().forEach(r -> all.add(r.decision()));
        official.values().stream().map(LevelComparison::decision).filter(Objects::nonNull).forEach(all::add);
        all.addAll(officialCounts);
        all.forEach(d -> byLine.putIfAbsent(d.id() + "|" + d.unitCode() + "|" + d.kind() + "|" + d.value(), d));
        return List.copyOf(byLine.values());
    }

    /** The units whose official level and computed level are both known and differ. */
    public List<LevelComparison> differing() {
        return official.values().stream().filter(c -> Boolean.TRUE.equals(c.differs())).toList();
    }

    public Proposal proposal(String unitCode) {
        return proposals.stream().filter(p -> p.unitCode().equals(unitCode)).findFirst().orElse(null);
    }
}
