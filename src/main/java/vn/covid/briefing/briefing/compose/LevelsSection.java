package vn.covid.briefing.briefing.compose;

import static vn.covid.briefing.briefing.compose.VietnameseFormat.dayMonthYear;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.covid.briefing.assessment.CommuneAssessment;
import vn.covid.briefing.assessment.Framework;
import vn.covid.briefing.assessment.LevelChange;
import vn.covid.briefing.assessment.LevelComparison;
import vn.covid.briefing.assessment.LevelDecision;
import vn.covid.briefing.briefing.compose.BriefingPage.Block;
import vn.covid.briefing.briefing.compose.BriefingPage.Paragraph;
import vn.covid.briefing.indicators.UnitWeek;
import vn.covid.briefing.reference.Decision;

/**
 * The levels of NQ 128 / QĐ 4800 and QĐ 218: for the province, the districts and every commune, the
 * official level the province decided (and by which decision) beside the one the week's data give,
 * saying where they differ and on what inputs; the communes counted over all of them, those assessed
 * from their district's data and those not assessed named with the reason; under QĐ 218 every criterion
 * with its figure; and the districts whose level moved since last week.
 */
final class LevelsSection {

    /** Communes not assessed for one reason are named up to this many, and only counted beyond. */
    private static final int MAX_NAMED = 5;

    /** Differing districts are named one by one while they are few. */
    private static final int MAX_LISTED = 4;

    private LevelsSection() {
    }

    static List<Block> compose(BriefingInputs in, Words w) {
        List<Block> out = new ArrayList<>();
        Framework framework = in.assessment().framework();
        out.add(Paragraph.of(w.phrase("measures.levels-intro", "decisions", MeasuresSection.decisions(w, framework), "to",
                dayMonthYear(in.date()))));
        String scope = in.week().scope().code();
        out.add(Paragraph.item(province(in, w, in.assessment().official().get(scope), in.assessment().levels().get(scope))));
        if (framework == Framework.QD218) {
            out.add(Paragraph.of(criteria(w, in.assessment().levels().get(scope))));
        }
        out.add(Paragraph.item(w.phrase("measures.level-districts", "counts", districts(in, w))));
        out.add(Paragraph.item(w.phrase("measures.level-communes", "counts", communes(in, w))));
        // the districts that moved the same way in one phrase: "các huyện A, B chuyển từ cấp 3 sang cấp 4"
        Map<String, List<String>> byMove = new LinkedHashMap<>();
        for (LevelChange c : in.assessment().levelChanges()) {
            UnitWeek u = SituationSection.byCode(in.week()).get(c.unitCode());
            if (u != null && in.week().districts().contains(u)) {
                byMove.computeIfAbsent(c.from() + "|" + c.to(), k -> new ArrayList<>()).add(u.name());
            }
        }
        List<String> changed = new ArrayList<>();
        byMove.forEach((move, names) -> changed.add(w.phrase("measures.level-change", "place",
                w.places().grouped(names, w.text("words.and")), "before", move.split("\\|")[0], "after",
                move.split("\\|")[1])));
        // "no district changed" only where every district could be assessed both weeks
        boolean compared = in.week().districts().stream().allMatch(d -> in.assessment().previousLevels().get(d.code()) != null
                && in.assessment().levels().get(d.code()) != null && in.assessment().levels().get(d.code()).level() != null);
        if (!changed.isEmpty()) {
            out.add(Paragraph.of(w.phrase("measures.level-changes", "places", String.join("; ", changed))));
        }
        else if (compared) {
            out.add(Paragraph.of(w.text("measures.level-changes-none")));
        }
        return out;
    }

    /** The province: its official level by its decision, and what the week's data give, with the inputs. */
    private static String province(BriefingInputs in, Words w, LevelComparison official, LevelDecision computed) {
        String data = computed == null || computed.level() == null ? w.text("measures.level-computed-unknown")
                : w.phrase("measures.level-computed", "level", levelName(w, computed.level()), "inputs", inputs(w, computed));
        if (official != null && official.official() == null && official.decision() != null) {
            // a decision in force whose levels the sources do not give (QĐ 1697 of Đồng Tháp): say so, not "none"
            return w.phrase("measures.level-province-decided-unknown", "decision", w.cite(official.decision()), "level",
                    data);
        }
        if (official == null || official.official() == null) {
            return w.phrase("measures.level-province", "level", data);
        }
        String decided = w.phrase("measures.level-official", "level", levelName(w, official.official()), "decision",
                w.cite(official.decision()));
        return Boolean.TRUE.equals(official.differs())
                ? w.phrase("measures.level-province-differs", "official", decided, "computed", data)
                : w.phrase("measures.level-province-same", "official", decided, "computed", data);
    }

    /** "cấp 2 (nguy cơ trung bình)". */
    static String levelName(Words w, int level) {
        return w.phrase("measures.level-name", "level", level, "name", w.list("measures.level-names").get(level));
    }

    /** The inputs the level was computed from: "ca mắc mới trong cộng đồng 7,8 ca/100.000 dân/tuần; …". */
    private static String inputs(Words w, LevelDecision d) {
        List<String> parts = new ArrayList<>();
        for (LevelDecision.Criterion c : d.criteria()) {
            if (c.value() != null) {
                parts.add(w.phrase("measures.input", "what", w.text("measures.criteria-names." + c.name()), "value",
                        w.decimal(c.value(), decimals(c.name()))
                                + (c.name().endsWith("Percent") ? "%" : "")));
            }
        }
        return String.join("; ", parts);
    }

    /** Coverages with two decimals as the province prints them; bed occupancy and rates per 100.000 with one. */
    private static int decimals(String criterion) {
        return criterion.endsWith("Percent") && !criterion.startsWith("icu") ? 2 : 1;
    }

    /** Every criterion of QĐ 218 for the province, with its figure, threshold and whether it is met. */
    private static String criteria(Words w, LevelDecision d) {
        if (d == null) {
            return w.text("measures.level-unknown");
        }
        List<String> parts = new ArrayList<>();
        for (LevelDecision.Criterion c : d.criteria()) {
            String name = w.text("measures.criteria-names." + c.name());
            boolean percent = c.name().endsWith("Percent");
            String value = c.value() == null ? w.text("measures.criterion-no-data")
                    : w.decimal(c.value(), decimals(c.name())) + (percent ? "%" : "");
            String threshold = c.threshold() == null ? ""
                    : w.phrase("measures.criterion-threshold", "threshold", w.decimal(c.threshold(), 0) + (percent ? "%" : ""));
            String met = c.met() == null ? "" : ": " + w.text(c.met() ? "measures.status-met" : "measures.status-not-met");
            parts.add(w.phrase("measures.criterion", "name", name, "value", value, "threshold", threshold, "met", met));
        }
        return w.phrase("measures.criteria-218", "criteria", String.join("; ", parts));
    }

    /** The districts by level: officially (with the decision), and by the week's data where it differs. */
    private static String districts(BriefingInputs in, Words w) {
        List<UnitWeek> districts = in.week().districts();
        Map<Integer, List<UnitWeek>> official = new TreeMap<>();
        Map<Integer, List<UnitWeek>> computed = new TreeMap<>();
        Decision decision = null;
        List<String> differing = new ArrayList<>();
        for (UnitWeek d : districts) {
            LevelComparison c = in.assessment().official().get(d.code());
            if (c != null && c.official() != null) {
                official.computeIfAbsent(c.official(), k -> new ArrayList<>()).add(d);
                decision = decision == null ? c.decision() : decision;
                if (Boolean.TRUE.equals(c.differs())) {
                    differing.add(w.phrase("measures.level-differs", "place", w.places().inText(d.name()), "official",
                            c.official(), "computed", c.computed().level()));
                }
            }
            LevelDecision l = in.assessment().levels().get(d.code());
            if (l != null && l.level() != null) {
                computed.computeIfAbsent(l.level(), k -> new ArrayList<>()).add(d);
            }
        }
        String total = w.number((long) districts.size());
        String data = counts(w, computed, total, u -> w.places().inText(u.name()));
        if (official.isEmpty()) {
            return w.phrase("measures.level-by-data", "counts", data.isEmpty() ? w.text("measures.level-unknown") : data);
        }
        String decided = w.phrase("measures.level-by-decision", "decision", w.cite(decision), "counts",
                counts(w, official, total, u -> w.places().inText(u.name())));
        if (differing.isEmpty()) {
            return decided;
        }
        return decided + "; " + (differing.size() <= MAX_LISTED
                ? w.phrase("measures.level-differing", "places", String.join(", ", differing))
                : w.phrase("measures.level-differing-many", "counts", data, "count", w.number((long) differing.size()), "total",
                        total));
    }

    /** "12/12 cấp 2", or "2/12 cấp 1 (a, b); 10/12 cấp 2": the most common level counted, the others named. */
    private static String counts(Words w, Map<Integer, List<UnitWeek>> byLevel, String total,
            java.util.function.Function<UnitWeek, String> name) {
        int largest = byLevel.values().stream().mapToInt(List::size).max().orElse(0);
        // a level is left unnamed only when it alone is the most common; on a tie every level names its units
        List<Integer> commonest = byLevel.entrySet().stream().filter(e -> e.getValue().size() == largest)
            .map(Map.Entry::getKey).toList();
        int most = commonest.size() == 1 ? commonest.get(0) : 0;
        List<String> parts = new ArrayList<>();
        byLevel.forEach((level, units) -> {
            String part = w.phrase("measures.level-count", "count", w.number((long) units.size()), "total", total, "level",
                    level);
            if (level != most && units.size() <= 20) {
                part += " (" + String.join(", ", units.stream().map(name).toList()) + ")";
            }
            parts.add(part);
        });
        return String.join("; ", parts);
    }

    /** Every commune: the province's own count if it published one, then by the week's data over all of them. */
    private static String communes(BriefingInputs in, Words w) {
        List<CommuneAssessment> all = in.assessment().communes();
        String total = w.number((long) all.size());
        Map<String, String> districtOf = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        in.week().districts().forEach(d -> districtOf.put(d.code(), d.name()));
        Map<Integer, List<UnitWeek>> computed = new TreeMap<>();
        List<String> fromDistrict = new ArrayList<>();
        Map<CommuneAssessment.Reason, List<String>> notAssessed = new java.util.TreeMap<>();
        Map<String, UnitWeek> units = SituationSection.byCode(in.week());
        for (CommuneAssessment c : all) {
            String name = w.places().communeInText(in.name(c.unitCode()), districtOf.getOrDefault(c.districtCode(), ""));
            names.put(c.unitCode(), name);
            switch (c.basis()) {
                case NOT_ASSESSED -> notAssessed.computeIfAbsent(c.reason(), k -> new ArrayList<>()).add(name);
                case FROM_DISTRICT -> fromDistrict.add(c.districtCode());
                case OWN_DATA -> { }
            }
            LevelDecision l = in.assessment().levels().get(c.unitCode());
            if (l != null && l.level() != null) {
                UnitWeek u = units.get(c.unitCode());
                computed.computeIfAbsent(l.level(), k -> new ArrayList<>()).add(u != null ? u : in.week().scope());
            }
        }
        List<String> out = new ArrayList<>();
        Map<String, List<Decision>> byDecision = new LinkedHashMap<>();
        in.assessment().officialCounts().forEach(d -> byDecision.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(d));
        byDecision.values().forEach(lines -> out.add(w.phrase("measures.level-counts-decided", "decision",
                w.cite(lines.get(0)), "counts", String.join("; ", lines.stream().map(d -> w.phrase(
                        "measures.level-count-decided", "count", w.number((long) d.count()), "total",
                        w.number((long) d.of()), "level", d.value())).toList()))));
        Map<Integer, Integer> counted = new TreeMap<>();
        computed.forEach((level, list) -> counted.put(level, list.size()));
        List<String> byData = new ArrayList<>();
        counted.forEach((level, n) -> byData.add(w.phrase("measures.level-count", "count", w.number((long) n), "total",
                total, "level", level)));
        out.add(w.phrase("measures.level-by-data", "counts", byData.isEmpty() ? w.text("measures.level-unknown")
                : String.join("; ", byData)));
        if (!fromDistrict.isEmpty()) {
            List<String> districts = fromDistrict.stream().distinct().map(districtOf::get).toList();
            out.add(w.phrase("measures.communes-from-district", "count", w.number((long) fromDistrict.size()), "districts",
                    w.places().grouped(districts, w.text("words.and"))));
        }
        if (!notAssessed.isEmpty()) {
            // a few named with their reason; many only counted (the annex lists every commune)
            List<String> groups = new ArrayList<>();
            notAssessed.forEach((reason, list) -> {
                String why = w.text("measures.not-assessed." + reason);
                groups.add(list.size() <= MAX_NAMED ? String.join(", ", list) + " (" + why + ")"
                        : w.phrase("measures.communes-reason-count", "count", w.number((long) list.size()), "reason", why));
            });
            out.add(w.phrase("measures.communes-not-assessed", "count",
                    w.number((long) notAssessed.values().stream().mapToInt(List::size).sum()), "places",
                    String.join("; ", groups)));
        }
        return String.join("; ", out);
    }
}
