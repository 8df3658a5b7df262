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
 */
public record WeekIndicators(LocalDate reportDate, ReportWindow window, UnitWeek scope, List<UnitWeek> districts,
        Map<String, List<UnitWeek>> communes, List<ReportStatus> completeness, List<WeekFacts.Flag> flags,
        WeekProperties.Targets targets) {

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
     * @param reachedPercent the coverage reached, in %
     * @param neededPerDay what the unit must add per day to reach it by the deadline (denominator units)
     */
    public record Progress(double targetPercent, LocalDate by, Double reachedPercent, Long remaining, long daysLeft,
            Long neededPerDay) {

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

    private Progress progress(WeekProperties.Target target, Double reached, Long denominator) {
        if (target == null) {
            return null;
        }
        double targetPercent = target.share() * 100;
        long daysLeft = Math.max(0, ChronoUnit.DAYS.between(reportDate, target.by()));
        Long remaining = reached == null || denominator == null ? null
                : Math.max(0, Math.round((targetPercent - reached) / 100 * denominator));
        Long perDay = remaining == null || daysLeft == 0 ? null : (remaining + daysLeft - 1) / daysLeft;
        return new Progress(targetPercent, target.by(), reached, remaining, daysLeft, perDay);
    }
}
