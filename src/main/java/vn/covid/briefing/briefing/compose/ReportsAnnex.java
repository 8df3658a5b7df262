package vn.covid.briefing.briefing.compose;

import static vn.covid.briefing.briefing.compose.VietnameseFormat.dayMonth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import vn.covid.briefing.briefing.EditionSources;
import vn.covid.briefing.briefing.compose.BriefingPage.Block;
import vn.covid.briefing.briefing.compose.BriefingPage.Cell;
import vn.covid.briefing.briefing.compose.BriefingPage.Paragraph;
import vn.covid.briefing.briefing.compose.BriefingPage.Table;
import vn.covid.briefing.indicators.ReportStatus;
import vn.covid.briefing.indicators.UnitWeek;
import vn.covid.briefing.indicators.WeekFacts;

/**
 * The annex's account of the daily reports: which came on time, late or not at all (a week loaded from
 * an archive is said so in one sentence, not as "nhập bổ sung" in every cell), which a district sent
 * again and what changed, what changed since the previous edition, and what the ingest rejected or
 * flagged in the week's files.
 */
final class ReportsAnnex {

    private static final int MAX_LINES = 40;

    private ReportsAnnex() {
    }

    static List<Block> completeness(BriefingInputs in, Words w) {
        List<ReportStatus> all = in.week().completeness();
        boolean judged = all.stream().anyMatch(r -> r.timeliness() == ReportStatus.Timeliness.ON_TIME
                || r.timeliness() == ReportStatus.Timeliness.LATE);
        List<Block> out = new ArrayList<>();
        if (!judged) {
            long missing = all.stream().filter(ReportStatus::missing).count();
            out.add(Paragraph.of(w.phrase("annex.reports-archive", "received", w.number(all.size() - missing), "expected",
                    w.number((long) all.size()))));
            if (missing > 0) {
                out.add(Paragraph.of(w.phrase("annex.reports-missing", "missing", HeadingSection.missingReports(in, w))));
            }
            return out;
        }
        List<String> header = new ArrayList<>(List.of(w.text("annex.column.unit")));
        for (LocalDate d = in.week().window().first(); !d.isAfter(in.week().window().last()); d = d.plusDays(1)) {
            header.add(dayMonth(d));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (UnitWeek d : in.week().districts()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(new Cell(w.places().toneStyle(d.name()), "name"));
            for (ReportStatus r : in.week().completenessOf(d.code())) {
                String key = r.timeliness().name().toLowerCase(Locale.ROOT).replace('_', '-');
                cells.add(new Cell(w.text("annex.timeliness." + key) + (r.revision() > 1 ? " (" + r.revision() + ")" : ""),
                        key));
            }
            rows.add(cells);
        }
        out.add(new Table(w.text("annex.reports-caption"), header, rows, "data reports"));
        out.add(Paragraph.note(w.text("annex.reports-note")));
        return out;
    }

    /** The reports a district sent again (who, which day, what changed), then what changed since the last edition. */
    static List<Block> changes(BriefingInputs in, Words w) {
        List<Block> out = new ArrayList<>();
        Map<String, UnitWeek> units = SituationSection.byCode(in.week());
        Map<String, List<EditionSources.Change>> byDay = new LinkedHashMap<>();
        for (EditionSources.Change c : in.edition().resent()) {
            byDay.computeIfAbsent(district(in, c.unitCode()) + "|" + c.day(), k -> new ArrayList<>()).add(c);
        }
        byDay.forEach((key, changes) -> {
            String district = key.substring(0, key.indexOf('|'));
            EditionSources.Change first = changes.get(0);
            // a sentence that starts with the district's name starts with a capital
            out.add(Paragraph.item(Words.capitalized(w.phrase("annex.resent", "district", w.places().inText(name(units,
                    district)), "day", dayMonth(first.day()), "file", first.fileName().replaceAll(".*/", ""), "changes",
                    String.join("; ", changes.stream().limit(12).map(c -> change(w, units, c)).toList())
                            + (changes.size() > 12 ? "; …" : "")))));
        });
        BriefingInputs.Edition e = in.edition();
        if (!e.first()) {
            List<String> moved = new ArrayList<>();
            HeadlineFigures.of(in, w).forEach((key, now) -> {
                String was = e.headlineBefore().get(key);
                if (was != null && !was.equals(now)) {
                    moved.add(w.phrase("annex.moved", "what", w.text("headline." + key), "before", was, "after", now));
                }
            });
            out.add(Paragraph.of(moved.isEmpty()
                    ? w.phrase(e.changes().isEmpty() ? "annex.since-nothing" : "annex.since-none", "edition", e.previous())
                    : w.phrase("annex.since", "edition", e.previous(), "changes", String.join("; ", moved))));
            e.changes().stream().limit(MAX_LINES).forEach(c -> out.add(Paragraph.item(change(w, units, c)
                    + " (" + dayMonth(c.day()) + ")")));
            if (e.changes().size() > MAX_LINES) {
                out.add(Paragraph.of(w.phrase("annex.more", "count", w.number((long) e.changes().size() - MAX_LINES))));
            }
        }
        return out;
    }

    private static String change(Words w, Map<String, UnitWeek> units, EditionSources.Change c) {
        return w.phrase("annex.change", "unit", w.places().inText(name(units, c.unitCode())), "metric",
                w.text("metrics." + c.metric().key()), "before", w.number(c.before()), "after", w.number(c.after()));
    }

    private static String name(Map<String, UnitWeek> units, String code) {
        UnitWeek u = units.get(code);
        return u == null ? code : u.name();
    }

    private static String district(BriefingInputs in, String unitCode) {
        for (UnitWeek d : in.week().districts()) {
            if (d.code().equals(unitCode)
                    || in.week().communes().getOrDefault(d.code(), List.of()).stream().anyMatch(c -> c.code().equals(unitCode))) {
                return d.code();
            }
        }
        return unitCode;
    }

    static List<Block> flags(BriefingInputs in, Words w) {
        List<WeekFacts.Flag> flags = in.week().flags();
        if (flags.isEmpty()) {
            return List.of(Paragraph.of(w.text("annex.flags-none")));
        }
        Map<String, UnitWeek> units = SituationSection.byCode(in.week());
        List<Block> out = new ArrayList<>();
        for (WeekFacts.Flag f : flags.subList(0, Math.min(MAX_LINES, flags.size()))) {
            String reason = w.texts().map("reasons").getOrDefault(f.code(), f.code());
            String column = w.texts().map("columns").getOrDefault(Objects.toString(f.column(), ""),
                    Objects.toString(f.column(), "–"));
            String value = Objects.toString(f.value(), "");
            // a check of the whole day (deaths against cases) has a column but no line of its own
            String where = f.line() != null && f.line() > 0
                    ? w.phrase("annex.flag-where", "line", f.line(), "column", column, "value", value)
                    : f.column() != null ? w.phrase("annex.flag-column", "column", column, "value", value) : "";
            out.add(Paragraph.item(w.phrase("annex.flag", "day", dayMonth(f.day()), "district",
                    w.places().inText(name(units, f.districtCode())), "file", f.fileName().replaceAll(".*/", ""), "where",
                    where, "reason", reason, "status", w.text(f.severity().equals("REJECT") ? "annex.rejected"
                            : "annex.flagged"))));
        }
        if (flags.size() > MAX_LINES) {
            out.add(Paragraph.of(w.phrase("annex.more", "count", w.number((long) flags.size() - MAX_LINES))));
        }
        return out;
    }
}
