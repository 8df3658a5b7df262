package vn.covid.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.RealData;
import vn.covid.briefing.support.CsvFiles;
import vn.covid.briefing.support.Database;

/**
 * The README's first command on the shipped sample: every district file of 2021-07-01 … 2022-02-07 goes
 * in, the deliberately flawed ones come out in the rejects report, the provincial daily figures equal the
 * real ones, and running it again is a no-op.
 */
class SampleIngestIntegrationTests {

    private static final Path REALDATA = RealData.FOLDER;

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Database.class)
    void theSampleGoesInAndMatchesTheRealProvincialFigures(Database database) throws IOException {
        Briefing briefing = new Briefing(Briefing.PROJECT.resolve("input"), temp.resolve("out"), database.freshUrl(temp));

        Briefing.Result first = briefing.run("ingest");

        assertThat(first.exitCode()).as(first.err()).isEqualTo(3);
        assertThat(first.out()).contains("2664 loaded, 1 partly loaded, 4 rejected");
        JdbcTemplate db = Database.jdbc(briefing.dbUrl());
        assertThat(db.queryForObject("SELECT COUNT(*) FROM district_day", Integer.class)).isEqualTo(12 * 222);
        assertThat(db.queryForObject("SELECT COUNT(DISTINCT report_date) FROM daily_fact", Integer.class)).isEqualTo(222);

        Map<LocalDate, long[]> stored = new HashMap<>();
        db.query("SELECT report_date, SUM(cases_arrival + cases_quarantine + cases_lockdown + cases_community "
                + "+ cases_unclassified), SUM(deaths), SUM(cases_community), SUM(cases_unclassified) FROM daily_fact "
                + "GROUP BY report_date", rs -> {
                    stored.put(rs.getDate(1).toLocalDate(), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5) });
                });
        List<CSVRecord> provenance = CsvFiles.read(Briefing.SAMPLE_REFERENCE.resolve("sample-provenance.csv"));
        assertThat(provenance).hasSize(222);
        for (CSVRecord day : provenance) {
            long[] s = stored.get(LocalDate.parse(day.get("date")));
            assertThat(s[0]).as("cases on " + day.get("date")).isEqualTo(Long.parseLong(day.get("cases")));
            assertThat(s[1]).as("deaths on " + day.get("date")).isEqualTo(Long.parseLong(day.get("deaths")));
        }
        assertThat(provenance.stream().filter(r -> r.get("kind").equals("real")).map(r -> r.get("date")).max(String::compareTo))
            .contains("2022-01-21");

        // the published disagreements of 06/9 and 08/9/2021: the figure two sources agree on
        assertThat(stored.get(LocalDate.of(2021, 9, 6))[0]).isEqualTo(95);
        assertThat(stored.get(LocalDate.of(2021, 9, 8))[0]).isEqualTo(62);
        // VNCDC's split of 13/9 (recorded 12/9): 5 lockdown, 38 quarantine, 16 community + screening
        assertThat(stored.get(LocalDate.of(2021, 9, 13))[2]).isEqualTo(16);
        // VNCDC's cases of unknown source (12/7, recorded 11/7: all 40) are not yet classified, not community cases
        assertThat(stored.get(LocalDate.of(2021, 7, 12))[3]).isEqualTo(stored.get(LocalDate.of(2021, 7, 12))[0]);
        assertThat(stored.get(LocalDate.of(2021, 7, 12))[2]).isZero();
        // 18/7: the provincial bulletin has the day's 101 cases too, and its split: 19 in the community
        assertThat(stored.get(LocalDate.of(2021, 7, 18))[2]).isEqualTo(19);
        assertThat(stored.get(LocalDate.of(2021, 7, 18))[3]).isZero();

        Briefing.Result again = briefing.run("ingest");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("2669 already ingested; 0 processed now");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM daily_fact_history", Integer.class))
            .as("only the resent Châu Thành report of 10/9 replaced rows").isEqualTo(12);

        Briefing.Result status = briefing.run("status");
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).contains("Huyện Châu Thành", "2021-07-01 2022-02-07", "222", "Tỉnh Đồng Tháp");
    }

    /** Independent of the sample generator: the real files themselves, by the documented rule. */
    @ParameterizedTest
    @EnumSource(value = Database.class, names = "H2")
    void theProvenanceFileHoldsTheRealFiguresOfTheSources(Database ignored) throws IOException {
        RealData.assumePresent();
        Map<String, String> ncscCases = new HashMap<>();
        Map<String, String> ncscDeaths = new HashMap<>();
        for (CSVRecord r : CsvFiles.read(REALDATA.resolve("ncsc_province_daily_cases_deaths.csv"))) {
            if (r.get("gso_code").equals("87")) {
                ncscCases.put(r.get("date"), r.get("new_cases"));
                ncscDeaths.put(r.get("date"), r.get("new_deaths"));
            }
        }
        Map<String, String> vnexpress = new HashMap<>();
        for (CSVRecord r : CsvFiles.read(REALDATA.resolve("vnexpress_province_daily_confirmed.csv"))) {
            if (r.get("gso_code").equals("87")) {
                vnexpress.put(r.get("date"), r.get("new_cases"));
            }
        }
        Map<String, String> vncdcShifted = new HashMap<>();
        for (CSVRecord r : CsvFiles.read(REALDATA.resolve("vncdc_province_daily_breakdown.csv"))) {
            if (r.get("province").equals("Tỉnh Đồng Tháp") && !r.get("confirmed").isEmpty()) {
                vncdcShifted.put(LocalDate.parse(r.get("date")).plusDays(1).toString(), r.get("confirmed"));
            }
        }
        int checked = 0;
        for (CSVRecord day : CsvFiles.read(Briefing.SAMPLE_REFERENCE.resolve("sample-provenance.csv"))) {
            if (!day.get("kind").equals("real")) {
                continue;
            }
            String date = day.get("date");
            String n = ncscCases.get(date);
            String v = vnexpress.get(date);
            String c = vncdcShifted.get(date);
            String expected = n != null && (n.equals(v) || n.equals(c)) ? n : v != null ? v : n;
            assertThat(day.get("cases")).as("cases on " + date).isEqualTo(expected);
            assertThat(day.get("deaths")).as("deaths on " + date).isEqualTo(ncscDeaths.get(date));
            checked++;
        }
        assertThat(checked).isEqualTo(205);
    }
}
