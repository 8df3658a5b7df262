package vn.covid.briefing.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.metric.Metric;
import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.Database;

/**
 * Cumulative figures come from month-end checkpoints plus the days after them; they must always equal
 * the plain sum over all stored days, also after a late or corrected report for a day the checkpoints
 * already covered.
 */
class CumulativeTotalsIntegrationTests {

    private static final String HEADER = "report_date,unit_code,cases_arrival,cases_quarantine,cases_lockdown,cases_community,deaths,dose1\n";

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Database.class)
    void checkpointedTotalsEqualThePlainSumAfterCorrections(Database database) throws IOException {
        Path inbox = Briefing.emptyInbox(temp);
        LocalDate first = LocalDate.of(2021, 7, 20);
        for (int d = 0; d < 90; d++) {
            LocalDate day = first.plusDays(d);
            Files.writeString(inbox.resolve("day-" + day + ".csv"), HEADER + day + ",30244,0,1,0," + (d % 4) + ",0," + (10 + d)
                    + "\n" + day + ",30247,1,0,0," + (d % 3 == 0 ? 2 : 0) + "," + (d == 40 ? 1 : 0) + ",5\n");
        }
        Briefing briefing = new Briefing(inbox, temp.resolve("out"), database.freshUrl(temp));
        assertThat(briefing.run("ingest").exitCode()).isZero();
        JdbcTemplate db = Database.jdbc(briefing.dbUrl());
        RunningTotals store = new RunningTotals(db);
        LocalDate waveStart = LocalDate.of(2021, 4, 27);
        LocalDate asOf = LocalDate.of(2021, 10, 11);

        check(db, store, waveStart, asOf);
        assertThat(db.queryForObject("SELECT COUNT(DISTINCT as_of) FROM unit_checkpoint", Integer.class))
            .as("month ends 31/7, 31/8, 30/9").isEqualTo(3);
        check(db, store, waveStart, asOf); // read from the checkpoints this time

        // a correction of 05/8 (covered by every checkpoint) and a late report for a new unit on 02/9
        Files.writeString(inbox.resolve("day-2021-08-05 (sửa).csv"), HEADER + "2021-08-05,30244,0,1,0,50,3,10\n"
                + "2021-08-05,30247,1,0,0,0,0,5\n");
        Files.writeString(inbox.resolve("late 2021-09-02.csv"), HEADER + "2021-09-02,30250,0,0,0,7,0,100\n");
        assertThat(briefing.run("ingest").exitCode()).isZero();
        check(db, store, waveStart, asOf);
        check(db, store, waveStart, LocalDate.of(2021, 8, 10));
        assertThat(store.totals(List.of("877"), waveStart, asOf).lastCommunityCase()).containsKey("30250");
    }

    private static void check(JdbcTemplate db, RunningTotals store, LocalDate waveStart, LocalDate asOf) {
        RunningTotals.Totals totals = store.totals(List.of("877"), waveStart, asOf);
        for (String unit : List.of("30244", "30247", "30250")) {
            for (Metric m : List.of(Metric.CASES_COMMUNITY, Metric.DEATHS, Metric.DOSE1, Metric.CASES_QUARANTINE)) {
                Long plain = db.queryForObject("SELECT SUM(" + m.key() + ") FROM daily_fact WHERE unit_code = ? "
                        + "AND report_date <= ?", Long.class, unit, java.sql.Date.valueOf(asOf));
                Series s = totals.sums().get(unit);
                Long got = s == null || s.value(m, asOf) == Series.NONE ? null : s.value(m, asOf);
                assertThat(got).as(unit + " " + m + " up to " + asOf).isEqualTo(plain);
            }
            java.sql.Date last = db.queryForObject("SELECT MAX(report_date) FROM daily_fact WHERE unit_code = ? "
                    + "AND cases_community > 0 AND report_date <= ?", java.sql.Date.class, unit, java.sql.Date.valueOf(asOf));
            assertThat(totals.lastCommunityCase().get(unit)).isEqualTo(last == null ? null : last.toLocalDate());
        }
    }
}
