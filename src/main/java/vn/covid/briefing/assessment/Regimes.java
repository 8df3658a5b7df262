package vn.covid.briefing.assessment;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.covid.briefing.assessment.AssessmentProperties.RegimePeriod;

/** Which distancing regime (CT15, CT16, …) a unit was under on a day, from the dated configuration. */
@Component
public class Regimes {

    private final AssessmentProperties rules;

    public Regimes(AssessmentProperties rules) {
        this.rules = rules;
    }

    /**
     * The period naming the unit itself wins over one naming an ancestor (a district kept on CT16 while
     * the province moves to CT15); among equals, the one that started last.
     *
     * @param parent the unit's parent code, or null at the top
     */
    public Optional<RegimePeriod> on(LocalDate day, String unitCode, Function<String, String> parent) {
        if (rules.regimes() == null) {
            return Optional.empty();
        }
        for (String code = unitCode; code != null; code = parent.apply(code)) {
            String c = code;
            Optional<RegimePeriod> found = rules.regimes().stream()
                .filter(p -> p.units().contains(c) && !day.isBefore(p.from()) && (p.until() == null || !day.isAfter(p.until())))
                .max(java.util.Comparator.comparing(RegimePeriod::from));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The first day after {@code day}, within {@code days}, on which a configured period starts (a decided change). */
    public Optional<LocalDate> nextChange(LocalDate day, int days) {
        if (rules.regimes() == null) {
            return Optional.empty();
        }
        return rules.regimes().stream().map(RegimePeriod::from)
            .filter(f -> f.isAfter(day) && !f.isAfter(day.plusDays(days)))
            .min(java.util.Comparator.naturalOrder());
    }
}
