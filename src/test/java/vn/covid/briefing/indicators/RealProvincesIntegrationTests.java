package vn.covid.briefing.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.metric.Metric;
import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.RealData;
import vn.covid.briefing.support.Database;
import vn.covid.briefing.support.RealProvinceInput;
import vn.covid.briefing.support.SampleDatabase;

/**
 * Real data end to end: the NCSC daily series of all 63 provinces goes through ingest and the weekly
 * indicators as 63 units of one country, and the weekly totals, 7-day averages and rates per 100.000
 * equal an independent computation from the source file. The source's real quirks come out flagged
 * (Kiên Giang's 49.170 of 28/9, Đồng Tháp's 66 deaths of 01/10, Cà Mau's 151.919 of 25/10/2021, the
 * zeros of 22/01/2022), and are counted as sent, not smoothed away.
 */
class RealProvincesIntegrationTests {

    private static final LocalDate[] RANGES = { LocalDate.of(2021, 8, 30), LocalDate.of(2021, 10, 31),
            LocalDate.of(2021, 12, 20), LocalDate.of(2022, 1, 22) };

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Database.class)
    void weeklyFiguresOf63ProvincesEqualAnIndependentComputation(Database database) throws IOException {
        RealData.assumePresent();
        List<RealProvinceInput.Day> days = RealProvinceInput.days(RANGES);
        Path inbox = temp.resolve("inbox");
        Path profile = temp.resolve("country");
        RealProvinceInput.write(profile, inbox, days);
        Briefing briefing = new Briefing(inbox, temp.resolve("out"), database.freshUrl(temp))
            .with("--briefing.profile=" + profile);
        Briefing.Result ingest = briefing.run("ingest");
        assertThat(ingest.exitCode()).as(ingest.err() + ingest.out()).isIn(0, 3);

        Map<String, Map<LocalDate, RealProvinceInput.Day>> source = new HashMap<>();
        days.forEach(d -> source.computeIfAbsent(d.code(), k -> new HashMap<>()).put(d.date(), d));
        Map<String, Long> population = RealProvinceInput.populations();

        try (ConfigurableApplicationContext context = SampleDatabase.context(briefing, "--briefing.profile=" + profile)) {
            WeeklyIndicators indicators = context.getBean(WeeklyIndicators.class);
            for (LocalDate reportDate : List.of(LocalDate.of(2021, 9, 13), LocalDate.of(2021, 10, 4),
                    LocalDate.of(2021, 10, 25), LocalDate.of(2022, 1, 17))) {
                WeekIndicators week = indicators.compute(reportDate);
                assertThat(week.districts()).hasSize(63);
                long country = 0;
                for (UnitWeek p : week.districts()) {
                    long cases = 0;
                    long deaths = 0;
                    for (int i = 0; i < 7; i++) {
                        RealProvinceInput.Day d = source.get(p.code()).get(reportDate.minusDays(i));
                        cases += d.cases() == null ? 0 : d.cases();
                        deaths += d.deaths() == null ? 0 : d.deaths();
                    }
                    country += cases;
                    String what = p.name() + ", week of " + reportDate;
                    assertThat(p.cases()).as(what).isEqualTo(cases);
                    assertThat(p.sum(Metric.DEATHS)).as(what).isEqualTo(deaths);
                    assertThat(p.casesPerDay()).as(what).isCloseTo(cases / 7.0, within(1e-9));
                    assertThat(p.casesPer100kWeek()).as(what)
                        .isCloseTo(cases * 100_000.0 / population.get(p.code()), within(1e-9));
                }
                assertThat(week.scope().cases()).as("Việt Nam, week of " + reportDate).isEqualTo(country);
            }
            // Cà Mau's 151.919 of 25/10/2021 is in its week as sent, and the week lists the flag
            WeekIndicators caMau = indicators.compute(LocalDate.of(2021, 10, 25));
            assertThat(caMau.flags()).anySatisfy(f -> {
                assertThat(f.districtCode()).isEqualTo("96");
                assertThat(f.code()).isEqualTo("OUTLIER");
                assertThat(f.value()).isEqualTo("151919");
            });
        }

        JdbcTemplate db = Database.jdbc(briefing.dbUrl());
        List<String> flagged = db.queryForList("SELECT f.district_code || ' ' || f.report_date || ' ' || i.code || ' ' "
                + "|| i.cell_value FROM ingest_issue i JOIN source_file f ON f.id = i.file_id WHERE i.severity = 'WARN'",
                String.class);
        assertThat(flagged).contains("91 2021-09-28 OUTLIER 49170", "87 2021-10-01 OUTLIER 66",
                "96 2021-10-25 OUTLIER 151919", "01 2022-01-22 SUDDEN_ZERO 0", "79 2022-01-22 SUDDEN_ZERO 0");
    }
}
