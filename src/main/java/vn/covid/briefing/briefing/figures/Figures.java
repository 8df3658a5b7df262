package vn.covid.briefing.briefing.figures;

import java.awt.Color;
import java.awt.Paint;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.covid.briefing.assessment.RegimeInForce;
import vn.covid.briefing.assessment.Framework;
import vn.covid.briefing.assessment.LevelDecision;
import vn.covid.briefing.briefing.compose.BriefingInputs;
import vn.covid.briefing.briefing.templates.BriefingTexts;
import vn.covid.briefing.indicators.UnitWeek;
import vn.covid.briefing.indicators.WeekIndicators;

/**
 * Draws the figures a page asks for (by id: cases, deaths, testing, vaccination, map), from the same
 * gathered week the words came from. The district boundaries are parsed once and again only when the
 * file changes; without them there is no map.
 */
public final class Figures {

    private final Path boundaries;
    private DistrictMap map;
    private FileTime mapModified;

    /** @param boundaries the district boundaries (GeoJSON); may not exist */
    public Figures(Path boundaries) {
        this.boundaries = boundaries;
    }

    /**
     * The figures this week can have: every chart, and the map when there are boundaries of exactly the
     * scope's districts.
     */
    public synchronized Set<String> available(java.util.Collection<String> districts) {
        return districtMap() == null || refusal(districts).isPresent() ? Set.of("cases", "deaths", "testing", "vaccination")
                : Set.of("cases", "deaths", "testing", "vaccination", "map");
    }

    /**
     * Why the boundaries file is not drawn, in one line naming it: a feature of a district not in the scope
     * (another province's file left in place), or a district of the scope without one. Empty: it is drawn, or
     * there is none.
     */
    public synchronized java.util.Optional<String> refusal(java.util.Collection<String> districts) {
        DistrictMap m = districtMap();
        if (m == null) {
            return java.util.Optional.empty();
        }
        List<String> foreign = m.codes().stream().filter(c -> !districts.contains(c)).distinct().toList();
        List<String> missing = districts.stream().filter(c -> !m.codes().contains(c)).toList();
        if (foreign.isEmpty() && missing.isEmpty()) {
            return java.util.Optional.empty();
        }
        String why = !foreign.isEmpty() ? "its district_code " + few(foreign) + " is not a district of this scope"
                : "it draws no district " + few(missing) + " of this scope";
        return java.util.Optional.of("the district boundaries " + boundaries + " are refused: " + why
                + "; the briefing has no map");
    }

    private static String few(List<String> codes) {
        return String.join(", ", codes.subList(0, Math.min(5, codes.size()))) + (codes.size() > 5
                ? " and " + (codes.size() - 5) + " more" : "");
    }

    public Map<String, BufferedImage> draw(List<String> ids, BriefingInputs in, BriefingTexts texts) {
        Charts charts = new Charts(texts);
        WeekIndicators w = in.week();
        Map<String, BufferedImage> figures = new LinkedHashMap<>();
        for (String id : ids) {
            figures.put(id, switch (id) {
                case "cases" -> charts.casesBySource(w);
                case "deaths" -> charts.deaths(w);
                case "testing" -> charts.testing(w);
                case "vaccination" -> {
                    var target = w.firstDoseProgress(w.scope());
                    yield charts.vaccination(w, target == null ? null : target.targetPercent());
                }
                case "map" -> map(in, texts);
                default -> throw new IllegalArgumentException("no figure '" + id + "'");
            });
        }
        return figures;
    }

    private synchronized DistrictMap districtMap() {
        try {
            if (boundaries == null || !Files.isRegularFile(boundaries)) {
                return null;
            }
            FileTime modified = Files.getLastModifiedTime(boundaries);
            if (map == null || !modified.equals(mapModified)) {
                map = DistrictMap.load(boundaries);
                mapModified = modified;
            }
            return map;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + boundaries, e);
        }
    }

    private BufferedImage map(BriefingInputs in, BriefingTexts texts) {
        DistrictMap districts = districtMap();
        Map<String, DistrictMap.Style> styleOf = new LinkedHashMap<>();
        List<DistrictMap.Style> legend = new ArrayList<>();
        if (in.assessment().framework() == Framework.CONTROL) {
            Map<String, DistrictMap.Style> byRegime = new LinkedHashMap<>();
            for (UnitWeek d : in.week().districts()) {
                RegimeInForce period = in.assessment().regimes().get(d.code());
                String regime = period == null ? null : period.regime();
                String label = regime == null ? texts.text("charts.no-regime")
                        : texts.map("regimes.short").getOrDefault(regime, regime);
                styleOf.put(d.code(), byRegime.computeIfAbsent(label, l -> new DistrictMap.Style(regimePaint(regime), l)));
            }
            legend.addAll(byRegime.values());
        }
        else {
            List<String> names = texts.list("measures.level-names");
            DistrictMap.Style[] levels = new DistrictMap.Style[5];
            for (int l = 1; l <= 4; l++) {
                levels[l] = new DistrictMap.Style(levelPaint(l), texts.phrase("charts.level-legend", "level", l, "name",
                        names.get(l)));
                legend.add(levels[l]);
            }
            DistrictMap.Style unknown = new DistrictMap.Style(Color.WHITE, texts.text("charts.no-data"));
            for (UnitWeek d : in.week().districts()) {
                LevelDecision decision = in.assessment().levels().get(d.code());
                styleOf.put(d.code(), decision == null || decision.level() == null ? unknown : levels[decision.level()]);
            }
            if (styleOf.containsValue(unknown)) {
                legend.add(unknown);
            }
        }
        return districts.draw(styleOf, legend, Charts.WIDTH_MM - 10, 100);
    }

    /** Level colours light to dark, hatched more densely with the level, so print tells them apart and in order. */
    static Paint levelPaint(int level) {
        Color base = ChartStyle.LEVEL_COLOURS[level - 1];
        return switch (level) {
            case 1 -> base;
            case 2 -> ChartStyle.hatch(base, 7, false);
            case 3 -> ChartStyle.hatch(base, 4, false);
            default -> ChartStyle.hatch(base, 3, true);
        };
    }

    /** Stricter regimes darker and more densely hatched. */
    static Paint regimePaint(String regime) {
        if (regime == null) {
            return Color.WHITE;
        }
        return switch (regime) {
            case "CT16" -> ChartStyle.hatch(ChartStyle.LEVEL_COLOURS[2], 4, true);
            case "CT15+" -> ChartStyle.hatch(ChartStyle.LEVEL_COLOURS[1], 6, false);
            case "CT15" -> ChartStyle.LEVEL_COLOURS[0];
            default -> Color.LIGHT_GRAY;
        };
    }
}
