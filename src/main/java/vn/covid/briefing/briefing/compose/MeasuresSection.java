package vn.covid.briefing.briefing.compose;

import static vn.covid.briefing.briefing.compose.VietnameseFormat.dayMonthYear;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.covid.briefing.assessment.ControlCheck;
import vn.covid.briefing.assessment.Framework;
import vn.covid.briefing.assessment.RegimeInForce;
import vn.covid.briefing.briefing.compose.BriefingPage.Block;
import vn.covid.briefing.briefing.compose.BriefingPage.Paragraph;
import vn.covid.briefing.indicators.UnitWeek;

/**
 * II.4: the measures of the time. Until NQ 128, the distancing regime each district is under on the
 * report date, by the province's decisions in force then (each cited in full the first time), any change
 * already decided by then, and the "kiểm soát được dịch" criteria with their numbers; from NQ 128, the
 * levels ({@link LevelsSection}). The map follows.
 */
final class MeasuresSection {

    private MeasuresSection() {
    }

    static String title(BriefingInputs in, Words w) {
        return w.text(in.assessment().framework() == Framework.CONTROL ? "sections.measures-control"
                : "sections.measures-levels");
    }

    static List<Block> compose(BriefingInputs in, Words w) {
        List<Block> out = new ArrayList<>();
        if (in.assessment().frameworkChange() != null) {
            var change = in.assessment().frameworkChange();
            out.add(Paragraph.of(w.phrase("measures.framework-change", "from", dayMonthYear(change.from()), "decisions",
                    decisions(w, change.now()))));
        }
        if (in.assessment().framework() == Framework.CONTROL) {
            out.addAll(regimes(in, w, in.assessment().regimes(), null));
            if (in.assessment().nextRegimeChange() != null) {
                out.addAll(regimes(in, w, in.assessment().nextRegimes(), in.assessment().nextRegimeChange()));
            }
            out.addAll(criteria(in, w));
        }
        else {
            out.addAll(LevelsSection.compose(in, w));
        }
        // under the control framework a map of districts with no distancing decision shows nothing
        boolean mapShows = in.assessment().framework() != Framework.CONTROL
                || in.assessment().regimes().values().stream().anyMatch(r -> r.regime() != null);
        if (in.figures().contains("map") && mapShows) {
            boolean control = in.assessment().framework() == Framework.CONTROL;
            out.add(w.figure("map", w.phrase(control ? "charts.map-title-control" : "charts.map-title-levels", "date",
                    dayMonthYear(in.date())), null, control ? "figures.source-map-regimes" : "figures.source-map-levels"));
        }
        return out;
    }

    /** "Nghị quyết số 128/NQ-CP … và Quyết định số 4800/QĐ-BYT …": the national documents of a framework. */
    static String decisions(Words w, Framework framework) {
        return switch (framework) {
            case CONTROL -> w.cite("QD3979-3989");
            case QD4800 -> w.cite("NQ128") + " " + w.text("words.and") + " " + w.cite("QD4800");
            case QD218 -> w.cite("QD218");
        };
    }

    /**
     * One item per regime and decision: its wording, the decision behind it and the districts under it;
     * the whole province in one sentence when every district is under the same one.
     *
     * @param from the day a decided change takes effect, or null for the regimes in force on the report date
     */
    private static List<Block> regimes(BriefingInputs in, Words w, Map<String, RegimeInForce> regimes,
            java.time.LocalDate from) {
        Map<String, List<String>> byRegime = new LinkedHashMap<>();
        Map<String, RegimeInForce> first = new LinkedHashMap<>();
        for (UnitWeek d : in.week().districts()) {
            RegimeInForce r = regimes.get(d.code());
            if (r != null) {
                String key = r.regime() + "|" + r.decision().id();
                byRegime.computeIfAbsent(key, k -> new ArrayList<>()).add(d.name());
                first.putIfAbsent(key, r);
            }
        }
        if (byRegime.isEmpty()) {
            return from != null ? List.of() : List.of(Paragraph.of(w.text("measures.regime-none")));
        }
        List<Block> out = new ArrayList<>();
        if (from != null) {
            out.add(Paragraph.of(w.phrase("measures.regime-decided", "from", dayMonthYear(from))));
        }
        boolean all = byRegime.size() == 1 && byRegime.values().iterator().next().size() == in.week().districts().size();
        byRegime.forEach((key, names) -> {
            RegimeInForce r = first.get(key);
            String regime = regimeName(w, r.regime());
            String decision = w.cite(r.decision());
            out.add(all ? Paragraph.of(w.phrase("measures.regime-all", "regime", regime, "decision", decision))
                    : Paragraph.item(Words.capitalized(w.phrase("measures.regime", "regime", regime, "decision", decision,
                            "places", w.places().grouped(names, w.text("words.and"))))));
        });
        return out;
    }

    /** "thực hiện giãn cách xã hội theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ". */
    static String regimeName(Words w, String regime) {
        String document = w.texts().map("regimes.documents").get(regime);
        String words = w.texts().map("regimes.names").getOrDefault(regime, regime);
        return document == null ? words : w.phrase("regimes.form", "regime", words, "document", w.cite(document));
    }

    private static List<Block> criteria(BriefingInputs in, Words w) {
        ControlCheck check = in.assessment().control().get(in.week().scope().code());
        if (check == null) {
            return List.of();
        }
        List<Block> out = new ArrayList<>();
        out.add(Paragraph.of(w.phrase("measures.criteria-intro", "decisions", decisions(w, Framework.CONTROL))));
        ControlCheck.Criterion c1a = check.criterion("1a");
        out.add(Paragraph.item(w.phrase("measures.criterion-1a", "status", status(w, c1a), "weeks",
                String.join(", ", List.of("week-2", "week-1", "week-0").stream()
                    .map(k -> w.count(whole(c1a.numbers().get(k)), "cases")).toList()),
                "peak", w.count(whole(c1a.numbers().get("peak")), "cases"))));
        ControlCheck.Criterion c1b = check.criterion("1b");
        out.add(Paragraph.item(w.phrase("measures.criterion-1b", "status", status(w, c1b), "recent",
                w.percent(c1b.numbers().get("recent"), 2), "before", w.percent(c1b.numbers().get("before"), 2))));
        ControlCheck.Criterion c1c = check.criterion("1c");
        Double clusters = c1c.numbers().get("clusters");
        out.add(Paragraph.item(clusters == null ? w.phrase("measures.criterion-1c-unknown", "status", status(w, c1c))
                : w.phrase("measures.criterion-1c", "status", status(w, c1c), "clusters", w.number(whole(clusters)))));
        out.add(Paragraph.item(w.phrase("measures.criterion-2", "status", status(w, check.criterion("2")), "decision",
                w.cite("QD2686"))));
        out.add(Paragraph.of(w.text(switch (check.overall()) {
            case MET -> "measures.criteria-met";
            case NOT_MET -> "measures.criteria-not-met";
            case UNKNOWN -> "measures.criteria-unknown";
        })));
        return out;
    }

    static String status(Words w, ControlCheck.Criterion c) {
        return w.text(switch (c.status()) {
            case MET -> "measures.status-met";
            case NOT_MET -> "measures.status-not-met";
            case UNKNOWN -> "measures.status-unknown";
        });
    }

    static Long whole(Double d) {
        return d == null ? null : Math.round(d);
    }
}
