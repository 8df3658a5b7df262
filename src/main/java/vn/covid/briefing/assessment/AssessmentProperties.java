package vn.covid.briefing.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The official rules of each period ({@code briefing.assessment} in application.yml). Every threshold
 * is here, none in code, and each framework lists which of its values no official text confirmed
 * ({@code unverified}), so an office can correct them without a rebuild and the briefing can say so.
 */
@ConfigurationProperties("briefing.assessment")
public record AssessmentProperties(Control control, Qd4800 qd4800, Qd218 qd218, List<RegimePeriod> regimes) {

    /** "Kiểm soát được dịch", QĐ 3979/3989 (until {@code until}). */
    public record Control(LocalDate until, int fallingWeeks, double belowPeakShare, int positivityDays,
            int clusterDays, List<String> unverified) {
    }

    /**
     * NQ 128 / QĐ 4800 levels.
     *
     * @param caseBands lower edges of mức 2, 3, 4 in community cases per 100.000 per week
     * @param topInclusive whether the top edge itself is mức 4 (≥) or needs more (>)
     * @param matrix "high"/"low" coverage → level for mức 1…4
     */
    public record Qd4800(LocalDate from, LocalDate until, List<Double> caseBands, boolean topInclusive,
            double firstDose18plusHigh, Elderly elderly, double icuOccupancyMax, Map<String, List<Integer>> matrix,
            List<String> unverified) {
    }

    /** The 65+ full-dose sub-criterion: below the share → +1 level (except at level 4 or with no cases). */
    public record Elderly(int age, double fullDoseMin) {
    }

    /**
     * QĐ 218 levels: transmission (mức 1–4 from all cases per 100.000 per week, +1 when vaccination
     * misses its targets) × response capacity (from ICU occupancy), then +1 when deaths exceed the limit.
     *
     * @param responseIcuOccupancy ICU occupancy (share) up to which capacity is "cao", then "trung bình"; above: "thấp"
     * @param matrix "cao"/"trung-binh"/"thap" → level for mức 1…4
     */
    public record Qd218(LocalDate from, List<Double> caseBands, boolean topInclusive, double deathsPer100kWeekMax,
            double fullDosePopulationMin, List<Double> responseIcuOccupancy, Map<String, List<Integer>> matrix,
            List<String> unverified) {
    }

    /** A distancing regime (CT15, CT16, …) applied to units over a period, with the decision behind it. */
    public record RegimePeriod(LocalDate from, LocalDate until, String regime, List<String> units, String source) {
    }
}
