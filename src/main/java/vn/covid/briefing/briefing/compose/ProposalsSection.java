package vn.covid.briefing.briefing.compose;

import static vn.covid.briefing.briefing.compose.VietnameseFormat.dayMonthYear;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.covid.briefing.assessment.Framework;
import vn.covid.briefing.assessment.Proposal;
import vn.covid.briefing.briefing.compose.BriefingPage.Block;
import vn.covid.briefing.briefing.compose.BriefingPage.Heading;
import vn.covid.briefing.briefing.compose.BriefingPage.Paragraph;
import vn.covid.briefing.indicators.UnitWeek;

/**
 * V- Đề xuất, kiến nghị: what the figures suggest for the coming week, per district, by the configured
 * rules, worded as proposals for the committee to decide (never as decisions taken): which districts keep
 * their regime or level and which would change, and why; then the office's own proposals.
 */
final class ProposalsSection {

    private ProposalsSection() {
    }

    static List<Block> compose(BriefingInputs in, Words w) {
        List<Block> out = new ArrayList<>();
        out.add(new Heading(1, w.text("sections.proposals")));
        boolean control = in.assessment().framework() == Framework.CONTROL;
        Map<String, List<UnitWeek>> byProposal = new LinkedHashMap<>();
        Map<String, Proposal> sample = new LinkedHashMap<>();
        for (UnitWeek d : in.week().districts()) {
            Proposal p = in.assessment().proposal(d.code());
            if (p != null && p.proposed() != null) {
                // places share a sentence only when its reasons hold for each of them
                String key = p.proposed() + "|" + (p.change() ? p.now() : "=") + "|" + String.join(",", p.reasons());
                byProposal.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
                sample.putIfAbsent(key, p);
            }
        }
        String and = w.text("words.and");
        if (!byProposal.isEmpty()) {
            out.add(Paragraph.of(w.phrase(control ? "proposals.regimes-intro" : "proposals.levels-intro", "from",
                    dayMonthYear(in.date().plusDays(1)))));
            byProposal.forEach((key, units) -> {
                Proposal p = sample.get(key);
                String places = w.places().grouped(units.stream().map(UnitWeek::name).toList(), and);
                String what = control ? MeasuresSection.regimeName(w, p.proposed())
                        : LevelsSection.levelName(w, Integer.parseInt(p.proposed()));
                String was = p.now() == null ? null : control ? w.texts().map("regimes.short").getOrDefault(p.now(), p.now())
                        : w.phrase("annex.level-in-text", "level", p.now());
                String reasons = PlaceNames.join(p.reasons().stream().map(r -> reason(w, r)).distinct().toList(), and);
                out.add(Paragraph.item(Words.capitalized(!p.change() ? w.phrase("proposals.keep", "what", what, "places",
                        places, "reasons", reasons)
                        : was == null ? w.phrase("proposals.apply", "what", what, "places", places, "reasons", reasons)
                                : w.phrase("proposals.change", "what", what, "places", places, "was", was, "reasons",
                                        reasons))));
            });
        }
        in.notes().of("proposals").forEach(t -> out.add(ResultsSection.paragraph(t)));
        if (out.size() == 1) {
            out.add(Paragraph.of(w.text("proposals.none")));
        }
        return out;
    }

    /** A rule's reason in words; a level's band ("band-2-thap") as the band and the coverage. */
    private static String reason(Words w, String key) {
        if (key.startsWith("band-")) {
            String[] parts = key.split("-", 3);
            return w.phrase("proposals.reason-band", "band", parts[1], "column",
                    w.texts().map("proposals.columns").getOrDefault(parts[2], parts[2]));
        }
        return w.text("proposals.reasons." + key);
    }
}
