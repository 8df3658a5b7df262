package vn.covid.briefing.briefing.compose;

import java.util.ArrayList;
import java.util.List;

import vn.covid.briefing.briefing.compose.BriefingPage.Block;
import vn.covid.briefing.briefing.compose.BriefingPage.Cell;
import vn.covid.briefing.briefing.compose.BriefingPage.Paragraph;
import vn.covid.briefing.briefing.compose.BriefingPage.Table;
import vn.covid.briefing.indicators.UnitWeek;
import vn.covid.briefing.metric.Metric;

/**
 * The few numbers that matter, this week against the last, for a reader in a hurry. Every difference
 * is worked out from the two values as printed beside it, so the table's arithmetic always holds; a
 * percentage change is given only where the earlier count is large enough for one to mean something.
 */
final class KeyFiguresSection {

    private KeyFiguresSection() {
    }

    static List<Block> compose(BriefingInputs in, Words w) {
        UnitWeek now = in.week().scope();
        UnitWeek before = now.previousWeek();
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(count(w, "cases", now.cases(), before.cases()));
        rows.add(count(w, "community", now.sum(Metric.CASES_COMMUNITY), before.sum(Metric.CASES_COMMUNITY)));
        rows.add(rate(w, "community-rate", now.communityPer100kWeek(), before.communityPer100kWeek(), 1, false));
        rows.add(count(w, "deaths", now.sum(Metric.DEATHS), before.sum(Metric.DEATHS)));
        rows.add(count(w, "tests", now.tests(), before.tests()));
        rows.add(rate(w, "positivity", now.positivityPercent(), before.positivityPercent(), 2, true));
        rows.add(count(w, "doses", doses(now), doses(before)));
        rows.add(rate(w, "first-dose", now.firstDose18plusPercent(), before.firstDose18plusPercent(), 2, true));
        List<Block> out = new ArrayList<>();
        out.add(new Table(w.text("key-figures.caption"), List.of(w.text("key-figures.indicator"),
                w.text("key-figures.this-week"), w.text("key-figures.last-week"), w.text("key-figures.change")), rows,
                "key"));
        out.add(Paragraph.note(w.text("key-figures.note")));
        for (var change : in.week().denominatorChanges()) {
            Double likeForLike = change.lastWeekLikeForLike().get("firstDose18plusPercent");
            Double printed = change.lastWeekAsPrinted().get("firstDose18plusPercent");
            if (change.now().total() != null && change.before().total() != null && printed != null) {
                out.add(Paragraph.note(w.phrase("key-figures.denominator-change", "now", w.count(change.now().total(), "people"),
                        "from", VietnameseFormat.dayMonthYear(change.now().from()), "before",
                        w.count(change.before().total(), "people"), "likeForLike", w.percent(likeForLike, 2), "printed",
                        w.percent(printed, 2))));
            }
        }
        return out;
    }

    static Long doses(UnitWeek u) {
        Long total = null;
        for (Metric m : List.of(Metric.DOSE1, Metric.DOSE2, Metric.BOOSTER)) {
            Long v = u.sum(m);
            if (v != null) {
                total = total == null ? v : total + v;
            }
        }
        return total;
    }

    private static List<Cell> count(Words w, String key, Long now, Long before) {
        String change = Words.signed(now == null || before == null ? null : now - before);
        if (now != null && before != null && now - before != 0 && w.percentMeaningful(before)) {
            double pct = (now - before) * 100.0 / before;
            change += " (" + (pct > 0 ? "+" : Words.MINUS) + VietnameseFormat.decimal(Math.abs(pct), 1) + "%)";
        }
        return List.of(new Cell(w.text("key-figures." + key), "name"), Cell.of(table(now)), Cell.of(table(before)),
                Cell.of(change));
    }

    private static List<Cell> rate(Words w, String key, Double now, Double before, int decimals, boolean percent) {
        String change = Words.signedPoints(now, before, decimals);
        if (percent && now != null && before != null) {
            change += Words.NBSP + w.text("units.points");
        }
        String unit = percent ? "%" : "";
        return List.of(new Cell(w.text("key-figures." + key), "name"),
                Cell.of(now == null ? "–" : VietnameseFormat.decimal(now, decimals) + unit),
                Cell.of(before == null ? "–" : VietnameseFormat.decimal(before, decimals) + unit), Cell.of(change));
    }

    private static String table(Long n) {
        return n == null ? "–" : VietnameseFormat.number(n);
    }
}
