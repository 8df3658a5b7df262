package vn.covid.briefing.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The official rules of each period ({@code briefing.assessment} in application.yml). Every threshold
 * is here, none in code, and each framework lists which of its values no official text confirmed
 * ({@code unverified}), so an office can correct them without a rebuild and the briefing can say so. Each
 * framework names its decision and the day it was issued: a briefing dated before that does not know it.
 * The province's own decisions (regimes, levels) are data: input/reference/decisions.csv.
 */
@ConfigurationProperties("briefing.assessment")
public record AssessmentProperties(Control control, Qd4800 qd4800, Qd218 qd218, Proposals proposals) {

    /** "Kiểm soát được dịch", QĐ 3979/3989: its criteria are judged from {@code issued} until QĐ 4800 applies. */
    public record Control(String decision, LocalDate issued, String source, int fallingWeeks, double belowPeakShare,
            int positivityDays, int clusterDays, List<String> unverified) {
    }

    /**
     * NQ 128 / QĐ 4800 levels, from {@code from} (NQ 128) once the thresholds were issued ({@code issued}).
     *
     * @param caseBands lower edges of mức 2, 3, 4 in community cases per 100.000 per week
     * @param topInclusive whether the top edge itself is mức 4 (≥) or needs more (>)
     * @param matrix "high"/"low" coverage → level for mức 1…4
     */
    public record Qd4800(String decision, LocalDate issued, LocalDate from, LocalDate until, List<Double> caseBands,
            boolean topInclusive, double firstDose18plusHigh, Elderly elderly, double icuOccupancyMax,
            Map<String, List<Integer>> matrix, List<String> unverified) {
    }

    /** The 65+ full-dose sub-criterion: below the share → +1 level (except at level 4 or with no cases). */
    public record Elderly(int age, double fullDoseMin) {
    }

    /**
     * QĐ 218 levels: transmission (mức 1–4 from all cases per 100.000 per week, +1 when vaccination
     * misses its targets) × response capacity (from ICU occupancy), then +1 when deaths exceed the limit.
     *
     * @param responseIcuOccupancy ICU occupancy (share) up to which capacity is "cao", then "trung bình"; above: "thấp"
     * @param highRiskFullDoseMin the high-risk group's full-dose share (not in the input: never assessable)
     * @param matrix "cao"/"trung-binh"/"thap" → level for mức 1…4
     */
    public record Qd218(String decision, LocalDate issued, LocalDate from, List<Double> caseBands, boolean topInclusive,
            double deathsPer100kWeekMax, double fullDosePopulationMin, double highRiskFullDoseMin,
            List<Double> responseIcuOccupancy, Map<String, List<Integer>> matrix, List<String> unverified) {
    }

    /**
     * What the data suggest for the coming week, per unit: a proposal for the committee, never a decision.
     * Before NQ 128 a distancing regime by these rules; after it, the level the framework's rules give.
     *
     * @param leadDays the fewest days after the report date a proposal can take effect from: the committee
     *        meets on the briefing, then a decision is signed and published (and never before the regime in
     *        force ends)
     */
    public record Proposals(RegimeRules regime, int leadDays, List<String> unverified) {
    }

    /**
     * @param strict proposed while community cases of the last 7 days reach {@code strictCommunityPer100kWeek}
     *        per 100.000, or rose against the week before
     * @param relaxed proposed when there were community cases in the last {@code lightestAfterDays} days, but fewer
     * @param lightest proposed after {@code lightestAfterDays} days without a community case
     */
    public record RegimeRules(String strict, double strictCommunityPer100kWeek, String relaxed, String lightest,
            int lightestAfterDays) {
    }
}
