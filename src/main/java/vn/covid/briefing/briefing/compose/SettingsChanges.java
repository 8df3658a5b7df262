package vn.covid.briefing.briefing.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.covid.briefing.briefing.compose.BriefingPage.Block;
import vn.covid.briefing.briefing.compose.BriefingPage.Paragraph;
import vn.covid.briefing.briefing.edition.Settings;

/**
 * What changed in the settings and reference values since the edition this one replaces, in the
 * committee's words: a threshold by the name texts.yml gives it, a figure of a unit ("dân số của huyện
 * Lấp Vò: 180.627 → 181.000"), a decision, an opening balance. Names texts.yml does not give are counted;
 * the provenance file beside the PDF lists every change by its configuration name.
 */
final class SettingsChanges {

    private static final int MAX_NAMED = 10;

    private SettingsChanges() {
    }

    static List<Block> compose(BriefingInputs in, Words w) {
        List<Settings.Change> changes = in.edition().settingsChanged();
        if (changes == null || changes.isEmpty()) {
            return List.of();
        }
        List<String> named = new ArrayList<>();
        int unnamed = 0;
        for (Settings.Change c : changes) {
            Optional<String> name = name(in, w, c.name());
            if (name.isEmpty() || named.size() >= MAX_NAMED) {
                unnamed++;
                continue;
            }
            named.add(c.before() == null ? w.phrase("annex.setting-added", "name", name.get(), "after", value(c.after()))
                    : c.after() == null ? w.phrase("annex.setting-removed", "name", name.get(), "before", value(c.before()))
                            : w.phrase("annex.setting-change", "name", name.get(), "before", value(c.before()), "after",
                                    value(c.after())));
        }
        if (unnamed > 0) {
            named.add(w.phrase("annex.settings-more", "count", w.number((long) unnamed)));
        }
        return List.of(Paragraph.of(w.phrase("annex.settings-changed", "edition", in.edition().previous(), "changes",
                String.join("; ", named))));
    }

    /** "figure.873.population" → "dân số của huyện Cao Lãnh"; a setting by texts.yml's name; else none. */
    private static Optional<String> name(BriefingInputs in, Words w, String key) {
        String[] parts = key.split("\\.");
        Map<String, String> figures = w.texts().map("annex.figure-names");
        if (parts[0].equals("figure") && parts.length == 3 && figures.containsKey(parts[2])) {
            return Optional.of(w.phrase("annex.setting-figure", "figure", figures.get(parts[2]), "unit",
                    w.places().inText(in.name(parts[1]))));
        }
        if (parts[0].equals("decision") && parts.length >= 4) {
            return Optional.of(w.phrase("annex.setting-decision", "unit", w.places().inText(in.name(parts[2]))));
        }
        if (parts[0].equals("balance") && parts.length == 3) {
            return Optional.of(w.phrase("annex.setting-balance", "unit", w.places().inText(in.name(parts[1]))));
        }
        return Optional.ofNullable(w.texts().map("annex.setting-names").get(key.replaceFirst("^briefing\\.", "")));
    }

    /** A number as the page writes numbers, a date as dd/mm/yyyy, anything else as it is. */
    private static String value(String v) {
        if (v.matches("-?\\d+")) {
            return VietnameseFormat.number(Long.parseLong(v));
        }
        if (v.matches("-?\\d+\\.0+")) {
            return VietnameseFormat.number(Long.parseLong(v.substring(0, v.indexOf('.'))));
        }
        if (v.matches("-?\\d+\\.\\d+")) {
            return v.replace('.', ',');
        }
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return v.substring(8) + "/" + v.substring(5, 7) + "/" + v.substring(0, 4);
        }
        return v;
    }
}
