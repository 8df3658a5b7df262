package vn.covid.briefing.briefing.compose;

import static vn.covid.briefing.briefing.compose.VietnameseFormat.dayMonth;
import static vn.covid.briefing.briefing.compose.VietnameseFormat.dayMonthYear;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import vn.covid.briefing.briefing.compose.BriefingPage.Block;
import vn.covid.briefing.briefing.compose.BriefingPage.Heading;
import vn.covid.briefing.briefing.compose.BriefingPage.Paragraph;
import vn.covid.briefing.indicators.UnitWeek;
import vn.covid.briefing.indicators.WeekIndicators;
import vn.covid.briefing.metric.Metric;

/**
 * I- Tình hình dịch bệnh: the week's new cases (how many, against last week, where they were found,
 * the community rate, where in the community and in which localities, the arrivals from epidemic
 * areas, the cumulative count) and deaths, each with its figure.
 */
final class SituationSection {

    /** Localities named with their community cases: at most this many, each with at least two cases. */
    private static final int LOCALITIES = 5;

    private SituationSection() {
    }

    static List<Block> compose(BriefingInputs in, Words w) {
        WeekIndicators week = in.week();
        UnitWeek p = week.scope();
        List<Block> out = new ArrayList<>();
        out.add(new Heading(1, w.text("sections.situation")));
        out.add(new Heading(2, w.text("sections.cases")));
        out.add(Paragraph.of(w.phrase("situation.cases", "from", dayMonth(week.window().periodStart()), "to",
                dayMonthYear(in.date()), "cases", w.count(p.cases(), "cases"), "change",
                w.change(p.cases(), p.previousCases(), "cases"), "perDay", w.decimal(p.casesPerDay(), 1))));
        sources(p, w).ifPresent(s -> out.add(Paragraph.of(s)));
        out.add(Paragraph.of(community(in, w)));
        localities(in, w).ifPresent(s -> out.add(Paragraph.of(s)));
        arrivals(in, w).ifPresent(s -> out.add(Paragraph.of(s)));
        out.add(Paragraph.of(w.phrase("situation.cumulative", "since", Flagged.since(w, p, "cases"), "cases",
                w.count(p.cumulativeCases(), "cases"))));
        out.add(w.figure("cases", w.text("charts.cases-title"), shading(in, w)));

        out.add(new Heading(2, w.text("sections.deaths")));
        out.add(Paragraph.of(w.phrase("situation.deaths", "deaths", w.count(p.sum(Metric.DEATHS), "cases"), "change",
                w.change(p.sum(Metric.DEATHS), p.previousSum(Metric.DEATHS), "cases"), "since",
                Flagged.since(w, p, "deaths"), "cumulative", w.count(p.cumulative(Metric.DEATHS), "cases"), "cfr",
                w.percent(p.caseFatalityPercent(), 1))));
        out.add(w.figure("deaths", w.text("charts.deaths-title"), shading(in, w)));
        return out;
    }

    /** What the shaded days of a daily chart are: the report week, named as the title names it. */
    static String shading(BriefingInputs in, Words w) {
        return w.phrase("figures.shading", "from", dayMonth(in.week().window().periodStart()), "to",
                dayMonthYear(in.week().window().last()));
    }

    /**
     * "Trong đó: 236 ca trong khu cách ly (63,1%), 61 ca trong khu phong tỏa, 77 ca trong cộng đồng
     * (20,6%); không ghi nhận ca về từ vùng dịch." Only the places with cases are listed; the others are
     * said in one clause; nothing when the week has no case.
     */
    static java.util.Optional<String> sources(UnitWeek p, Words w) {
        Long total = p.cases();
        if (total == null || total == 0) {
            return java.util.Optional.empty();
        }
        List<String> found = new ArrayList<>();
        List<String> none = new ArrayList<>();
        for (Metric source : UnitWeek.ALL_CASES) {
            Long n = p.sum(source);
            String where = w.text("situation.where." + source.key());
            if (n == null) {
                continue;
            }
            if (n == 0) {
                none.add(where);
                continue;
            }
            String share = w.percentMeaningful(total) ? " (" + VietnameseFormat.percent(n * 100.0 / total, 1) + ")" : "";
            found.add(w.count(n, "cases") + " " + where + share);
        }
        String text = w.phrase("situation.sources", "parts", String.join(", ", found));
        if (!none.isEmpty()) {
            text += w.phrase("situation.sources-none", "places", PlaceNames.join(none, w.text("words.and")));
        }
        return java.util.Optional.of(text + ".");
    }

    /** The community rate, and either where the community cases were or how long there has been none. */
    static String community(BriefingInputs in, Words w) {
        UnitWeek p = in.week().scope();
        String rate = w.phrase("situation.community-rate", "rate", w.decimal(p.communityPer100kWeek(), 1));
        List<UnitWeek> with = in.week().districts().stream()
            .filter(d -> d.sum(Metric.CASES_COMMUNITY) != null && d.sum(Metric.CASES_COMMUNITY) > 0)
            .sorted(Comparator.comparing((UnitWeek d) -> -d.sum(Metric.CASES_COMMUNITY)).thenComparing(UnitWeek::code))
            .toList();
        if (with.isEmpty()) {
            Long days = p.daysWithoutCommunityCase();
            return rate + " " + (days == null ? w.text("situation.community-none")
                    : w.phrase("situation.community-none-days", "days", w.number(days)));
        }
        List<String> places = with.stream().map(d -> w.places().inText(d.name()) + " "
                + w.count(d.sum(Metric.CASES_COMMUNITY), "cases")).toList();
        return rate + " " + w.phrase("situation.community-places", "count", w.number((long) with.size()), "places",
                String.join(", ", places));
    }

    /** The communes with the most community cases, named with their district (seed 004's localities). */
    static java.util.Optional<String> localities(BriefingInputs in, Words w) {
        List<String[]> rows = new ArrayList<>();
        for (UnitWeek d : in.week().districts()) {
            for (UnitWeek c : in.week().communes().getOrDefault(d.code(), List.of())) {
                Long n = c.sum(Metric.CASES_COMMUNITY);
                if (n != null && n >= 2) {
                    rows.add(new String[] { Long.toString(n), w.places().communeInText(c.name(), d.name()), c.code() });
                }
            }
        }
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        rows.sort(Comparator.comparing((String[] r) -> -Long.parseLong(r[0])).thenComparing(r -> r[2]));
        List<String> named = rows.stream().limit(LOCALITIES)
            .map(r -> r[1] + " " + w.count(Long.parseLong(r[0]), "cases")).toList();
        return java.util.Optional.of(w.phrase("situation.localities", "places", String.join("; ", named)));
    }

    /** Cases among arrivals from epidemic areas, and the districts that received most of them. */
    static java.util.Optional<String> arrivals(BriefingInputs in, Words w) {
        Long n = in.week().scope().sum(Metric.CASES_ARRIVAL);
        if (n == null || n == 0) {
            return java.util.Optional.empty();
        }
        List<String> where = in.week().districts().stream()
            .filter(d -> d.sum(Metric.CASES_ARRIVAL) != null && d.sum(Metric.CASES_ARRIVAL) > 0)
            .sorted(Comparator.comparing((UnitWeek d) -> -d.sum(Metric.CASES_ARRIVAL)).thenComparing(UnitWeek::code))
            .limit(3).map(d -> w.places().inText(d.name()) + " " + w.count(d.sum(Metric.CASES_ARRIVAL), "cases")).toList();
        return java.util.Optional.of(w.phrase("situation.arrivals", "cases", w.count(n, "cases"), "change",
                w.change(n, in.week().scope().previousSum(Metric.CASES_ARRIVAL), "cases"), "places",
                String.join(", ", where)));
    }

    /** Units keyed by code, for the sections that name them. */
    static Map<String, UnitWeek> byCode(WeekIndicators week) {
        Map<String, UnitWeek> units = new java.util.HashMap<>();
        units.put(week.scope().code(), week.scope());
        week.districts().forEach(d -> units.put(d.code(), d));
        week.communes().values().forEach(l -> l.forEach(c -> units.put(c.code(), c)));
        return units;
    }
}
