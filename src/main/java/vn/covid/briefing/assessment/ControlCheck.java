package vn.covid.briefing.assessment;

import java.util.List;
import java.util.Map;

/**
 * The "kiểm soát được dịch" test of QĐ 3979/3989 for one unit: each criterion met, not met, or unknown
 * (the data does not say), with the numbers it was judged on.
 */
public record ControlCheck(String unitCode, List<Criterion> criteria) {

    public enum Status {
        MET, NOT_MET, UNKNOWN
    }

    /**
     * @param code 1a (community cases falling and below half the peak), 1b (RT-PCR positivity falling),
     *        1c (no new cluster), 2 (risk levels of QĐ 2686 halved)
     */
    public record Criterion(String code, Status status, Map<String, Double> numbers) {
    }

    /** Not met if any criterion is not met; met only if all are; otherwise unknown. */
    public Status overall() {
        if (criteria.stream().anyMatch(c -> c.status() == Status.NOT_MET)) {
            return Status.NOT_MET;
        }
        return criteria.stream().allMatch(c -> c.status() == Status.MET) ? Status.MET : Status.UNKNOWN;
    }

    public Criterion criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }
}
