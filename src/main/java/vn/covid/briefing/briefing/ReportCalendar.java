package vn.covid.briefing.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.covid.briefing.indicators.WeekProperties;
import vn.covid.briefing.reference.Unit;
import vn.covid.briefing.reference.ReferenceData;
import vn.covid.briefing.system.BriefingProperties;

/**
 * Which report dates exist and which are due: report dates fall on the configured weekday; a week is
 * due once its window is complete (every district, every day) or, failing that, once the deadline after
 * its cut-off has passed (then it is issued as provisional, naming the missing reports). Weeks without
 * a single report are never due: nothing to say, and an idle system would otherwise issue empty weeks.
 */
@Component
public class ReportCalendar {

    private final JdbcTemplate jdbc;
    private final BriefingProperties properties;
    private final WeekProperties week;
    private final ReferenceData reference;

    ReportCalendar(JdbcTemplate jdbc, BriefingProperties properties, WeekProperties week, ReferenceData reference) {
        this.reference = reference;
        this.jdbc = jdbc;
        this.properties = properties;
        this.week = week;
    }

    /** Every report date in [from, to]. */
    public List<LocalDate> reportDates(LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = from.with(TemporalAdjusters.nextOrSame(week.endWeekday())); !d.isAfter(to); d = d.plusWeeks(1)) {
            dates.add(d);
        }
        return dates;
    }

    /** The report dates up to {@code now} whose briefing is due, oldest first. */
    public List<LocalDate> due(Instant now) {
        List<String> districts = reference.units().districtsInScope().stream()
            .map(Unit::code).toList();
        if (districts.isEmpty()) {
            return List.of();
        }
        String in = String.join(", ", java.util.Collections.nCopies(districts.size(), "?"));
        java.util.Map<LocalDate, Integer> reportsPerDay = new java.util.HashMap<>();
        jdbc.query("SELECT report_date, COUNT(*) FROM district_day WHERE district_code IN (" + in + ") GROUP BY report_date",
                rs -> {
                    reportsPerDay.put(rs.getDate(1).toLocalDate(), rs.getInt(2));
                }, districts.toArray());
        if (reportsPerDay.isEmpty()) {
            return List.of();
        }
        LocalDate first = reportsPerDay.keySet().stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = reportsPerDay.keySet().stream().max(LocalDate::compareTo).orElseThrow();
        LocalDate today = now.atZone(properties.zone()).toLocalDate();
        List<LocalDate> due = new ArrayList<>();
        for (LocalDate d : reportDates(first, today)) {
            if (d.minusDays(week.days() - 1L).isAfter(last)) {
                break; // no report in this window, nor in any later one
            }
            int reports = 0;
            for (int i = 0; i < week.days(); i++) {
                reports += reportsPerDay.getOrDefault(d.minusDays(i), 0);
            }
            boolean complete = reports >= districts.size() * week.days();
            Instant deadline = ZonedDateTime.of(d.atTime(week.cutoffHour(), 0), properties.zone()).toInstant()
                .plus(week.provisionalAfter());
            if (reports > 0 && (complete || !now.isBefore(deadline))) {
                due.add(d);
            }
        }
        return due;
    }
}
