package vn.covid.briefing.assessment;

import java.util.List;
import java.util.Map;

/**
 * What the data suggest for a unit for the coming week: a proposal for the committee ("Đề xuất, kiến
 * nghị"), computed by configured rules, never a decision.
 *
 * @param now the regime in force, or the official level (else last week's computed level), as text ("CT16", "2")
 * @param proposed the regime or level the rules give for the coming week
 * @param reasons the rules that decided it (keys; the briefing words them)
 * @param inputs the numbers they read
 */
public record Proposal(String unitCode, String now, String proposed, List<String> reasons, Map<String, Double> inputs) {

    public boolean change() {
        return now == null || !now.equals(proposed);
    }
}
