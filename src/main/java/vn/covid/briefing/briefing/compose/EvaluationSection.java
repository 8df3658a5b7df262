package vn.covid.briefing.briefing.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.covid.briefing.assessment.ControlCheck;
import vn.covid.briefing.assessment.Framework;
import vn.covid.briefing.briefing.compose.BriefingPage.Block;
import vn.covid.briefing.briefing.compose.BriefingPage.Heading;
import vn.covid.briefing.briefing.compose.BriefingPage.Paragraph;
import vn.covid.briefing.indicators.UnitWeek;
import vn.covid.briefing.metric.Metric;

/**
 * III- Đánh giá chung, as the committee's documents judge a week: what was achieved, then "Tuy nhiên"
 * the shortcomings, each one a sentence the data bear out ("số ca mắc còn phát sinh nhiều trong các khu
 * cách ly (236/374 ca)"), then the causes, which only the office can give (its notes); without notes
 * there is no "Nguyên nhân" part, rather than an invented one.
 */
final class EvaluationSection {

    private EvaluationSection() {
    }

    static List<Block> compose(BriefingInputs in, Words w) {
        List<Block> out = new ArrayList<>();
        out.add(new Heading(1, w.text("sections.evaluation")));
        in.notes().of("evaluation").forEach(t -> out.add(ResultsSection.paragraph(t))); // the leadership's own words first
        List<String> achieved = achievements(in, w);
        in.notes().of("achievements").forEach(t -> achieved.add(t.text()));
        List<String> shortcomings = shortcomings(in, w);
        in.notes().of("shortcomings").forEach(t -> shortcomings.add(t.text()));
        out.add(new Heading(2, w.text("sections.achievements")));
        out.add(Paragraph.of(achieved.isEmpty() ? w.text("evaluation.achievements-none") : String.join(" ", achieved)));
        out.add(new Heading(2, w.text("sections.shortcomings")));
        out.add(Paragraph.of(shortcomings.isEmpty() ? w.text("evaluation.shortcomings-none")
                : w.phrase("evaluation.however", "points", String.join("; ", shortcomings))));
        if (!in.notes().of("causes").isEmpty()) {
            out.add(new Heading(2, w.text("sections.causes")));
            in.notes().of("causes").forEach(t -> out.add(ResultsSection.paragraph(t)));
        }
        return out;
    }

    private static List<String> achievements(BriefingInputs in, Words w) {
        UnitWeek p = in.week().scope();
        List<String> out = new ArrayList<>();
        if (fell(p.cases(), p.previousCases())) {
            out.add(w.phrase("evaluation.cases-fell", "change", w.change(p.cases(), p.previousCases(), "cases")));
        }
        Long community = p.sum(Metric.CASES_COMMUNITY);
        if (fell(community, p.previousSum(Metric.CASES_COMMUNITY))) {
            out.add(w.phrase("evaluation.community-fell", "change",
                    w.change(community, p.previousSum(Metric.CASES_COMMUNITY), "cases")));
        }
        if (fell(p.sum(Metric.DEATHS), p.previousSum(Metric.DEATHS))) {
            out.add(w.phrase("evaluation.deaths-fell", "deaths", w.count(p.sum(Metric.DEATHS), "cases"), "before",
                    w.count(p.previousSum(Metric.DEATHS), "cases")));
        }
        UnitWeek before = p.previousWeek();
        Double first = p.firstDose18plusPercent();
        Double firstBefore = before.firstDose18plusPercent();
        if (first != null && firstBefore != null && Words.printedDifference(first, firstBefore, 2) > 0) {
            out.add(w.phrase("evaluation.coverage-rose", "coverage", w.percent(first, 2), "change",
                    w.pointsChange(first, firstBefore, 2)));
        }
        List<String> free = in.week().districts().stream()
            .filter(d -> d.daysWithoutCommunityCase() != null && d.daysWithoutCommunityCase() >= 14)
            .map(d -> d.name()).toList();
        if (!free.isEmpty()) {
            out.add(w.phrase("evaluation.community-free", "places", w.places().grouped(free, w.text("words.and"))));
        }
        control(in).filter(c -> c.overall() == ControlCheck.Status.MET)
            .ifPresent(c -> out.add(w.text("evaluation.criteria-met")));
        return out;
    }

    private static List<String> shortcomings(BriefingInputs in, Words w) {
        UnitWeek p = in.week().scope();
        List<String> out = new ArrayList<>();
        if (rose(p.cases(), p.previousCases())) {
            out.add(w.phrase("evaluation.cases-rose", "change", w.change(p.cases(), p.previousCases(), "cases")));
        }
        Long cases = p.cases();
        for (Metric place : List.of(Metric.CASES_QUARANTINE, Metric.CASES_LOCKDOWN)) {
            Long n = p.sum(place);
            if (cases != null && cases >= 20 && n != null && n * 2 >= cases) {
                out.add(w.phrase("evaluation.many-in." + place.key(), "count", w.number(n), "total", w.number(cases)));
            }
        }
        long rising = in.week().districts().stream()
            .filter(d -> d.communityChange() != null && d.communityChange() > 0).count();
        if (rising > 0) {
            out.add(w.phrase("evaluation.community-rising", "count", w.number(rising), "total",
                    w.number((long) in.week().districts().size())));
        }
        Long deaths = p.sum(Metric.DEATHS);
        if (deaths != null && deaths > 0 && !fell(deaths, p.previousSum(Metric.DEATHS))) {
            out.add(w.phrase("evaluation.deaths", "deaths", w.count(deaths, "cases"), "change",
                    w.change(deaths, p.previousSum(Metric.DEATHS), "cases")));
        }
        lowestCoverage(in).ifPresent(d -> out.add(w.phrase("evaluation.lowest-coverage", "place",
                w.places().inText(d.name()), "coverage", w.percent(d.firstDose18plusPercent(), 2))));
        control(in).filter(c -> c.overall() != ControlCheck.Status.MET)
            .ifPresent(c -> out.add(w.text(c.overall() == ControlCheck.Status.NOT_MET ? "evaluation.criteria-not-met"
                    : "evaluation.criteria-unknown")));
        if (in.week().missingReports() > 0) {
            out.add(w.phrase("evaluation.reports-missing", "count", w.number(in.week().missingReports())));
        }
        return out;
    }

    static Optional<UnitWeek> lowestCoverage(BriefingInputs in) {
        return ResultsSection.belowTarget(in).stream().findFirst();
    }

    private static Optional<ControlCheck> control(BriefingInputs in) {
        return in.assessment().framework() == Framework.CONTROL
                ? Optional.ofNullable(in.assessment().control().get(in.week().scope().code())) : Optional.empty();
    }

    private static boolean fell(Long now, Long before) {
        return now != null && before != null && now < before;
    }

    private static boolean rose(Long now, Long before) {
        return now != null && before != null && now > before;
    }
}
