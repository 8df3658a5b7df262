package vn.covid.briefing.briefing.compose;

import static vn.covid.briefing.briefing.compose.VietnameseFormat.dayMonthYear;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.covid.briefing.assessment.RegimeInForce;
import vn.covid.briefing.assessment.Framework;
import vn.covid.briefing.assessment.LevelDecision;
import vn.covid.briefing.briefing.compose.BriefingPage.Block;
import vn.covid.briefing.briefing.compose.BriefingPage.Cell;
import vn.covid.briefing.briefing.compose.BriefingPage.Heading;
import vn.covid.briefing.briefing.compose.BriefingPage.Paragraph;
import vn.covid.briefing.briefing.compose.BriefingPage.Table;
import vn.covid.briefing.indicators.UnitWeek;
import vn.covid.briefing.metric.Metric;

/**
 * The annex, "(Kèm theo Báo cáo số …)": the per-district tables, the communes' levels, the daily
 * reports received, what was corrected or resent, what the ingest rejected, the definitions, and where
 * the data came from. File lists and checksums are in the provenance file beside the PDF; the annex
 * names that file in one line.
 */
final class AnnexSection {

    private AnnexSection() {
    }

    static List<Block> compose(BriefingInputs in, Words w, String number) {
        List<Block> out = new ArrayList<>();
        out.add(new Heading(1, w.text("annex.title")));
        out.add(new Paragraph(w.phrase("annex.attached", "number", number, "date", dayMonthYear(in.date()), "issuer",
                w.text("header.issuer-in-text")), "attached"));
        int n = 1;
        out.add(new Heading(2, n++ + ". " + w.text("annex.districts")));
        out.addAll(districtTables(in, w));
        List<Block> communes = CommuneLevelsAnnex.compose(in, w);
        if (!communes.isEmpty()) {
            out.add(new Heading(2, n++ + ". " + w.text("annex.communes")));
            out.addAll(communes);
        }
        out.add(new Heading(2, n++ + ". " + w.text("annex.reports")));
        out.addAll(ReportsAnnex.completeness(in, w));
        List<Block> changes = new java.util.ArrayList<>(ReportsAnnex.changes(in, w));
        changes.addAll(SettingsChanges.compose(in, w));
        if (!changes.isEmpty()) {
            out.add(new Heading(2, n++ + ". " + w.text("annex.changes")));
            out.addAll(changes);
        }
        out.add(new Heading(2, n++ + ". " + w.text("annex.flags")));
        out.addAll(ReportsAnnex.flags(in, w));
        out.add(new Heading(2, n++ + ". " + w.text("annex.definitions")));
        out.add(definitions(in, w));
        out.add(new Heading(2, n + ". " + w.text("annex.sources")));
        out.addAll(sources(in, w));
        return out;
    }

    private static List<Block> districtTables(BriefingInputs in, Words w) {
        boolean control = in.assessment().framework() == Framework.CONTROL;
        List<Block> out = new ArrayList<>();
        out.add(table(in, w, "annex.table-cases", List.of("cases", "community", "quarantine", "lockdown", "arrival",
                "change"), u -> List.of(count(u.cases()), count(u.sum(Metric.CASES_COMMUNITY)),
                        count(u.sum(Metric.CASES_QUARANTINE)), count(u.sum(Metric.CASES_LOCKDOWN)),
                        count(u.sum(Metric.CASES_ARRIVAL)), Words.signed(u.casesChange()))));
        out.add(table(in, w, "annex.table-rates", List.of("population", "community-rate", "cumulative", "deaths",
                "deaths-cumulative", "cfr"), u -> List.of(count(u.figures().population()),
                        u.communityPer100kWeek() == null ? "–" : VietnameseFormat.decimal(u.communityPer100kWeek(), 1),
                        count(u.cumulativeCases()), count(u.sum(Metric.DEATHS)), count(u.cumulative(Metric.DEATHS)),
                        u.caseFatalityPercent() == null ? "–" : VietnameseFormat.decimal(u.caseFatalityPercent(), 1))));
        out.add(table(in, w, control ? "annex.table-care-regimes" : "annex.table-care", List.of("treating", "dose1", "dose2", control ? "regime" : "level"),
                u -> List.of(count(u.latest(Metric.UNDER_TREATMENT)),
                        u.firstDose18plusPercent() == null ? "–" : VietnameseFormat.decimal(u.firstDose18plusPercent(), 2),
                        u.fullDose18plusPercent() == null ? "–" : VietnameseFormat.decimal(u.fullDose18plusPercent(), 2),
                        control ? regime(in, u) : level(in, w, u))));
        // the notes say what a dash and an asterisk mean, where the tables have one
        boolean dash = out.stream().flatMap(t -> ((BriefingPage.Table) t).rows().stream()).flatMap(List::stream)
            .anyMatch(c -> c.text().equals("–"));
        boolean incomplete = in.week().districts().stream().anyMatch(UnitWeek::incomplete) || in.week().scope().incomplete();
        String note = ((dash ? w.text("annex.tables-note") : "") + (incomplete ? " " + w.text("annex.incomplete-note") : ""))
            .strip();
        if (!note.isEmpty()) {
            out.add(Paragraph.note(note));
        }
        return out;
    }

    private static String regime(BriefingInputs in, UnitWeek u) {
        RegimeInForce r = in.assessment().regimes().get(u.code());
        return r == null ? "–" : r.regime();
    }

    private static String level(BriefingInputs in, Words w, UnitWeek u) {
        LevelDecision d = in.assessment().levels().get(u.code());
        return d == null || d.level() == null ? "–" : w.phrase("annex.level", "level", d.level());
    }

    private static String count(Long n) {
        return n == null ? "–" : VietnameseFormat.number(n);
    }

    /** One row per district and a total row; the first two cells (number, name) shared by every table. */
    private static Table table(BriefingInputs in, Words w, String caption, List<String> columns,
            Function<UnitWeek, List<String>> cells) {
        List<String> header = new ArrayList<>(List.of(w.text("annex.column.number"), w.text("annex.column.unit")));
        columns.forEach(c -> header.add(w.text("annex.column." + c)));
        List<List<Cell>> rows = new ArrayList<>();
        int n = 1;
        List<UnitWeek> units = new ArrayList<>(in.week().districts());
        units.add(in.week().scope());
        for (UnitWeek u : units) {
            boolean total = u == in.week().scope();
            String style = total ? "total" : "";
            List<Cell> row = new ArrayList<>();
            row.add(new Cell(total ? "" : Integer.toString(n++), style));
            row.add(new Cell(total ? w.text("words.scope-total") : w.places().toneStyle(u.name())
                    + (u.incomplete() ? w.text("annex.incomplete-mark") : ""), style + " name"));
            List<String> values = cells.apply(u);
            for (int i = 0; i < values.size(); i++) {
                String v = values.get(i);
                String levelStyle = v.matches(".*\\d") && columns.get(i).equals("level") ? " level-" + v.replaceAll("\\D", "")
                        : "";
                row.add(new Cell(v, style + levelStyle));
            }
            rows.add(row);
        }
        return new Table(w.text(caption), header, rows, "data");
    }

    private static Table definitions(BriefingInputs in, Words w) {
        List<List<Cell>> rows = new ArrayList<>();
        for (BriefingInputs.Definition d : in.definitions()) {
            rows.add(List.of(new Cell(d.name(), "name"), Cell.of(d.text()), Cell.of(d.source())));
        }
        return new Table("", List.of(w.text("annex.column.definition-name"), w.text("annex.column.definition-text"),
                w.text("annex.column.definition-source")), rows, "data definitions");
    }

    private static List<Block> sources(BriefingInputs in, Words w) {
        List<Block> out = new ArrayList<>();
        String hour = String.format("%02d", in.settings().cutoffHour());
        out.add(Paragraph.of(w.phrase("annex.cutoff", "hour", hour, "to", dayMonthYear(in.date()), "first",
                dayMonthYear(in.week().window().first()))));
        // each cumulative figure counts from its own opening balance, or from the first data where it has none
        out.add(Paragraph.of(w.phrase("annex.cumulative", "cases", Flagged.since(w, in.week().scope(), "cases"), "doses",
                Flagged.since(w, in.week().scope(), "dose1"))));
        List<String> unverified = in.assessment().framework() == Framework.CONTROL ? in.rules().control().unverified()
                : in.assessment().framework() == Framework.QD4800 ? in.rules().qd4800().unverified()
                        : in.rules().qd218().unverified();
        if (unverified != null && !unverified.isEmpty()) {
            // a setting's key is never printed: one the texts do not word is counted
            Map<String, String> worded = w.texts().map("annex.unverified-items");
            List<String> items = new ArrayList<>(unverified.stream().filter(worded::containsKey).map(worded::get).toList());
            long others = unverified.stream().filter(u -> !worded.containsKey(u)).count();
            if (others > 0) {
                items.add(w.phrase("annex.unverified-others", "count", others));
            }
            out.add(Paragraph.of(w.phrase("annex.unverified", "items", String.join("; ", items))));
        }
        out.add(Paragraph.of(w.phrase("annex.provenance", "file", in.edition().provenanceFile())));
        return out;
    }
}
