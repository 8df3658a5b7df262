package vn.covid.briefing.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.RealData;
import vn.covid.briefing.support.CsvFiles;

/**
 * The province series generator: for every province-day it writes, the districts' files add up to the real
 * series (NCSC's new cases and deaths); the same day is the same bytes whatever range it is written in.
 */
class ProvinceSeriesTests {

    private static final Path REALDATA = RealData.FOLDER;
    private static final List<String> CASES = List.of("cases_arrival", "cases_quarantine", "cases_lockdown",
            "cases_community", "cases_unclassified");

    @TempDir
    Path temp;

    @BeforeEach
    void realData() {
        RealData.assumePresent();
    }

    @Test
    void everyDayWrittenAddsUpToTheRealSeriesOfItsProvince() throws IOException {
        ProvinceSeries series = new ProvinceSeries(REALDATA);
        // Đồng Nai over 2021-06-22, a day the series left blank for it, and over days VNCDC splits and days it does not
        LocalDate from = LocalDate.of(2021, 6, 20);
        LocalDate to = LocalDate.of(2021, 9, 20);
        ProvinceSeries.Written dongNai = series.write("75", from, to, temp.resolve("75"), false);
        ProvinceSeries.Written giaLai = series.write("64", LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 14),
                temp.resolve("64"), false);

        assertThat(dongNai.daysWithoutFigure()).containsExactly("75 2021-06-22");
        assertThat(dongNai.files()).isEqualTo(11 * 92);
        assertThat(giaLai.files()).isEqualTo(17 * 14);
        assertThat(totals(temp.resolve("75"))).isEqualTo(real("75", from, to)).hasSize(92);
        assertThat(totals(temp.resolve("64"))).isEqualTo(real("64", LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 14)));
        assertThat(rowsOf(temp.resolve("75"))).as("a row per commune of Đồng Nai").isEqualTo(170 * 92);
    }

    @Test
    void theWholeCountryByDistrictRowsAddsUpProvinceByProvince() throws IOException {
        LocalDate day = LocalDate.of(2021, 10, 25); // Cà Mau's outlier of 151.919 cases is the series' figure, kept
        ProvinceSeries.Written all = new ProvinceSeries(REALDATA).write("all", day, day, temp.resolve("vn"), true);

        assertThat(all.provinces()).isEqualTo(63);
        assertThat(all.files()).isEqualTo(705);
        assertThat(rowsOf(temp.resolve("vn"))).as("one row per district").isEqualTo(705);
        Map<String, String> expected = new TreeMap<>();
        for (String code : provinces()) {
            expected.putAll(real(code, day, day));
        }
        assertThat(totals(temp.resolve("vn"))).isEqualTo(expected).hasSize(63).containsEntry("96 " + day, "151919 cases, 0 deaths");
    }

    @Test
    void theSameDayIsTheSameBytesWhateverRangeItIsWrittenIn() throws IOException {
        ProvinceSeries series = new ProvinceSeries(REALDATA);
        series.write("64", LocalDate.of(2021, 8, 1), LocalDate.of(2021, 8, 10), temp.resolve("a"), false);
        new ProvinceSeries(REALDATA).write("64", LocalDate.of(2021, 8, 5), LocalDate.of(2021, 8, 5), temp.resolve("b"), false);

        List<Path> day = files(temp.resolve("b"));
        assertThat(day).hasSize(17);
        for (Path f : day) {
            assertThat(Files.mismatch(temp.resolve("a").resolve(f), temp.resolve("b").resolve(f))).as(f.toString())
                .isEqualTo(-1L);
        }
    }

    /** "province date" → "N cases, M deaths", added up from the files written (the province is the district's). */
    private static Map<String, String> totals(Path inbox) throws IOException {
        Map<String, String> provinceOf = districtsProvince();
        Map<String, long[]> totals = new TreeMap<>();
        for (Path f : files(inbox)) {
            String province = provinceOf.get(f.getName(0).toString().split(" ")[0]);
            for (CSVRecord r : CsvFiles.read(inbox.resolve(f))) {
                long[] t = totals.computeIfAbsent(province + " " + r.get("report_date"), k -> new long[2]);
                t[0] += CASES.stream().mapToLong(c -> Long.parseLong(r.get(c))).sum();
                t[1] += Long.parseLong(r.get("deaths"));
            }
        }
        Map<String, String> words = new TreeMap<>();
        totals.forEach((key, t) -> words.put(key, t[0] + " cases, " + t[1] + " deaths"));
        return words;
    }

    private static Map<String, String> real(String province, LocalDate from, LocalDate to) throws IOException {
        Map<String, String> real = new TreeMap<>();
        for (CSVRecord r : CsvFiles.read(REALDATA.resolve("ncsc_province_daily_cases_deaths.csv"))) {
            LocalDate date = LocalDate.parse(r.get("date"));
            if (r.get("gso_code").equals(province) && !date.isBefore(from) && !date.isAfter(to)
                    && !r.get("new_cases").isBlank()) {
                real.put(province + " " + date, Long.parseLong(r.get("new_cases")) + " cases, "
                        + (r.get("new_deaths").isBlank() ? 0 : Long.parseLong(r.get("new_deaths"))) + " deaths");
            }
        }
        return real;
    }

    private static List<String> provinces() throws IOException {
        return CsvFiles.read(REALDATA.resolve("provinces_lookup.csv")).stream().map(r -> r.get("gso_code")).toList();
    }

    private static Map<String, String> districtsProvince() throws IOException {
        Map<String, String> provinceOf = new HashMap<>();
        for (CSVRecord r : CsvFiles.read(REALDATA.resolve("vn_units_2021.csv"))) {
            provinceOf.put(r.get("district_code"), r.get("province_code"));
        }
        return provinceOf;
    }

    private static int rowsOf(Path inbox) throws IOException {
        int rows = 0;
        for (Path f : files(inbox)) {
            rows += CsvFiles.read(inbox.resolve(f)).size();
        }
        return rows;
    }

    private static List<Path> files(Path inbox) throws IOException {
        try (Stream<Path> walk = Files.walk(inbox)) {
            return walk.filter(p -> p.toString().endsWith(".csv")).map(inbox::relativize).sorted().toList();
        }
    }
}
