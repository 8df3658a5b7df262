package vn.covid.briefing.indicators;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import vn.covid.briefing.assessment.AssessmentProperties.RegimePeriod;
import vn.covid.briefing.assessment.ControlCheck;
import vn.covid.briefing.assessment.Framework;
import vn.covid.briefing.assessment.LevelDecision;

/**
 * Everything a report week says, computed and not yet worded: the figures of the province (or other
 * scope), of every district and of every commune with data, the completeness of the reports, and the
 * assessment of the framework in force. The briefing renders it; tests check it.
 *
 * @param communes per district code, its communes that reported by commune
 * @param flags what the ingest rejected or flagged in the files of the window's days
 * @param levels per unit code (QĐ 4800 / QĐ 218 periods)
 * @param previousLevels per unit code, the level the same rules give the week before (null: unknown)
 * @param control per unit code, the "kiểm soát được dịch" check (until QĐ 4800)
 * @param regimes per district code, its distancing regime on the report date (until QĐ 4800)
 * @param nextRegimeChange a regime change already decided for the coming week (null if none), and
 * @param nextRegimes per district code, the regime from that day
 */
public record WeekIndicators(LocalDate reportDate, ReportWindow window, Framework framework, UnitWeek scope,
        List<UnitWeek> districts, Map<String, List<UnitWeek>> communes, List<ReportStatus> completeness,
        List<FactStore.Flag> flags, Map<String, LevelDecision> levels, Map<String, Integer> previousLevels,
        Map<String, ControlCheck> control, LocalDate nextRegimeChange, Map<String, RegimePeriod> nextRegimes,
        Map<String, RegimePeriod> regimes, WeekProperties.Targets targets) {

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
