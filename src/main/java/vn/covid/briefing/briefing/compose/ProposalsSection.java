package vn.covid.briefing.briefing.compose;

import static vn.covid.briefing.briefing.compose.VietnameseFormat.dayMonthYear;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.covid.briefing.assessment.AssessmentProperties.RegimePeriod;
import vn.covid.briefing.assessment.Framework;
import vn.covid.briefing.assessment.LevelDecision;
import vn.covid.briefing.briefing.compose.BriefingPage.Block;
import vn.covid.briefing.briefing.compose.BriefingPage.Heading;
import vn.covid.briefing.briefing.compose.BriefingPage.Paragraph;
import vn.covid.briefing.indicators.UnitWeek;

/**
 * V- Đề xuất, kiến nghị: what the figures suggest for the coming week, per unit, worded as proposals
 * for the committee to decide, never as decisions already taken; then the office's own proposals.
 */
final class ProposalsSection {

    private ProposalsSection() {
    }

    static List<Block> compose(BriefingInputs in, Words w) {
        List<Block> out = new ArrayList<>();
        out.add(new Heading(1, w.text("sections.proposals")));
        String from = dayMonthYear(in.date().plusDays(1));
        String and = w.text("words.and");
        if (in.assessment().framework() == Framework.CONTROL) {
            Map<String, List<String>> byRegime = new LinkedHashMap<>();
            for (UnitWeek d : in.week().districts()) {
                RegimePeriod r = in.assessment().regimes().get(d.code());
                if (r != null) {
                    byRegime.computeIfAbsent(r.regime(), k -> new ArrayList<>()).add(d.name());
                }
            }
            if (!byRegime.isEmpty()) {
                out.add(Paragraph.of(w.phrase("proposals.regimes-intro", "from", from)));
                byRegime.forEach((regime, names) -> out.add(Paragraph.item(w.phrase("proposals.regime", "regime",
                        MeasuresSection.regimeName(w, regime), "places", w.places().grouped(names, and)))));
            }
        }
        else {
            Map<Integer, List<String>> byLevel = new TreeMap<>();
            for (UnitWeek d : in.week().districts()) {
                LevelDecision level = in.assessment().levels().get(d.code());
                if (level != null && level.level() != null) {
                    byLevel.computeIfAbsent(level.level(), k -> new ArrayList<>()).add(d.name());
                }
            }
            if (!byLevel.isEmpty()) {
                out.add(Paragraph.of(w.phrase("proposals.levels-intro", "from", from)));
                byLevel.forEach((level, names) -> out.add(Paragraph.item(w.phrase("proposals.level", "level", level,
                        "places", w.places().grouped(names, and)))));
            }
        }
        in.notes().of("proposals").forEach(t -> out.add(ResultsSection.paragraph(t)));
        if (out.size() == 1) {
            out.add(Paragraph.of(w.text("proposals.none")));
        }
        return out;
    }
}
