package vn.covid.briefing.briefing.compose;

import static vn.covid.briefing.briefing.compose.VietnameseFormat.dayMonthYear;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.covid.briefing.briefing.compose.BriefingPage.Block;
import vn.covid.briefing.briefing.compose.BriefingPage.Heading;
import vn.covid.briefing.briefing.compose.BriefingPage.Paragraph;
import vn.covid.briefing.indicators.ReportStatus;
import vn.covid.briefing.indicators.UnitWeek;
import vn.covid.briefing.indicators.WeekIndicators;
import vn.covid.briefing.metric.Metric;

/**
 * IV- Nhiệm vụ, giải pháp trọng tâm: what the week's figures call for, each task given to the body
 * that carries it out ("Giao Sở Y tế chủ trì, phối hợp …") with a date to report back by (the next
 * report date, or the target's own date), then the office's standing tasks and its notes. A place is
 * named here, where the task is, and only counted in the assessment above, so nothing is said twice.
 */
final class TasksSection {

    private TasksSection() {
    }

    static List<Block> compose(BriefingInputs in, Words w) {
        List<Block> out = new ArrayList<>();
        out.add(new Heading(1, w.text("sections.tasks")));
        List<String> tasks = new ArrayList<>();
        WeekIndicators week = in.week();
        UnitWeek p = week.scope();
        String next = dayMonthYear(in.date().plusDays(in.settings().days()));
        List<String> rising = week.districts().stream().filter(d -> d.communityChange() != null && d.communityChange() > 0)
            .sorted(Comparator.comparing((UnitWeek d) -> -d.communityChange()).thenComparing(UnitWeek::code))
            .map(UnitWeek::name).toList();
        if (!rising.isEmpty()) {
            tasks.add(w.phrase("tasks.community", "places", w.districtsOrAll(rising, in.week().districts().size()), "by", next));
        }
        Long cases = p.cases();
        Long quarantine = p.sum(Metric.CASES_QUARANTINE);
        if (cases != null && cases >= 20 && quarantine != null && quarantine * 2 >= cases) {
            tasks.add(w.phrase("tasks.quarantine", "by", next));
        }
        WeekIndicators.Progress households = week.householdProgress(p);
        if (households != null && !households.reached() && households.daysLeft() > 0 && households.remaining() != null) {
            tasks.add(w.phrase("tasks.households", "target", VietnameseFormat.percent(households.targetPercent(), 0), "by",
                    dayMonthYear(households.by()), "remaining", w.count(households.remaining(), "households")));
        }
        WeekIndicators.Progress vaccination = week.firstDoseProgress(p);
        Double coverage = p.firstDose18plusPercent();
        if (vaccination != null && !vaccination.reached() && vaccination.daysLeft() > 0 && coverage != null) {
            List<String> behind = week.districts().stream()
                .filter(d -> d.firstDose18plusPercent() != null && d.firstDose18plusPercent() < coverage)
                .sorted(Comparator.comparing(UnitWeek::firstDose18plusPercent)).map(UnitWeek::name).toList();
            if (!behind.isEmpty()) {
                tasks.add(w.phrase("tasks.vaccination", "places", w.districtsOrAll(behind, in.week().districts().size()), "target",
                        VietnameseFormat.percent(vaccination.targetPercent(), 0), "by", dayMonthYear(vaccination.by())));
            }
        }
        Double icu = p.icuOccupancyPercent();
        if (icu != null && icu > in.rules().qd4800().icuOccupancyMax() * 100) {
            tasks.add(w.phrase("tasks.icu", "share", w.percent(icu, 1), "by", next));
        }
        List<String> late = week.districts().stream().filter(d -> week.completenessOf(d.code()).stream()
            .anyMatch(r -> r.missing() || r.timeliness() == ReportStatus.Timeliness.LATE)).map(UnitWeek::name).toList();
        if (!late.isEmpty()) {
            tasks.add(w.phrase("tasks.reports", "places", w.districtsOrAll(late, in.week().districts().size())));
        }
        tasks.addAll(w.list("tasks.standing"));
        in.notes().of("tasks").forEach(t -> tasks.add(t.text()));
        for (int i = 0; i < tasks.size(); i++) {
            out.add(Paragraph.of((i + 1) + ". " + tasks.get(i)));
        }
        return out;
    }
}
