package vn.covid.briefing.briefing.compose;

import static vn.covid.briefing.briefing.compose.VietnameseFormat.dayMonthYear;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.covid.briefing.assessment.AssessmentProperties.RegimePeriod;
import vn.covid.briefing.assessment.ControlCheck;
import vn.covid.briefing.assessment.Framework;
import vn.covid.briefing.assessment.LevelDecision;
import vn.covid.briefing.briefing.compose.BriefingPage.Block;
import vn.covid.briefing.briefing.compose.BriefingPage.Paragraph;
import vn.covid.briefing.indicators.UnitWeek;

/**
 * II.4: the measures of the time. Until NQ 128, the distancing regime each district is under on the
 * report date (by the decisions in force then, cited in full the first time) and the "kiểm soát được
 * dịch" criteria with their numbers; from NQ 128, the epidemic level of the province, of every district
 * and of every commune, with the units that rose since last week. The map follows.
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
        if (in.assessment().framework() == Framework.CONTROL) {
            out.addAll(regimes(in, w));
            out.addAll(criteria(in, w));
        }
        else {
            out.addAll(levels(in, w));
        }
        if (in.figures().contains("map")) {
            out.add(w.figure("map", w.phrase(in.assessment().framework() == Framework.CONTROL ? "charts.map-title-control"
                    : "charts.map-title-levels", "date", dayMonthYear(in.date())), null));
        }
        return out;
    }

    /** One sentence per regime in force on the report date: its decision and the districts under it. */
    private static List<Block> regimes(BriefingInputs in, Words w) {
        Map<String, List<String>> byRegime = new LinkedHashMap<>();
        for (UnitWeek d : in.week().districts()) {
            RegimePeriod r = in.assessment().regimes().get(d.code());
            if (r != null) {
                byRegime.computeIfAbsent(r.regime(), k -> new ArrayList<>()).add(d.name());
            }
        }
        if (byRegime.isEmpty()) {
            return List.of(Paragraph.of(w.text("measures.regime-none")));
        }
        List<Block> out = new ArrayList<>();
        byRegime.forEach((regime, names) -> out.add(Paragraph.item(Words.capitalized(w.phrase("measures.regime", "regime",
                regimeName(w, regime), "places", w.places().grouped(names, w.text("words.and")))))));
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
        out.add(Paragraph.of(w.phrase("measures.criteria-intro", "decisions", w.cite("QD3979") + " " + w.text("words.and")
                + " " + w.cite("QD3989"))));
        ControlCheck.Criterion c1a = check.criterion("1a");
        out.add(Paragraph.item(w.phrase("measures.criterion-1a", "status", status(w, c1a), "weeks",
                String.join(" → ", List.of("week-2", "week-1", "week-0").stream()
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

    private static Long whole(Double d) {
        return d == null ? null : Math.round(d);
    }

    private static List<Block> levels(BriefingInputs in, Words w) {
        List<Block> out = new ArrayList<>();
        Framework framework = in.assessment().framework();
        String decisions = framework == Framework.QD218 ? w.cite("QD218")
                : w.cite("NQ128") + " " + w.text("words.and") + " " + w.cite("QD4800");
        out.add(Paragraph.of(w.phrase("measures.levels-intro", "decisions", decisions, "to", dayMonthYear(in.date()))));
        LevelDecision province = in.assessment().levels().get(in.week().scope().code());
        out.add(Paragraph.item(w.phrase("measures.level-province", "level", levelName(w, province))));
        out.add(Paragraph.item(w.phrase("measures.level-districts", "counts", counts(in, w, in.week().districts(), false))));
        List<UnitWeek> communes = in.week().communes().values().stream().flatMap(List::stream).toList();
        if (!communes.isEmpty()) {
            out.add(Paragraph.item(w.phrase("measures.level-communes", "counts", counts(in, w, communes, true))));
        }
        List<String> rises = new ArrayList<>();
        for (UnitWeek u : in.week().districts()) {
            LevelDecision now = in.assessment().levels().get(u.code());
            Integer before = in.assessment().previousLevels().get(u.code());
            if (now != null && now.level() != null && before != null && !now.level().equals(before)) {
                rises.add(w.phrase("measures.level-change", "place", w.places().inText(u.name()), "before", before, "after",
                        now.level()));
            }
        }
        if (!rises.isEmpty()) {
            out.add(Paragraph.of(w.phrase("measures.level-changes", "places", String.join(", ", rises))));
        }
        return out;
    }

    /** "cấp 2 (nguy cơ trung bình)" or "không đủ số liệu". */
    static String levelName(Words w, LevelDecision d) {
        if (d == null || d.level() == null) {
            return w.text("measures.level-unknown");
        }
        return w.phrase("measures.level-name", "level", d.level(), "name", w.list("measures.level-names").get(d.level()));
    }

    /**
     * "12/12 huyện, thành phố cấp 2", or "141/143 cấp 2; 2/143 cấp 3 (xã A (huyện B), …)": the most common
     * level counted, the others counted and named.
     */
    private static String counts(BriefingInputs in, Words w, List<UnitWeek> units, boolean communes) {
        Map<Integer, List<UnitWeek>> byLevel = new TreeMap<>();
        List<UnitWeek> unknown = new ArrayList<>();
        for (UnitWeek u : units) {
            LevelDecision d = in.assessment().levels().get(u.code());
            if (d == null || d.level() == null) {
                unknown.add(u);
            }
            else {
                byLevel.computeIfAbsent(d.level(), k -> new ArrayList<>()).add(u);
            }
        }
        int most = byLevel.entrySet().stream().max(java.util.Comparator.comparing(e -> e.getValue().size()))
            .map(Map.Entry::getKey).orElse(0);
        String total = w.number((long) units.size());
        List<String> parts = new ArrayList<>();
        byLevel.forEach((level, list) -> {
            String part = w.phrase("measures.level-count", "count", w.number((long) list.size()), "total", total, "level",
                    level);
            if (level != most) {
                part += " (" + String.join(", ", list.stream().map(u -> name(in, w, u, communes)).toList()) + ")";
            }
            parts.add(part);
        });
        if (!unknown.isEmpty()) {
            parts.add(w.phrase("measures.level-count-unknown", "count", w.number((long) unknown.size()), "total", total,
                    "places", String.join(", ", unknown.stream().map(u -> name(in, w, u, communes)).toList())));
        }
        return String.join("; ", parts);
    }

    private static String name(BriefingInputs in, Words w, UnitWeek u, boolean commune) {
        if (!commune) {
            return w.places().inText(u.name());
        }
        String district = in.week().districts().stream()
            .filter(d -> in.week().communes().getOrDefault(d.code(), List.of()).contains(u)).map(UnitWeek::name)
            .findFirst().orElse("");
        return w.places().communeInText(u.name(), district);
    }
}
