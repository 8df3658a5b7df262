package vn.covid.briefing.indicators;

import static vn.covid.briefing.indicators.FactRows.ONE_DISTRICT_DAYS;
import static vn.covid.briefing.indicators.FactRows.metrics;
import static vn.covid.briefing.indicators.FactRows.placeholders;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.covid.briefing.metric.Metric;

/**
 * Running totals per unit, and the table that makes them cheap: {@code unit_checkpoint} holds each
 * unit's totals at every month end, so a week's cumulative figures read one checkpoint and less than a
 * month of facts instead of the whole history. Checkpoints are built on first use; whoever writes facts
 * calls {@link #invalidateFrom} in the same transaction, so a late or corrected report is never hidden
 * behind an old checkpoint. This class is the only one that reads or writes the table.
 */
@Component
public class RunningTotals {

    private static final String METRIC_COLUMNS = Metric.sqlColumns();

    private final JdbcTemplate jdbc;

    public RunningTotals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A district's day from which stored running totals no longer hold. */
    public record DistrictDay(String district, LocalDate day) {
    }

    /** Per district, the newest checkpoint (one read per ingest: checkpoints are only made by report runs). */
    public Map<String, LocalDate> newestCheckpoints() {
        Map<String, LocalDate> newest = new HashMap<>();
        jdbc.query("SELECT district_code, MAX(as_of) FROM unit_checkpoint GROUP BY district_code",
                rs -> { newest.put(rs.getString(1), rs.getDate(2).toLocalDate()); });
        return newest;
    }

    /** Deletes the checkpoints of each district from its day on (see V5__unit_checkpoint.sql). */
    public void invalidateFrom(List<DistrictDay> days) {
        jdbc.batchUpdate("DELETE FROM unit_checkpoint WHERE district_code = ? AND as_of >= ?",
                days.stream().map(d -> new Object[] { d.district(), Date.valueOf(d.day()) }).toList());
    }

    /** Per unit: cumulative values (a one-day series dated asOf) and the last day with a community case. */
    public record Totals(Map<String, Series> sums, Map<String, LocalDate> lastCommunityCase) {
    }

    /**
     * Per unit, the totals up to {@code asOf}: case, death, discharge and testing metrics from the wave
     * start, vaccine doses from the first data (a campaign is not a wave); and the last community case.
     * Read as the month-end checkpoint before asOf plus the days after it, so the cost does not grow
     * with the history stored; missing checkpoints are built on the way (once).
     */
    public Totals totals(Collection<String> districts, LocalDate waveStart, LocalDate asOf) {
        Map<String, Series> sums = new HashMap<>();
        Map<String, LocalDate> last = new HashMap<>();
        if (districts.isEmpty()) {
            return new Totals(sums, last);
        }
        LocalDate checkpoint = asOf.withDayOfMonth(1).minusDays(1);
        ensureCheckpoints(districts, waveStart, checkpoint);
        accumulate(districts, waveStart, checkpoint, asOf).forEach((unit, total) -> {
            Series s = new Series(asOf, 1);
            for (int m = 0; m < total.values().length; m++) {
                s.add(Metric.ALL.get(m), asOf, total.values()[m]);
            }
            sums.put(unit, s);
            if (total.lastCommunityCase() != null) {
                last.put(unit, total.lastCommunityCase());
            }
        });
        return new Totals(sums, last);
    }

    /** One unit's running totals: a checkpoint row, or a checkpoint plus the days after it. */
    private record UnitTotal(String district, Long[] values, LocalDate lastCommunityCase) {

        UnitTotal plus(Long[] more, LocalDate lastCommunity) {
            Long[] sum = values.clone();
            for (int m = 0; m < sum.length; m++) {
                if (more[m] != null) {
                    sum[m] = sum[m] == null ? more[m] : sum[m] + more[m];
                }
            }
            return new UnitTotal(district, sum, lastCommunity != null ? lastCommunity : lastCommunityCase);
        }
    }

    /**
     * Per unit, the checkpoint at {@code base} (a district without one counts from zero) plus the days in
     * (base, upTo]: how a week's totals are read, and how the next checkpoint is made.
     */
    private Map<String, UnitTotal> accumulate(Collection<String> districts, LocalDate waveStart, LocalDate base,
            LocalDate upTo) {
        Map<String, UnitTotal> totals = new java.util.TreeMap<>();
        List<Object> args = new ArrayList<>();
        args.add(Date.valueOf(base));
        args.add(Date.valueOf(waveStart));
        args.addAll(districts);
        jdbc.query("SELECT unit_code, district_code, last_community_case, " + METRIC_COLUMNS + " FROM unit_checkpoint "
                + "WHERE as_of = ? AND wave_start = ? AND district_code IN (" + placeholders(districts) + ")", rs -> {
                    java.sql.Date d = rs.getDate(3);
                    totals.put(rs.getString(1), new UnitTotal(rs.getString(2), metrics(rs, 4),
                            d == null ? null : d.toLocalDate()));
                }, args.toArray());
        String sums = Metric.ALL.stream()
            .map(c -> c.isDose() ? "SUM(" + c.key() + ")"
                    : "SUM(CASE WHEN report_date >= ? THEN " + c.key() + " END)")
            .collect(Collectors.joining(", "));
        for (String district : districts) {
            List<Object> dayArgs = new ArrayList<>();
            Metric.ALL.stream().filter(c -> !c.isDose()).forEach(c -> dayArgs.add(Date.valueOf(waveStart)));
            dayArgs.add(district);
            // (base, upTo] as BETWEEN base+1 AND upTo: the district-and-range form every database can seek
            dayArgs.add(Date.valueOf(base.plusDays(1)));
            dayArgs.add(Date.valueOf(upTo));
            jdbc.query("SELECT unit_code, MAX(CASE WHEN cases_community > 0 THEN report_date END), " + sums
                    + " FROM daily_fact WHERE " + ONE_DISTRICT_DAYS + " GROUP BY unit_code", rs -> {
                        java.sql.Date d = rs.getDate(2);
                        Long[] days = metrics(rs, 3);
                        totals.merge(rs.getString(1), new UnitTotal(district, days, d == null ? null : d.toLocalDate()),
                                (before, added) -> before.plus(added.values(), added.lastCommunityCase()));
                    }, dayArgs.toArray());
        }
        return totals;
    }

    /** Builds the month-end checkpoints up to {@code upTo} that are missing for these districts. */
    private void ensureCheckpoints(Collection<String> districts, LocalDate waveStart, LocalDate upTo) {
        List<Object> args = new ArrayList<>();
        args.add(Date.valueOf(waveStart));
        args.add(Date.valueOf(upTo));
        args.addAll(districts);
        Map<String, LocalDate> latest = new HashMap<>();
        jdbc.query("SELECT district_code, MAX(as_of) FROM unit_checkpoint WHERE wave_start = ? AND as_of <= ? "
                + "AND district_code IN (" + placeholders(districts) + ") GROUP BY district_code", rs -> {
                    latest.put(rs.getString(1), rs.getDate(2).toLocalDate());
                }, args.toArray());
        Map<String, LocalDate> first = new HashMap<>();
        List<String> without = districts.stream().filter(d -> !latest.containsKey(d)).toList();
        if (!without.isEmpty()) {
            jdbc.query("SELECT district_code, MIN(report_date) FROM district_day WHERE district_code IN ("
                    + placeholders(without) + ") GROUP BY district_code", rs -> {
                        first.put(rs.getString(1), rs.getDate(2).toLocalDate());
                    }, without.toArray());
        }
        // group the districts by where their chain of checkpoints continues from (the month end before
        // their first report when they have none yet)
        Map<LocalDate, List<String>> byStart = new java.util.TreeMap<>();
        for (String d : districts) {
            LocalDate from = latest.containsKey(d) ? latest.get(d)
                    : first.containsKey(d) ? first.get(d).withDayOfMonth(1).minusDays(1) : null;
            if (from != null && from.isBefore(upTo)) {
                byStart.computeIfAbsent(from, k -> new ArrayList<>()).add(d);
            }
        }
        byStart.forEach((from, group) -> {
            for (LocalDate previous = from; previous.isBefore(upTo);) {
                LocalDate next = previous.plusDays(1).plusMonths(1).withDayOfMonth(1).minusDays(1);
                insertCheckpoint(next, waveStart, accumulate(group, waveStart, previous, next));
                previous = next;
            }
        });
    }

    private void insertCheckpoint(LocalDate at, LocalDate waveStart, Map<String, UnitTotal> totals) {
        List<Object[]> rows = new ArrayList<>();
        totals.forEach((unit, total) -> {
            Object[] row = new Object[5 + Metric.ALL.size()];
            row[0] = total.district();
            row[1] = Date.valueOf(at);
            row[2] = Date.valueOf(waveStart);
            row[3] = unit;
            row[4] = total.lastCommunityCase() == null ? null : Date.valueOf(total.lastCommunityCase());
            System.arraycopy(total.values(), 0, row, 5, Metric.ALL.size());
            rows.add(row);
        });
        jdbc.batchUpdate("INSERT INTO unit_checkpoint (district_code, as_of, wave_start, unit_code, last_community_case, "
                + METRIC_COLUMNS + ") VALUES (?, ?, ?, ?, ?, " + placeholders(Metric.ALL) + ")", rows);
    }
}
