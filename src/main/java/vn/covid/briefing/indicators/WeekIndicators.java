package vn.covid.briefing.indicators;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;


/**
 * The figures of a report week, computed and not yet worded: the province (or other scope), every
 * district and every commune with data, and the completeness of the reports. The assessment judges it;
 * the briefing renders both; tests check it.
 *
 * @param communes per district code, its communes that reported by commune
 * @param flags what the ingest rejected or flagged in the files of the window's days
 * @param targets the coverage targets as configured (a target is only used from the day it was set)
 * @param caveats the figures that cannot be true as they stand, or rest on an estimate
 * @param denominators the scope's 18+ and 12–17 populations as known on the report date
 * @param denominatorChanges the denominators that differ from last week's, with last week both ways
 */
public record WeekIndicators(LocalDate reportDate, ReportWindow window, UnitWeek scope, List<UnitWeek> districts,
        Map<String, List<UnitWeek>> communes, List<ReportStatus> completeness, List<WeekFacts.Flag> flags,
        WeekProperties.Targets targets, List<Caveat> caveats, List<Denominator> denominators,
        List<DenominatorChange> denominatorChanges) {

    /** A week with district reports missing is provisional ("tạm thời") wherever its figures are printed. */
    public boolean provisional() {
        return missingReports() > 0;
    }

    /** Reports whose timeliness cannot be judged (first seen long after, by a system not yet watching). */
    public long notJudgedReports() {
        return completeness.stream().filter(r -> r.timeliness() == ReportStatus.Timeliness.NOT_JUDGED).count();
    }

    public List<Caveat> caveatsOf(String unitCode) {
        return caveats.stream().filter(c -> c.unitCode().equals(unitCode)).toList();
    }

    /** Every unit of the week: the scope, its districts and their communes with data. */
    public List<UnitWeek> units() {
        List<UnitWeek> all = new java.util.ArrayList<>();
        all.add(scope);
        all.addAll(districts);
        communes.values().forEach(all::addAll);
        return all;
    }

    public List<ReportStatus> completenessOf(String districtCode) {
        return completeness.stream().filter(r -> r.districtCode().equals(districtCode)).toList();
    }

    public long missingReports() {
        return completeness.stream().filter(ReportStatus::missing).count();
    }

    public long lateReports() {
        return completeness.stream().filter(r -> r.timeliness() == ReportStatus.Timeliness.LATE).count();
    }

    /**
     * Progress to a coverage target on the report date.
     *
     * @param reachedPercent the coverage reached, in % (null: not known, e.g. no first-time household figure)
     * @param neededPerDay what the unit must add per day to reach it by the deadline (denominator units)
     * @param known the day the target was set; source who set it
     */
    public record Progress(double targetPercent, LocalDate by, Double reachedPercent, Long remaining, long daysLeft,
            Long neededPerDay, LocalDate known, String source) {

        public boolean reached() {
            return reachedPercent != null && reachedPercent >= targetPercent;
        }
    }

    public Progress householdProgress(UnitWeek unit) {
        return progress(targets.households(), unit.householdCoveragePercent(), unit.figures().households());
    }

    public Progress firstDoseProgress(UnitWeek unit) {
        return progress(targets.firstDose18plus(), unit.firstDose18plusPercent(), unit.figures().population18plus());
    }

    public Progress fullDoseProgress(UnitWeek unit) {
        return progress(targets.fullDose18plus(), unit.fullDose18plusPercent(), unit.figures().population18plus());
    }

    /** Null when no such target is configured or it was not yet set on the report date. */
    private Progress progress(WeekProperties.Target target, Double reached, Long denominator) {
        if (target == null || !target.knownOn(reportDate)) {
            return null;
        }
        double targetPercent = target.share() * 100;
        long daysLeft = Math.max(0, ChronoUnit.DAYS.between(reportDate, target.by()));
        Long remaining = reached == null || denominator == null ? null
                : Math.max(0, Math.round((targetPercent - reached) / 100 * denominator));
        Long perDay = remaining == null || daysLeft == 0 ? null : (remaining + daysLeft - 1) / daysLeft;
        return new Progress(targetPercent, target.by(), reached, remaining, daysLeft, perDay, target.known(),
                target.source());
    }
}
