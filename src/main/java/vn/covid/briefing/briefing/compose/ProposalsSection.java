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
                    dayMonthYear(takesEffect(in, byProposal.values())))));
            byProposal.forEach((key, units) -> {
                Proposal p = sample.get(key);
                String places = w.districtsOrAll(units.stream().map(UnitWeek::name).toList(), in.week().districts().size());
                String what = control ? MeasuresSection.regimeName(w, p.proposed())
                        : LevelsSection.levelName(w, Integer.parseInt(p.proposed()));
                String was = p.now() == null ? null : control ? w.texts().map("regimes.short").getOrDefault(p.now(), p.now())
                        : w.phrase("annex.level-in-text", "level", p.now());
                String reasons = PlaceNames.join(p.reasons().stream().map(r -> reason(in, w, r)).distinct().toList(), and);
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

    /**
     * The first day the proposals could take effect: the settings' lead after the report date, and not before
     * the regime in force for any of the units ends (QĐ 1308 kept CT16 to 15/9/2021: proposals of 13/9 from 16/9).
     */
    static java.time.LocalDate takesEffect(BriefingInputs in, java.util.Collection<List<UnitWeek>> units) {
        java.time.LocalDate from = in.date().plusDays(Math.max(1, in.rules().proposals().leadDays()));
        for (List<UnitWeek> group : units) {
            for (UnitWeek u : group) {
                vn.covid.briefing.assessment.RegimeInForce r = in.assessment().regimes().get(u.code());
                if (r != null && r.decision() != null && r.decision().inForceUntil() != null
                        && !r.decision().inForceUntil().isBefore(from)) {
                    from = r.decision().inForceUntil().plusDays(1);
                }
            }
        }
        return from;
    }

    /** A rule's reason in words; a level's band ("band-2-thap") as the range of its rate and the coverage. */
    private static String reason(BriefingInputs in, Words w, String key) {
        if (key.startsWith("band-")) {
            String[] parts = key.split("-", 3);
            boolean qd218 = in.assessment().framework() == Framework.QD218;
            List<Double> edges = qd218 ? in.rules().qd218().caseBands() : in.rules().qd4800().caseBands();
            boolean topInclusive = qd218 ? in.rules().qd218().topInclusive() : in.rules().qd4800().topInclusive();
            return w.phrase(qd218 ? "proposals.reason-band" : "proposals.reason-band-community", "range",
                    range(w, Integer.parseInt(parts[1]), edges, topInclusive), "column",
                    w.texts().map("proposals.columns").getOrDefault(parts[2], parts[2]));
        }
        return w.text("proposals.reasons." + key);
    }

    /** "dưới 20", "từ 20 đến dưới 50", "từ 150 trở lên": mức {@code band} of the framework's edges. */
    static String range(Words w, int band, List<Double> edges, boolean topInclusive) {
        if (band <= 1 || edges.isEmpty()) {
            return w.phrase("proposals.band-below", "to", w.decimal(edges.isEmpty() ? null : edges.get(0), 0));
        }
        String from = w.decimal(edges.get(band - 2), 0);
        if (band - 1 >= edges.size()) {
            return w.phrase(topInclusive ? "proposals.band-from" : "proposals.band-above", "from", from);
        }
        boolean nextIsTop = band == edges.size();
        return w.phrase(nextIsTop && !topInclusive ? "proposals.band-between-inclusive" : "proposals.band-between", "from",
                from, "to", w.decimal(edges.get(band - 1), 0));
    }
}
