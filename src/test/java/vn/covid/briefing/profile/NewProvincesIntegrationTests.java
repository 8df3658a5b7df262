package vn.covid.briefing.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.covid.briefing.sample.ProvinceSeries;
import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.RealData;
import vn.covid.briefing.support.CsvFiles;
import vn.covid.briefing.support.Database;
import vn.covid.briefing.support.Poppler;

/**
 * Đồng Nai and Gia Lai as their offices set them up: the committed profiles (made by {@code profile new}, then
 * the clerk's edits from seeds 003 and 004) and two weeks of the generator's inbox, each province alone in its
 * own database. Nothing of Đồng Tháp appears in what they issue, and their weekly cases are the real series.
 */
class NewProvincesIntegrationTests {

    private static final Path REALDATA = RealData.FOLDER;
    /** Đồng Tháp's name, districts, signer, documents (Đồng Nai has a phường and a xã Thanh Bình, not the huyện). */
    private static final List<String> DONG_THAP = List.of("Đồng Tháp", "Dong Thap", "dong-thap", "Cao Lãnh", "Sa Đéc",
            "Hồng Ngự", "Tân Hồng", "Tam Nông", "huyện Thanh Bình", "Huyện Thanh Bình", "Tháp Mười", "Lấp Vò", "Lai Vung",
            "Châu Thành", "Phạm Thiện Nghĩa", "719-TB/TU", "45-BC");

    @TempDir
    Path temp;

    static Stream<Arguments> provinces() {
        return Stream.of(Database.values()).flatMap(db -> Stream.of(
                Arguments.of(db, "dong-nai", "75", LocalDate.of(2021, 9, 27), "Nguyễn Hồng Lĩnh"),
                Arguments.of(db, "gia-lai", "64", LocalDate.of(2021, 12, 20), null)));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("provinces")
    void aNewProvinceRunsEndToEndWithItsOwnFactsOnly(Database database, String profile, String scope, LocalDate last,
            String signer) throws IOException {
        RealData.assumePresent();
        Path inbox = temp.resolve("input");
        LocalDate first = last.minusDays(13);
        new ProvinceSeries(REALDATA).write(scope, first, last, inbox.resolve("reports"), false);
        Briefing briefing = new Briefing(inbox, temp.resolve("output"), database.freshUrl(temp))
            .with("--briefing.profile=" + Briefing.PROJECT.resolve("profiles").resolve(profile));

        Briefing.Result run = briefing.run("nightly");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("0 rejected", "Briefings: 2 rendered");
        if (signer == null) {
            assertThat(run.out()).as("the run says the signer is missing").contains("Profile " + Briefing.PROJECT
                .resolve("profiles").resolve(profile) + ": no signer (signature.name in ");
        }
        else {
            assertThat(run.out()).doesNotContain("no signer");
        }
        assertThat(run.out()).contains("no 18+ population of the province's own").contains("an estimate");
        for (LocalDate date : List.of(last.minusDays(7), last)) {
            Path pdf = temp.resolve("output").resolve(scope).resolve(Integer.toString(date.getYear()))
                .resolve(date + "_bao-cao-tuan_ban-1.pdf");
            String text = Poppler.text(pdf).replaceAll("\\s+", " ");
            assertThat(text).as("the week's cases are the real series")
                .contains("toàn Tỉnh ghi nhận " + thousands(realWeek(scope, date)) + " ca mắc mới");
            if (signer != null) {
                assertThat(text).contains(signer);
            }
            assertThat(text).doesNotContain(DONG_THAP);
            assertThat(Files.readString(Path.of(pdf.toString().replace(".pdf", ".nguon-so-lieu.json"))))
                .doesNotContain(DONG_THAP);
        }
        try (Stream<Path> runs = Files.walk(temp.resolve("output/runs"))) {
            for (Path f : runs.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain(DONG_THAP);
            }
        }
        assertThat(run.out()).doesNotContain(DONG_THAP.stream().filter(w -> !w.equals("dong-thap")).toList());
    }

    /** NCSC's new cases of the province in the report week ending on the date (its seven days). */
    private static long realWeek(String scope, LocalDate end) throws IOException {
        long sum = 0;
        for (CSVRecord r : CsvFiles.read(REALDATA.resolve("ncsc_province_daily_cases_deaths.csv"))) {
            LocalDate d = LocalDate.parse(r.get("date"));
            if (r.get("gso_code").equals(scope) && d.isAfter(end.minusDays(7)) && !d.isAfter(end)) {
                sum += Long.parseLong(r.get("new_cases"));
            }
        }
        return sum;
    }

    private static String thousands(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '.');
    }
}
