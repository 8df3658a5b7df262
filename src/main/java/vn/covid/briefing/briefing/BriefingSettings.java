package vn.covid.briefing.briefing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.covid.briefing.assessment.AssessmentProperties;
import vn.covid.briefing.briefing.edition.Settings;
import vn.covid.briefing.indicators.WeekProperties;
import vn.covid.briefing.reference.Decision;
import vn.covid.briefing.reference.OpeningBalance;
import vn.covid.briefing.reference.ReferenceData;
import vn.covid.briefing.reference.Unit;
import vn.covid.briefing.reference.UnitDirectory;

/**
 * The settings and reference values a week of this scope is judged by, now (see {@link Settings}). A
 * decision's or balance's source and note are left out: rewording where a figure came from changes no
 * figure of the briefing.
 */
@Component
class BriefingSettings {

    private final WeekProperties week;
    private final AssessmentProperties rules;
    private final ReferenceData reference;

    BriefingSettings(WeekProperties week, AssessmentProperties rules, ReferenceData reference) {
        this.week = week;
        this.rules = rules;
        this.reference = reference;
    }

    Settings now() {
        Settings.Builder b = Settings.builder().add("briefing.week", week).add("briefing.assessment", rules);
        UnitDirectory units = reference.units();
        units.all().stream().filter(u -> u.level() == Unit.Level.COUNTRY || units.inScope(u))
            .sorted(Comparator.comparing(Unit::code))
            .forEach(u -> b.add("unit." + u.code(), u.name() + " | " + u.level() + " | " + u.parentCode().orElse("")));
        units.figures().forEach((figure, amounts) -> amounts.forEach((code, amount) -> units.unit(code)
            .filter(units::inScope).ifPresent(u -> b.add("figure." + code + "." + figure, amount))));
        for (Decision d : reference.decisions().all()) {
            String key = "decision." + d.id() + "." + d.unitCode() + "." + d.kind()
                    + (d.kind() == Decision.Kind.LEVEL_COUNT ? "." + d.value() : "");
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("number", d.number());
            content.put("authority", d.authority());
            content.put("issued", d.issued());
            content.put("inForceFrom", d.inForceFrom());
            content.put("inForceUntil", d.inForceUntil());
            content.put("value", d.value());
            content.put("count", d.count());
            content.put("of", d.of());
            b.add(key, content);
        }
        for (OpeningBalance o : reference.balances().all()) {
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("asOf", o.asOf());
            content.put("amount", o.amount());
            content.put("countsFrom", o.countsFrom());
            content.put("basis", o.basis());
            b.add("balance." + o.unitCode() + "." + o.item(), content);
        }
        return b.build();
    }
}
