package vn.covid.briefing.briefing.compose;

import static vn.covid.briefing.briefing.compose.VietnameseFormat.dayMonthYear;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.covid.briefing.briefing.compose.BriefingPage.Block;
import vn.covid.briefing.briefing.compose.BriefingPage.Heading;
import vn.covid.briefing.briefing.compose.BriefingPage.Paragraph;
import vn.covid.briefing.briefing.templates.Notes;
import vn.covid.briefing.indicators.UnitWeek;
import vn.covid.briefing.indicators.WeekIndicators;
import vn.covid.briefing.metric.Metric;

/**
 * II- Kết quả thực hiện các biện pháp: testing (with household sampling against its target),
 * vaccination (coverage of the 18+ population by dose, against the target, the districts furthest
 * behind), treatment (patients, severe cases, ICU beds, discharges), then distancing or levels
 * ({@link MeasuresSection}), then the office's own parts from the notes (social support, production…).
 */
final class ResultsSection {

    private ResultsSection() {
    }

    static List<Block> compose(BriefingInputs in, Words w) {
        List<Block> out = new ArrayList<>();
        out.add(new Heading(1, w.text("sections.results")));
        int n = 1;
        out.add(new Heading(2, n++ + ". " + w.text("sections.testing")));
        out.addAll(testing(in, w));
        out.add(new Heading(2, n++ + ". " + w.text("sections.vaccination")));
        out.addAll(vaccination(in, w));
        out.add(new Heading(2, n++ + ". " + w.text("sections.treatment")));
        out.addAll(treatment(in, w));
        out.add(new Heading(2, n++ + ". " + MeasuresSection.title(in, w)));
        out.addAll(MeasuresSection.compose(in, w));
        in.notes().of("results").forEach(t -> out.add(paragraph(t)));
        for (Notes.Extra extra : in.notes().extraResults()) {
            out.add(new Heading(2, n++ + ". " + extra.title()));
            extra.texts().forEach(t -> out.add(paragraph(t)));
        }
        return out;
    }

    static Paragraph paragraph(Notes.Text t) {
        return t.item() ? Paragraph.item(t.text()) : Paragraph.of(t.text());
    }

    private static List<Block> testing(BriefingInputs in, Words w) {
        UnitWeek p = in.week().scope();
        List<Block> out = new ArrayList<>();
        if (p.tests() == null && p.householdVisits() == null && p.householdCoveragePercent() == null) {
            // nothing reported: one sentence, and no empty chart
            out.add(Paragraph.of(w.text("results.testing-none")));
            return out;
        }
        out.add(Paragraph.of(w.phrase("results.testing", "tests", w.count(p.tests(), "samples"), "change",
                w.change(p.tests(), p.previousWeek().tests(), "samples"), "pcr", w.count(p.sum(Metric.PCR_TESTS), "samples"),
                "rapid", w.count(p.sum(Metric.RAPID_TESTS), "samples"), "positivity", w.percent(p.positivityPercent(), 2))));
        Long visits = p.householdVisits();
        if (visits != null && visits > 0) {
            out.add(Paragraph.of(w.phrase("results.household-visits", "visits", w.count(visits, "household-visits"))));
        }
        if (p.householdCoveragePercent() != null) {
            out.add(Paragraph.of(w.phrase("results.households-covered", "households",
                    w.count(p.cumulative(Metric.HOUSEHOLDS_FIRST_SAMPLED), "households"), "coverage",
                    Flagged.percent(in, w, p, "householdCoveragePercent", p.householdCoveragePercent(), 1))));
        }
        WeekIndicators.Progress target = in.week().householdProgress(p);
        if (target != null && target.reachedPercent() != null
                && !in.date().isAfter(target.by().plusDays(in.settings().days()))) {
            out.add(Paragraph.of(w.phrase("results.households-target", "target", percent(target.targetPercent()), "by",
                    dayMonthYear(target.by()), "status", status(target, w, "households"))));
        }
        out.add(w.figure("testing", w.text("charts.testing-title"), SituationSection.shading(in, w)));
        return out;
    }

    /** "đã đạt", "còn 141.423 hộ, cần bình quân 8.319 hộ mỗi ngày", "chưa đạt, đã quá hạn", "không có số liệu". */
    static String status(WeekIndicators.Progress progress, Words w, String unit) {
        if (progress.reachedPercent() == null) {
            return w.noData();
        }
        if (progress.reached()) {
            return w.text("results.target-reached");
        }
        if (progress.daysLeft() == 0 || progress.remaining() == null) {
            return w.phrase("results.target-late", "reached", w.percent(progress.reachedPercent(), 2));
        }
        return w.phrase("results.target-open", "reached", w.percent(progress.reachedPercent(), 2), "remaining",
                w.count(progress.remaining(), unit), "perDay", w.count(progress.neededPerDay(), unit));
    }

    private static String percent(double value) {
        return VietnameseFormat.percent(value, value == Math.rint(value) ? 0 : 1);
    }

    private static List<Block> vaccination(BriefingInputs in, Words w) {
        UnitWeek p = in.week().scope();
        List<Block> out = new ArrayList<>();
        if (KeyFiguresSection.doses(p) == null && p.cumulative(Metric.DOSE1) == null
                && sum(p.sum(Metric.DOSE1_12_17), p.sum(Metric.DOSE2_12_17)) == null) {
            out.add(Paragraph.of(w.text("results.vaccination-none")));
            return out;
        }
        // booster doses are named only once the province has given any (none before late 2021)
        boolean boosters = p.cumulative(Metric.BOOSTER) != null && p.cumulative(Metric.BOOSTER) > 0;
        String doses = w.count(KeyFiguresSection.doses(p), "doses");
        String dose1 = w.count(p.sum(Metric.DOSE1), "doses");
        String dose2 = w.count(p.sum(Metric.DOSE2), "doses");
        out.add(Paragraph.of(boosters
                ? w.phrase("results.vaccination", "doses", doses, "dose1", dose1, "dose2", dose2, "booster",
                        w.count(p.sum(Metric.BOOSTER), "doses"))
                : w.phrase("results.vaccination-no-booster", "doses", doses, "dose1", dose1, "dose2", dose2)));
        boolean denominator = p.figures().population18plus() != null;
        if (!denominator) {
            out.add(Paragraph.of(w.text("results.coverage-no-denominator")));
        }
        else {
            String first = Flagged.percent(in, w, p, "firstDose18plusPercent", p.firstDose18plusPercent(), 2);
            String full = Flagged.percent(in, w, p, "fullDose18plusPercent", p.fullDose18plusPercent(), 2);
            out.add(Paragraph.of(boosters
                    ? w.phrase("results.coverage", "first", first, "full", full, "booster",
                            Flagged.percent(in, w, p, "booster18plusPercent", p.booster18plusPercent(), 2))
                    : w.phrase("results.coverage-no-booster", "first", first, "full", full)));
        }
        Long young = sum(p.sum(Metric.DOSE1_12_17), p.sum(Metric.DOSE2_12_17));
        if (young != null && young > 0 && p.firstDose12to17Percent() == null) {
            // no 12-17 population known yet: the doses, without rates that would read "không có số liệu"
            out.add(Paragraph.of(w.phrase("results.coverage-12-17-doses", "doses", w.count(young, "doses"))));
        }
        else if (young != null && young > 0 || p.firstDose12to17Percent() != null) {
            out.add(Paragraph.of(w.phrase("results.coverage-12-17", "doses", w.count(young, "doses"), "first",
                    Flagged.percent(in, w, p, "firstDose12to17Percent", p.firstDose12to17Percent(), 2), "full",
                    Flagged.percent(in, w, p, "fullDose12to17Percent", p.fullDose12to17Percent(), 2))));
        }
        WeekIndicators.Progress target = in.week().firstDoseProgress(p);
        // without a denominator the sentence above already says why no progress can be stated
        if (denominator && target != null && !in.date().isAfter(target.by().plusDays(in.settings().days()))) {
            out.add(Paragraph.of(w.phrase("results.vaccination-target", "target", percent(target.targetPercent()), "by",
                    dayMonthYear(target.by()), "status", status(target, w, "people"))));
        }
        List<UnitWeek> lowest = belowTarget(in).stream().limit(3).toList();
        if (lowest.size() >= 2) {
            out.add(Paragraph.of(w.phrase("results.vaccination-lowest", "places", String.join(", ", lowest.stream()
                .map(d -> w.places().inText(d.name()) + " "
                        + Flagged.percent(in, w, d, "firstDose18plusPercent", d.firstDose18plusPercent(), 2)).toList()))));
        }
        List<String> above = in.week().districts().stream()
            .filter(d -> Flagged.vaccinationAbove100(in, d)).map(UnitWeek::name)
            .toList();
        if (!above.isEmpty()) {
            out.add(Paragraph.of(w.phrase("results.coverage-above-100", "places", w.places().grouped(above,
                    w.text("words.and")))));
        }
        if (in.week().districts().stream().anyMatch(d -> d.firstDose18plusPercent() != null)) {
            out.add(w.figure("vaccination", w.text("charts.vaccination-title"), null));
        }
        return out;
    }

    /** Null only when both are (a ternary here would unbox a null). */
    /**
     * The districts whose one-dose coverage is below the target's share (100 % without a target), lowest
     * first: a district above it is not "among the lowest" whatever the others' figures.
     */
    static List<UnitWeek> belowTarget(BriefingInputs in) {
        var target = in.week().targets() == null ? null : in.week().targets().firstDose18plus();
        double limit = target == null ? 100 : target.share() * 100;
        return in.week().districts().stream()
            .filter(d -> d.firstDose18plusPercent() != null && d.firstDose18plusPercent() < limit)
            .sorted(Comparator.comparing(UnitWeek::firstDose18plusPercent)).toList();
    }

    private static Long sum(Long a, Long b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a + b;
    }

    private static List<Block> treatment(BriefingInputs in, Words w) {
        UnitWeek p = in.week().scope();
        List<Block> out = new ArrayList<>();
        if (p.latest(Metric.UNDER_TREATMENT) == null && p.latest(Metric.ICU_IN_USE) == null
                && p.sum(Metric.RECOVERED) == null) {
            out.add(Paragraph.of(w.text("results.treatment-none")));
            return out;
        }
        out.add(Paragraph.of(w.phrase("results.treatment", "treating", w.count(p.latest(Metric.UNDER_TREATMENT), "patients"),
                "severe", w.countOrNone(p.latest(Metric.SEVERE), "patients"))));
        Long home = p.latest(Metric.HOME_TREATMENT);
        Long oxygen = p.latest(Metric.OXYGEN);
        if (home != null || oxygen != null) {
            out.add(Paragraph.of(w.phrase("results.home-and-oxygen", "home", w.countOrNone(home, "patients"), "oxygen",
                    w.countOrNone(oxygen, "patients"))));
        }
        Long icu = p.latest(Metric.ICU_IN_USE);
        Long beds = p.icu().beds();
        if (icu == null) {
            Long severe = p.latest(Metric.SEVERE);
            out.add(Paragraph.of(severe != null && severe > 0
                    ? w.phrase("results.icu-missing-with-severe", "severe", w.count(severe, "patients"))
                    : w.text("results.icu-missing")));
        }
        else if (beds == null) {
            out.add(Paragraph.of(w.phrase("results.icu-no-beds", "icu", w.count(icu, "beds"))));
        }
        else if (Flagged.has(in, p, vn.covid.briefing.indicators.Caveat.Kind.ICU_ABOVE_BEDS)) {
            out.add(Paragraph.of(w.phrase("results.icu-above-beds", "icu", w.count(icu, "beds"), "beds", w.count(beds, "beds"))));
        }
        else {
            out.add(Paragraph.of(w.phrase(p.icu().estimated() ? "results.icu-estimated" : "results.icu", "icu",
                    w.count(icu, "beds"), "beds", w.count(beds, "beds"), "share", w.percent(p.icuOccupancyPercent(), 1))));
        }
        out.add(Paragraph.of(w.phrase("results.recovered", "recovered", w.count(p.sum(Metric.RECOVERED), "patients"),
                "since", Flagged.since(w, p, "recovered"), "total", w.count(p.cumulative(Metric.RECOVERED), "patients"))));
        return out;
    }
}
