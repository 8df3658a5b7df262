package vn.covid.briefing.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.indicators.Caveat;
import vn.covid.briefing.indicators.CumulativeBase;
import vn.covid.briefing.indicators.UnitWeek;
import vn.covid.briefing.indicators.WeekIndicators;
import vn.covid.briefing.indicators.WeeklyIndicators;
import vn.covid.briefing.reference.Decision;
import vn.covid.briefing.reference.Names;
import vn.covid.briefing.reference.ReferenceData;
import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.RealData;
import vn.covid.briefing.support.CsvFiles;
import vn.covid.briefing.support.Database;
import vn.covid.briefing.support.SampleDatabase;

/**
 * Every statement the sample's weeks make is true on their date: cumulative figures count from their
 * balance; nothing decided or published after the report date is known; a coverage above 100 % always
 * carries its caveat; an official level that differs from the computed one says so; every commune is
 * assessed or named; 01/11 and 27/12/2021 state the province's published classifications; the cumulative
 * cases agree with the province's own bulletins; and the district split of community cases is the bulletins'.
 */
class SampleTruthIntegrationTests {

    private static final Path REALDATA = RealData.FOLDER;
    private static final Path REFERENCE = Briefing.SAMPLE_REFERENCE;
    private static final Map<Database, ConfigurableApplicationContext> CONTEXTS = new EnumMap<>(Database.class);

    private static ConfigurableApplicationContext context(Database database) {
        return CONTEXTS.computeIfAbsent(database, d -> SampleDatabase.context(SampleDatabase.of(d)));
    }

    @AfterAll
    static void close() {
        CONTEXTS.values().forEach(ConfigurableApplicationContext::close);
        CONTEXTS.clear();
    }

    private static WeekIndicators week(Database database, LocalDate date) {
        return context(database).getBean(WeeklyIndicators.class).compute(date);
    }

    private static WeekAssessment assess(Database database, WeekIndicators week) {
        return context(database).getBean(Assessor.class).assess(week,
                context(database).getBean(ReferenceData.class).units());
    }

    private static JdbcTemplate db(Database database) {
        return Database.jdbc(SampleDatabase.of(database).dbUrl());
    }

    /** The report dates of the sample: every Monday of 05/7/2021 … 07/02/2022. */
    private static List<LocalDate> reportDates() {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2021, 7, 5); !d.isAfter(LocalDate.of(2022, 2, 7)); d = d.plusWeeks(1)) {
            dates.add(d);
        }
        return dates;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void everyWeekKnowsOnlyWhatWasKnownOnItsDateAndFlagsWhatCannotBeTrue(Database database) throws IOException {
        Map<String, CSVRecord> balances = new HashMap<>();
        CsvFiles.read(REFERENCE.resolve("balances.csv")).forEach(r -> balances.put(r.get("unit_code") + "|" + r.get("item"), r));
        AssessmentProperties rules = context(database).getBean(AssessmentProperties.class);
        int differing = 0;
        for (LocalDate date : reportDates()) {
            WeekIndicators week = week(database, date);
            WeekAssessment assessment = assess(database, week);
            String on = " (week of " + date + ")";

            // cumulative figures: from the balance where there is one, else from the first day of data
            for (UnitWeek u : List.of(week.scope(), week.districts().get(1))) {
                CumulativeBase cases = u.base("cases");
                CSVRecord balance = balances.get(u.code() + "|cases");
                assertThat(cases.balance()).as("balance of " + u.code() + on).isEqualTo(Long.valueOf(balance.get("value")));
                assertThat(cases.countsFrom()).isEqualTo(LocalDate.parse(balance.get("counts_from")));
                Long reported = db(database).queryForObject("SELECT SUM(cases_arrival + cases_quarantine + cases_lockdown "
                        + "+ cases_community + cases_unclassified) FROM daily_fact WHERE report_date <= ? AND "
                        + (u == week.scope() ? "1 = 1" : "district_code = '" + u.code() + "'"), Long.class,
                        java.sql.Date.valueOf(date));
                assertThat(u.cumulativeCases()).as("cumulative cases of " + u.code() + on)
                    .isEqualTo(Long.parseLong(balance.get("value")) + reported);
                CumulativeBase doses = u.base("dose1");
                assertThat(doses.fromBalance()).as("the dose balance is not known: counted from the first data").isFalse();
                assertThat(doses.countsFrom()).isEqualTo(LocalDate.of(2021, 7, 1));
                assertThat(doses.source()).contains("no source gives");
            }

            // nothing issued or published after the report date
            assertThat(assessment.cited()).as("decisions cited" + on).allSatisfy(d -> assertThat(d.issued()).isBeforeOrEqualTo(date));
            if (Framework.on(date, rules).issued(rules).isAfter(date)) {
                assertThat(assessment.framework()).isEqualTo(Framework.CONTROL);
                assertThat(assessment.control()).as("QĐ 3979/3989 were not yet issued" + on).isEmpty();
            }
            assertThat(week.denominators()).filteredOn(d -> d.isKnown())
                .allSatisfy(d -> assertThat(d.known()).as(d.figure() + on).isBeforeOrEqualTo(date));
            for (WeekIndicators.Progress p : java.util.Arrays.asList(week.householdProgress(week.scope()),
                    week.firstDoseProgress(week.scope()), week.fullDoseProgress(week.scope()))) {
                if (p != null && p.known() != null) {
                    assertThat(p.known()).as("target" + on).isBeforeOrEqualTo(date);
                }
            }

            // a coverage above 100 % never goes without its caveat
            for (UnitWeek u : week.units()) {
                Map<String, Double> coverages = new HashMap<>();
                coverages.put("firstDose18plusPercent", u.firstDose18plusPercent());
                coverages.put("fullDose18plusPercent", u.fullDose18plusPercent());
                coverages.put("firstDose12to17Percent", u.firstDose12to17Percent());
                coverages.put("householdCoveragePercent", u.householdCoveragePercent());
                coverages.forEach((name, value) -> {
                    if (value != null && value > 100) {
                        assertThat(week.caveatsOf(u.code())).as(u.name() + " " + name + " " + value + on)
                            .anyMatch(c -> c.kind() == Caveat.Kind.COVERAGE_ABOVE_100 && c.indicator().equals(name));
                    }
                });
            }

            if (assessment.framework() != Framework.CONTROL) {
                // an official level that differs from the computed one is flagged
                for (LevelComparison c : assessment.official().values()) {
                    boolean both = c.official() != null && c.computed() != null && c.computed().level() != null;
                    assertThat(c.differs()).as(c.unitCode() + on)
                        .isEqualTo(both ? !c.official().equals(c.computed().level()) : null);
                    differing += Boolean.TRUE.equals(c.differs()) ? 1 : 0;
                }
                // every commune of the scope is assessed, or named with the reason
                assertThat(assessment.communes()).as("communes" + on).hasSize(143)
                    .allSatisfy(c -> assertThat(c.basis() == CommuneAssessment.Basis.OWN_DATA || c.reason() != null).isTrue());
                boolean districtKnown = assessment.levels().get("868").known();
                assertThat(assessment.communes()).filteredOn(c -> c.districtCode().equals("868"))
                    .as("TP Hồng Ngự reports one row: its communes take its level, marked so" + on).hasSize(7)
                    .allSatisfy(c -> assertThat(c.basis()).isEqualTo(districtKnown ? CommuneAssessment.Basis.FROM_DISTRICT
                            : CommuneAssessment.Basis.NOT_ASSESSED));
                if (date.isBefore(LocalDate.of(2021, 10, 31))) {
                    assertThat(assessment.levels().values()).as("no 18+ denominator was published before 31/10/2021" + on)
                        .noneMatch(LevelDecision::known);
                }
            }
        }
        assertThat(differing).as("QĐ 1928's levels are not all what the synthetic data give").isPositive();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theWeeksOf1NovemberAnd27December2021StateThePublishedClassifications(Database database) {
        WeekAssessment november = assess(database, week(database, LocalDate.of(2021, 11, 1)));
        assertThat(november.framework()).isEqualTo(Framework.QD4800);
        for (String district : List.of("866", "867", "868", "869", "870", "871", "872", "873", "874", "875", "876", "877")) {
            assertThat(november.official().get(district).official()).as("12/12 huyện, thành phố cấp 2: " + district)
                .isEqualTo(2);
            assertThat(november.official().get(district).decision().issued()).isEqualTo(LocalDate.of(2021, 10, 31));
        }
        assertThat(november.officialCounts()).extracting(Decision::value, Decision::count, Decision::of)
            .as("141/143 communes at cấp 2 and 02/143 at cấp 3, not named")
            .containsExactlyInAnyOrder(tuple("2", 141, 143), tuple("3", 2, 143));
        assertThat(november.official().get("29863").official()).as("no commune is named").isNull();

        WeekAssessment december = assess(database, week(database, LocalDate.of(2021, 12, 27)));
        Map<String, Integer> official = new HashMap<>();
        december.official().forEach((code, c) -> official.put(code, c.official()));
        assertThat(official).containsEntry("868", 1).containsEntry("870", 1).containsEntry("866", 2)
            .containsEntry("877", 2).containsEntry("871", 2).containsEntry("874", 2).containsEntry("875", 2)
            .containsEntry("873", 2).containsEntry("867", 3).containsEntry("876", 3).containsEntry("872", 3)
            .containsEntry("869", 3);
        assertThat(december.official().get("866").decision().number()).isEqualTo("1928/QĐ-UBND-HC");
        assertThat(december.official().get("866").decision().inForceFrom()).isEqualTo(LocalDate.of(2021, 12, 23));
        assertThat(december.official().get("87").official()).as("QĐ 1928's excerpt gives no provincial level").isNull();
        assertThat(december.officialCounts()).isEmpty();

        WeekAssessment twentieth = assess(database, week(database, LocalDate.of(2021, 12, 20)));
        assertThat(twentieth.official().get("868").decision().number())
            .as("on 20/12 QĐ 1928 is issued but in force only from 23/12").isEqualTo("1697/QĐ-UBND-HC");
        assertThat(twentieth.official().get("868").official()).isNull();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void changesAreSaidWhereTheyHappenAndLastWeekIsComparedLikeWithLike(Database database) {
        // the 18+ denominator of 12/01/2022: the week of 17/01 says so, with last week both ways
        WeekIndicators january = week(database, LocalDate.of(2022, 1, 17));
        assertThat(january.denominatorChanges()).extracting(c -> c.figure())
            .as("the same bulletin gave the first 12-17 figure").containsExactly("population_18plus", "population_12_17");
        assertThat(january.denominatorChanges().get(0)).satisfies(c -> {
            assertThat(c.figure()).isEqualTo("population_18plus");
            assertThat(c.before().total()).isEqualTo(1_357_300L);
            assertThat(c.now().total()).isEqualTo(1_245_100L);
            assertThat(c.now().known()).isEqualTo(LocalDate.of(2022, 1, 12));
            assertThat(c.lastWeekLikeForLike().get("firstDose18plusPercent"))
                .as("last week on this week's denominator").isEqualTo(january.scope().previousWeek().firstDose18plusPercent());
            assertThat(c.lastWeekAsPrinted().get("firstDose18plusPercent")).as("what the briefing of 10/01 printed")
                .isEqualTo(week(database, LocalDate.of(2022, 1, 10)).scope().firstDose18plusPercent());
            assertThat(c.lastWeekLikeForLike().get("firstDose18plusPercent"))
                .isGreaterThan(c.lastWeekAsPrinted().get("firstDose18plusPercent"));
        });
        // 03/01/2022 uses the denominator 27/12 used: no silent restatement of last week's coverage
        WeekIndicators newYear = week(database, LocalDate.of(2022, 1, 3));
        assertThat(newYear.denominatorChanges()).isEmpty();
        assertThat(newYear.scope().previousWeek().firstDose18plusPercent())
            .isEqualTo(week(database, LocalDate.of(2021, 12, 27)).scope().firstDose18plusPercent());
        // the first denominator, published 31/10/2021
        assertThat(week(database, LocalDate.of(2021, 11, 1)).denominatorChanges()).singleElement()
            .satisfies(c -> assertThat(c.before().isKnown()).isFalse());

        // the frameworks: QĐ 4800 from the briefing after its issue (12/10/2021), QĐ 218 from 27/01/2022
        assertThat(assess(database, week(database, LocalDate.of(2021, 10, 11))).framework()).isEqualTo(Framework.CONTROL);
        WeekAssessment october = assess(database, week(database, LocalDate.of(2021, 10, 18)));
        assertThat(october.frameworkChange()).isEqualTo(new FrameworkChange(Framework.CONTROL, Framework.QD4800,
                LocalDate.of(2021, 10, 12), "Nghị quyết số 128/NQ-CP và Quyết định số 4800/QĐ-BYT", LocalDate.of(2021, 10, 12)));
        WeekAssessment february = assess(database, week(database, LocalDate.of(2022, 1, 31)));
        assertThat(february.frameworkChange().now()).isEqualTo(Framework.QD218);
        assertThat(assess(database, week(database, LocalDate.of(2022, 2, 7))).frameworkChange()).isNull();

        // under QĐ 218 every criterion is shown with its input; the high-risk one is not assessable
        WeekAssessment qd218 = assess(database, week(database, LocalDate.of(2022, 2, 7)));
        assertThat(qd218.levels().get("87").criteria()).extracting(LevelDecision.Criterion::name)
            .contains("casesPer100kWeek", "deathsPer100kWeek", "fullDosePopulationPercent", "highRiskFullDosePercent");
        assertThat(qd218.levels().get("87").criteria()).filteredOn(c -> c.name().equals("highRiskFullDosePercent"))
            .singleElement().satisfies(c -> assertThat(c.met()).isNull());
        assertThat(qd218.levelChanges()).allSatisfy(c -> assertThat(c.from()).isNotEqualTo(c.to()));

        // 13/9/2021: a proposal for the coming week per district, the regime in force beside it
        WeekAssessment september = assess(database, week(database, LocalDate.of(2021, 9, 13)));
        assertThat(september.proposals()).hasSize(13).allSatisfy(p -> assertThat(p.now()).isEqualTo("CT16"));
    }

    @ParameterizedTest
    @EnumSource(value = Database.class, names = "H2")
    void cumulativeCasesAgreeWithTheProvincesOwnBulletins(Database database) throws IOException {
        RealData.assumePresent();
        // daily.csv counts "since 24/6" where a page gives both figures (its README); the sample counts from
        // 27/4, so the real series' cases of 27/4-23/6 are the difference. The pages' windows (18h-06h, noon,
        // 16h-16h) differ from the day's by less than a day: the figure lies between day X-1 and day X+1.
        Map<String, Long> real = new HashMap<>();
        CsvFiles.read(REFERENCE.resolve("sample-provenance.csv")).forEach(r -> real.put(r.get("date"), Long.valueOf(r.get("cases"))));
        long before24June = realCasesBefore(LocalDate.of(2021, 6, 24));
        int checked = 0;
        for (CSVRecord r : CsvFiles.read(REALDATA.resolve("dong_thap_bulletins/daily.csv"))) {
            LocalDate x = LocalDate.parse(r.get("date"));
            if (r.get("cumulative_cases").isEmpty() || !real.containsKey(x.minusDays(1).toString())
                    || !real.containsKey(x.plusDays(1).toString())) {
                assertThat(r.get("cumulative_deaths").isEmpty() || x.isAfter(LocalDate.of(2022, 2, 7)))
                    .as("no published cumulative death figure falls in the sample's days").isTrue();
                continue;
            }
            long published = Long.parseLong(r.get("cumulative_cases"));
            long low = week(database, x.minusDays(1)).scope().cumulativeCases() - before24June;
            long high = week(database, x.plusDays(1)).scope().cumulativeCases() - before24June;
            assertThat(published).as(r.get("date") + " " + r.get("window")).isBetween(low, high);
            checked++;
        }
        assertThat(checked).as("the bulletins of 05/7 … 18/10/2021 that give a cumulative figure").isEqualTo(14);
    }

    /** The province's cases from 27/4 to the day before {@code day}, by the sample's documented rule on the real files. */
    private static long realCasesBefore(LocalDate day) throws IOException {
        Map<String, String> ncsc = new HashMap<>();
        for (CSVRecord r : CsvFiles.read(REALDATA.resolve("ncsc_province_daily_cases_deaths.csv"))) {
            if (r.get("gso_code").equals("87")) {
                ncsc.put(r.get("date"), r.get("new_cases"));
            }
        }
        Map<String, String> vnexpress = new HashMap<>();
        for (CSVRecord r : CsvFiles.read(REALDATA.resolve("vnexpress_province_daily_confirmed.csv"))) {
            if (r.get("gso_code").equals("87")) {
                vnexpress.put(r.get("date"), r.get("new_cases"));
            }
        }
        Map<String, String> vncdc = new HashMap<>();
        for (CSVRecord r : CsvFiles.read(REALDATA.resolve("vncdc_province_daily_breakdown.csv"))) {
            if (r.get("province").equals("Tỉnh Đồng Tháp") && !r.get("confirmed").isEmpty()) {
                vncdc.put(LocalDate.parse(r.get("date")).plusDays(1).toString(), r.get("confirmed"));
            }
        }
        long sum = 0;
        for (LocalDate d = LocalDate.of(2021, 4, 27); d.isBefore(day); d = d.plusDays(1)) {
            String n = ncsc.get(d.toString());
            String v = vnexpress.get(d.toString());
            String c = vncdc.get(d.toString());
            String chosen = n != null && (n.equals(v) || n.equals(c)) ? n : v != null ? v : n;
            sum += chosen == null || chosen.isEmpty() ? 0 : Long.parseLong(chosen);
        }
        return sum;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theDistrictAndCommuneSplitOfCommunityCasesIsTheBulletinsOnTheirDays(Database database) throws IOException {
        RealData.assumePresent();
        // the names as the pages write them, resolved once by the generator (sample-district-provenance.csv)
        Map<String, String> codeOf = new HashMap<>();
        CsvFiles.read(REFERENCE.resolve("sample-district-provenance.csv")).stream().filter(r -> r.get("basis").equals("bulletin"))
            .forEach(r -> codeOf.put(r.get("date") + "|" + r.get("district_as_written"), r.get("district_code")));
        int districts = 0;
        for (CSVRecord r : CsvFiles.read(REALDATA.resolve("dong_thap_bulletins/district_community.csv"))) {
            String code = codeOf.get(r.get("date") + "|" + r.get("district"));
            if (code == null) {
                continue; // the same bulletin published twice (5/12): the first publication's names were used
            }
            Long stored = db(database).queryForObject("SELECT SUM(cases_community) FROM daily_fact WHERE district_code = ? "
                    + "AND report_date = ?", Long.class, code, java.sql.Date.valueOf(LocalDate.parse(r.get("date"))));
            assertThat(stored).as(r.get("date") + " " + r.get("district")).isEqualTo(Long.parseLong(r.get("community_cases")));
            districts++;
        }
        assertThat(districts).as("every district line of the 16 bulletin days (5/12 republished: the same figures)")
            .isEqualTo(50);

        Map<String, Map<String, String>> communesByDistrict = new HashMap<>();
        CsvFiles.read(Briefing.PROJECT.resolve("src/main/resources/reference/units.csv")).stream().filter(u -> u.get("level").equals("COMMUNE"))
            .forEach(u -> communesByDistrict.computeIfAbsent(u.get("parent_code"), k -> new HashMap<>())
                .put(communeKey(u.get("name")), u.get("code")));
        Map<String, String> districtOf = new HashMap<>();
        codeOf.forEach((k, v) -> districtOf.put(Names.fold(k.substring(k.indexOf('|') + 1)), v));
        Function<String, String> district = written -> districtOf.get(Names.fold(written));
        int communes = 0;
        for (CSVRecord r : CsvFiles.read(REALDATA.resolve("dong_thap_bulletins/commune_cases.csv"))) {
            if (!r.get("category").equals("community") || district.apply(r.get("district")) == null) {
                continue;
            }
            String commune = communesByDistrict.get(district.apply(r.get("district"))).get(communeKey(r.get("commune")));
            assertThat(commune).as(r.get("commune")).isNotNull();
            Long stored = db(database).queryForObject("SELECT cases_community FROM daily_fact WHERE unit_code = ? "
                    + "AND report_date = ?", Long.class, commune, java.sql.Date.valueOf(LocalDate.parse(r.get("date"))));
            assertThat(stored).as(r.get("date") + " " + r.get("commune")).isEqualTo(Long.parseLong(r.get("cases")));
            communes++;
        }
        assertThat(communes).isGreaterThan(200);
    }

    /** "thị trấn Mỹ An" and "xã Mỹ An" differ: the type word stays in the key. */
    private static String communeKey(String name) {
        String folded = Names.fold(name);
        String type = folded.startsWith("thi tran ") ? "tt" : folded.startsWith("phuong ") ? "p" : "x";
        return type + Names.unitKey(name);
    }
}
