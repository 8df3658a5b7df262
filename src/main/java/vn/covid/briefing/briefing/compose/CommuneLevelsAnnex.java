package vn.covid.briefing.briefing.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.covid.briefing.assessment.CommuneAssessment;
import vn.covid.briefing.assessment.Framework;
import vn.covid.briefing.assessment.LevelDecision;
import vn.covid.briefing.briefing.compose.BriefingPage.Block;
import vn.covid.briefing.briefing.compose.BriefingPage.Cell;
import vn.covid.briefing.briefing.compose.BriefingPage.Paragraph;
import vn.covid.briefing.briefing.compose.BriefingPage.Table;
import vn.covid.briefing.indicators.UnitWeek;

/**
 * The communes' levels, district by district: how many communes at each level, and, by name with
 * their district, the communes above cấp 2 and those that could not be assessed.
 */
final class CommuneLevelsAnnex {

    private static final int MAX_NAMED = 20;

    private CommuneLevelsAnnex() {
    }

    static List<Block> compose(BriefingInputs in, Words w) {
        if (in.assessment().framework() == Framework.CONTROL) {
            return List.of();
        }
        List<String> header = new ArrayList<>(List.of(w.text("annex.column.unit"), w.text("annex.column.communes")));
        for (int l = 1; l <= 4; l++) {
            header.add(w.phrase("annex.level", "level", l));
        }
        header.add(w.text("annex.column.not-assessed"));
        List<List<Cell>> rows = new ArrayList<>();
        List<String> named = new ArrayList<>();
        // every commune of each district, whether assessed on its own data, from its district's, or not at all
        Map<String, List<CommuneAssessment>> byDistrict = new LinkedHashMap<>();
        in.assessment().communes().forEach(c -> byDistrict.computeIfAbsent(c.districtCode(), k -> new ArrayList<>()).add(c));
        int[] all = new int[6];
        int communesInAll = 0;
        for (UnitWeek d : in.week().districts()) {
            List<CommuneAssessment> communes = byDistrict.getOrDefault(d.code(), List.of());
            int[] counts = new int[6];
            for (CommuneAssessment c : communes) {
                LevelDecision level = c.basis() == CommuneAssessment.Basis.NOT_ASSESSED ? null
                        : in.assessment().levels().get(c.unitCode());
                int l = level == null || level.level() == null ? 5 : level.level();
                counts[l]++;
                all[l]++;
                if (l >= 3 && l <= 4) {
                    named.add(w.places().communeInText(in.name(c.unitCode()), d.name()) + " "
                            + w.phrase("annex.level-in-text", "level", l));
                }
            }
            communesInAll += communes.size();
            rows.add(row(new Cell(w.places().toneStyle(d.name()), "name"), communes.size(), counts, ""));
        }
        rows.add(row(new Cell(w.text("words.scope-total"), "total name"), communesInAll, all, "total"));
        List<Block> out = new ArrayList<>();
        out.add(new Table(w.text("annex.communes-caption"), header, rows, "data"));
        // named while they are the few; when most communes are that high, the table's counts say it better
        if (!named.isEmpty() && named.size() <= MAX_NAMED) {
            out.add(Paragraph.of(w.phrase("annex.communes-high", "places", String.join(", ", named))));
        }
        return out;
    }

    private static List<Cell> row(Cell name, int communes, int[] counts, String style) {
        List<Cell> row = new ArrayList<>(List.of(name, new Cell(Integer.toString(communes), style)));
        for (int l = 1; l <= 5; l++) {
            row.add(new Cell(counts[l] == 0 ? "" : Integer.toString(counts[l]), style));
        }
        return row;
    }
}
