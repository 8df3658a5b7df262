package vn.covid.briefing.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.covid.briefing.assessment.ControlCheck.Criterion;
import vn.covid.briefing.assessment.ControlCheck.Status;
import vn.covid.briefing.indicators.ReportWindow;
import vn.covid.briefing.indicators.UnitWeek;
import vn.covid.briefing.metric.Metric;

/** The criteria of QĐ 3979/3989 (methodology.md §3.1), thresholds from {@link AssessmentProperties.Control}. */
@Component
public class ControlCriteria {

    private final AssessmentProperties.Control rules;

    public ControlCriteria(AssessmentProperties rules) {
        this.rules = rules.control();
    }

    /** @param peakWeek the most community cases in any report week of the wave so far, null if unknown */
    public ControlCheck check(UnitWeek week, Long peakWeek) {
        List<Criterion> criteria = new ArrayList<>();
        criteria.add(falling(week, peakWeek));
        criteria.add(positivity(week));
        criteria.add(clusters(week));
        // QĐ 2686 risk levels are not part of the input contract: reported as unknown, not guessed
        criteria.add(new Criterion("2", Status.UNKNOWN, Map.of()));
        return new ControlCheck(week.code(), criteria);
    }

    /** 1a: community cases fell for {@code fallingWeeks} weeks in a row and are at most half the peak week. */
    private Criterion falling(UnitWeek week, Long peakWeek) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        Long[] weeks = new Long[rules.fallingWeeks() + 1];
        boolean known = true;
        for (int i = 0; i < weeks.length; i++) {
            weeks[i] = week.sumWeeksBack(Metric.CASES_COMMUNITY, i);
            numbers.put("week-" + i, weeks[i] == null ? null : weeks[i].doubleValue());
            known &= weeks[i] != null;
        }
        numbers.put("peak", peakWeek == null ? null : peakWeek.doubleValue());
        if (!known || peakWeek == null) {
            return new Criterion("1a", Status.UNKNOWN, numbers);
        }
        boolean falling = true;
        for (int i = 0; i + 1 < weeks.length; i++) {
            falling &= weeks[i] < weeks[i + 1];
        }
        boolean belowPeak = weeks[0] <= (1 - rules.belowPeakShare()) * peakWeek;
        return new Criterion("1a", falling && belowPeak ? Status.MET : Status.NOT_MET, numbers);
    }

    /** 1b: RT-PCR positivity of the latest half of {@code positivityDays} below that of the half before. */
    private Criterion positivity(UnitWeek week) {
        int half = rules.positivityDays() / 2;
        ReportWindow recent = ReportWindow.ending(week.window().last(), half);
        Double now = week.pcrPositivityPercent(recent);
        Double before = week.pcrPositivityPercent(recent.previous());
        Map<String, Double> numbers = new LinkedHashMap<>();
        numbers.put("recent", now);
        numbers.put("before", before);
        if (now == null || before == null) {
            return new Criterion("1b", Status.UNKNOWN, numbers);
        }
        return new Criterion("1b", now < before ? Status.MET : Status.NOT_MET, numbers);
    }

    /** 1c: no new cluster in the last {@code clusterDays} days; unknown when no report carries the column. */
    private Criterion clusters(UnitWeek week) {
        Long clusters = week.daily().sum(Metric.NEW_CLUSTERS, ReportWindow.ending(week.window().last(), rules.clusterDays()));
        Map<String, Double> numbers = new LinkedHashMap<>();
        numbers.put("clusters", clusters == null ? null : clusters.doubleValue());
        if (clusters == null) {
            return new Criterion("1c", Status.UNKNOWN, numbers);
        }
        return new Criterion("1c", clusters == 0 ? Status.MET : Status.NOT_MET, numbers);
    }
}
