package vn.covid.briefing.briefing.compose;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.covid.briefing.assessment.LevelDecision;
import vn.covid.briefing.indicators.UnitWeek;
import vn.covid.briefing.metric.Metric;

/**
 * The figures a reader compares between editions, as printed, by key (texts.yml {@code headline}).
 * An edition stores them, so the next one can say how they moved ("ca cộng đồng trong tuần: 310 → 315").
 */
public final class HeadlineFigures {

    private HeadlineFigures() {
    }

    public static Map<String, String> of(BriefingInputs in, Words w) {
        UnitWeek p = in.week().scope();
        Map<String, String> h = new LinkedHashMap<>();
        h.put("cases", w.number(p.cases()));
        h.put("community", w.number(p.sum(Metric.CASES_COMMUNITY)));
        h.put("deaths", w.number(p.sum(Metric.DEATHS)));
        h.put("cumulativeCases", w.number(p.cumulativeCases()));
        h.put("cumulativeDeaths", w.number(p.cumulative(Metric.DEATHS)));
        h.put("communityRate", w.decimal(p.communityPer100kWeek(), 1));
        h.put("firstDose", w.percent(p.firstDose18plusPercent(), 2));
        h.put("tests", w.number(p.tests()));
        LevelDecision level = in.assessment().levels().get(p.code());
        if (level != null) {
            h.put("level", level.level() == null ? w.noData() : level.level().toString());
        }
        return h;
    }
}
