package vn.covid.briefing.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.covid.briefing.sample.ProvinceSeries;
import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.RealData;
import vn.covid.briefing.support.CsvFiles;
import vn.covid.briefing.support.Database;
import vn.covid.briefing.support.Poppler;
import vn.covid.briefing.system.Checksums;

/**
 * Issue 12: many provinces and the country in one PostgreSQL database. Đồng Tháp (the sample's week), Đồng
 * Nai and Gia Lai (the generator's real provincial series) take turns on one database: each one's editions
 * stay exactly as they were issued (same number, same bytes) while the others run. The Ministry's briefing
 * of the same date, from every province's files, counts the 63 provinces, its total is their sum and the
 * real national series, and it carries the Ministry's header.
 */
class CountryIntegrationTests {

    private static final Path REALDATA = RealData.FOLDER;
    private static final LocalDate DAY = LocalDate.of(2021, 9, 13);

    @TempDir
    Path temp;

    private Briefing of(String profile, Path inbox, String db) {
        return new Briefing(inbox, temp.resolve("output"), db)
            .with("--briefing.profile=" + Briefing.PROJECT.resolve("profiles").resolve(profile));
    }

    private Path pdf(String scope) {
        return temp.resolve("output").resolve(scope).resolve("2021").resolve(DAY + "_bao-cao-tuan_ban-1.pdf");
    }

    @Test
    void threeProvincesAndTheCountryShareOnePostgresDatabaseEachWithItsOwnEditions() throws IOException {
        RealData.assumePresent();
        String db = Database.POSTGRES.freshUrl(temp);
        Path inbox = Briefing.sampleWeek(temp.resolve("inbox"));
        ProvinceSeries series = new ProvinceSeries(REALDATA);
        series.write("75", DAY.minusDays(13), DAY, inbox.resolve("reports"), false);
        series.write("64", DAY.minusDays(13), DAY, inbox.resolve("reports"), false);

        Map<String, String> issued = new LinkedHashMap<>();
        for (String[] p : List.of(new String[] { "dong-nai", "75" }, new String[] { "gia-lai", "64" },
                new String[] { "dong-thap", "87" })) {
            Briefing.Result night = of(p[0], inbox, db).run("nightly");
            // 3: Đồng Tháp's sample week holds its four bad rows on purpose
            assertThat(night.exitCode()).as(p[0] + ": " + night.out() + night.err()).isIn(0, 3);
            issued.put(p[1], Checksums.sha256(pdf(p[1])));
        }
        // each runs again after the others: nothing of its own changed, so nothing is issued anew
        for (String[] p : List.of(new String[] { "dong-nai", "75" }, new String[] { "gia-lai", "64" },
                new String[] { "dong-thap", "87" })) {
            Briefing.Result again = of(p[0], inbox, db).run("nightly");
            assertThat(again.out()).as(p[0]).doesNotContain("edition 2");
            assertThat(Checksums.sha256(pdf(p[1]))).as(p[0] + "'s edition 1, byte for byte").isEqualTo(issued.get(p[1]));
        }
        assertThat(Poppler.text(pdf("75"))).doesNotContain("Đồng Tháp", "Gia Lai");
        assertThat(Poppler.text(pdf("64"))).doesNotContain("Đồng Tháp", "Đồng Nai");

        // the three in one process on a database of their own, the last two side by side: the same bytes
        Briefing.Result together = new Briefing(inbox, temp.resolve("output-one"), Database.POSTGRES.freshUrl(temp))
            .with("--profile").with("dong-nai,gia-lai,dong-thap").with("--parallel").with("2").run("nightly");
        assertThat(together.exitCode()).as(together.out() + together.err()).isEqualTo(3);
        assertThat(together.out()).contains("3 profiles: 2 exit 0, 1 exit 3, 0 failed");
        for (String scope : List.of("75", "64", "87")) {
            assertThat(Checksums.sha256(temp.resolve("output-one").resolve(temp.resolve("output").relativize(pdf(scope)))))
                .as(scope + " issued in one process").isEqualTo(issued.get(scope));
        }
    }

    @Test
    void theMinistrysBriefingCountsTheSixtyThreeProvincesAndTheirSum() throws IOException {
        RealData.assumePresent();
        Path inbox = temp.resolve("inbox");
        new ProvinceSeries(REALDATA).write("all", DAY.minusDays(13), DAY, inbox.resolve("reports"), true);

        Briefing.Result night = of("vn", inbox, Database.POSTGRES.freshUrl(temp)).run("nightly");

        assertThat(night.exitCode()).as(night.out() + night.err()).isZero();
        String text = Poppler.text(pdf("VN"));
        String flat = text.replaceAll("\\s+", " ");
        assertThat(flat).contains("BỘ Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "BỘ TRƯỞNG", "toàn quốc ghi nhận " + thousands(realWeek(null)) + " ca mắc mới")
            .doesNotContain("TỈNH ỦY", "BAN CÁN SỰ ĐẢNG", "Phạm Thiện Nghĩa");
        // Bảng 1: one row per province by its number (a long name wraps around it), then the country's row
        String layout = Poppler.run("pdftotext", "-layout", "-enc", "UTF-8", pdf("VN").toString(), "-").out();
        String table = layout.substring(layout.indexOf("Bảng 1."), layout.indexOf("Bảng 2."));
        Matcher row = Pattern.compile("(?m)^[ \\t]*(\\d{1,2})[ \\t]+(?:\\S.*?[ \\t]{2,})?([\\d.]+)[ \\t]").matcher(table);
        Map<Integer, Long> byNumber = new LinkedHashMap<>();
        while (row.find()) {
            byNumber.putIfAbsent(Integer.parseInt(row.group(1)), Long.parseLong(row.group(2).replace(".", "")));
        }
        assertThat(byNumber.keySet()).as("63 provinces, numbered").hasSize(63).allMatch(n -> n >= 1 && n <= 63);
        Matcher total = Pattern.compile("Toàn quốc\\s+([\\d.]+)").matcher(table);
        assertThat(total.find()).isTrue();
        assertThat(byNumber.values().stream().mapToLong(Long::longValue).sum()).as("the provinces add up to the country")
            .isEqualTo(Long.parseLong(total.group(1).replace(".", ""))).isEqualTo(realWeek(null));
        assertThat(table).contains("Thành phố Hồ Chí");
    }

    /** NCSC's new cases of the week ending on {@link #DAY}, of a province or (null) of all. */
    private static long realWeek(String scope) throws IOException {
        long sum = 0;
        for (CSVRecord r : CsvFiles.read(REALDATA.resolve("ncsc_province_daily_cases_deaths.csv"))) {
            LocalDate d = LocalDate.parse(r.get("date"));
            if ((scope == null || r.get("gso_code").equals(scope)) && d.isAfter(DAY.minusDays(7)) && !d.isAfter(DAY)) {
                sum += Long.parseLong(r.get("new_cases"));
            }
        }
        return sum;
    }

    private static String thousands(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '.');
    }
}
