package vn.covid.briefing.briefing.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.CAO_LANH_CITY;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.LAI_VUNG;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.LAP_VO;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.MY_AN_HUNG_A;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.PROVINCE;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.PROVINCE_COMMITTEE;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.TT_LAI_VUNG;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.TT_LAP_VO;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.day;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.startingWith;
import static vn.covid.briefing.metric.Metric.CASES_ARRIVAL;
import static vn.covid.briefing.metric.Metric.CASES_COMMUNITY;
import static vn.covid.briefing.metric.Metric.CASES_QUARANTINE;
import static vn.covid.briefing.metric.Metric.DEATHS;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import vn.covid.briefing.briefing.EditionSources;
import vn.covid.briefing.briefing.compose.BriefingPage.Block;
import vn.covid.briefing.briefing.compose.BriefingPage.Cell;
import vn.covid.briefing.briefing.compose.BriefingPage.Table;
import vn.covid.briefing.briefing.edition.Settings;
import vn.covid.briefing.indicators.WeekFacts;

/** The annex: the districts' tables, the communes' levels, the reports, what changed, the flags, the sources. */
class AnnexSectionTests {

    private static final BiFunction<BriefingInputs, Words, List<Block>> ANNEX =
            (in, w) -> AnnexSection.compose(in, w, HeadingSection.reference(in, w));

    /** 13/9/2021 under CT16: Lấp Vò 77 community, 236 in quarantine, 4 arrivals; Lai Vung 20; Cao Lãnh none; deaths. */
    private static HandBuiltWeek september() {
        return HandBuiltWeek.on("2021-09-13")
            .regime("1308/QĐ-UBND-HC", PROVINCE_COMMITTEE, day("2021-09-04"), day("2021-09-06"), "CT16", PROVINCE)
            .thisWeek(TT_LAP_VO, CASES_QUARANTINE, 236).thisWeek(TT_LAP_VO, CASES_COMMUNITY, 77)
            .thisWeek(MY_AN_HUNG_A, CASES_ARRIVAL, 4).lastWeek(TT_LAP_VO, CASES_COMMUNITY, 50)
            .thisWeek(TT_LAI_VUNG, CASES_COMMUNITY, 20).lastWeek(TT_LAI_VUNG, CASES_COMMUNITY, 10)
            .zeros(CAO_LANH_CITY, CASES_COMMUNITY).before(TT_LAP_VO, CASES_COMMUNITY, 900).before(TT_LAP_VO, DEATHS, 20)
            .thisWeek(TT_LAP_VO, DEATHS, 3).lastWeek(TT_LAP_VO, DEATHS, 5);
    }

    private static Table table(List<Table> tables, String caption) {
        return tables.stream().filter(t -> t.caption().startsWith(caption)).findFirst()
            .orElseThrow(() -> new AssertionError("no table " + caption));
    }

    private static long count(String cell) {
        return cell.equals("–") ? 0 : Long.parseLong(cell.replace(".", "").replace(Words.MINUS, "-").replace("+", ""));
    }

    private static List<String> texts(List<Cell> row) {
        return row.stream().map(Cell::text).toList();
    }

    @Nested
    class Outline {

        @Test
        void attachedToTheReportByNumberAndDateWithItsPartsNumberedInOrder() {
            List<String> texts = september().build().texts(ANNEX);
            assertThat(texts).startsWith("PHỤ LỤC", "(Kèm theo Báo cáo số 45-BC/BCSĐ ngày 13/9/2021 của Ban cán sự đảng Ủy ban "
                    + "nhân dân Tỉnh)", "1. Số liệu theo huyện, thành phố");
            assertThat(texts).as("no communes' levels under CT16").contains("2. Tình hình gửi báo cáo ngày",
                    "3. Số liệu bị từ chối hoặc cần kiểm tra", "4. Định nghĩa các chỉ số", "5. Nguồn và phiên bản số liệu")
                .noneMatch(t -> t.contains("Cấp độ dịch cấp xã"));
            List<String> november = LevelsSectionTests.november().build().texts(ANNEX);
            assertThat(november).contains("2. Cấp độ dịch cấp xã", "3. Tình hình gửi báo cáo ngày");
        }

        @Test
        void everyThresholdNotYetCheckedIsNamedInWords() {
            // each framework's own list (application.yml unverified), in texts.yml's words, never by its key
            for (String date : List.of("2021-09-13", "2021-11-01", "2022-03-07")) {
                String unverified = startingWith(HandBuiltWeek.on(date).build().texts(ANNEX), "Một số ngưỡng");
                assertThat(unverified).as(date).doesNotContainPattern("(?<![\\p{L}])[a-z]+[-.][a-z0-9]+")
                    .doesNotContain("issued", "matrix", "elderly", "case-bands", "top-inclusive");
            }
        }

        @Test
        void theSourcesSayTheCutoffTheWaveAndTheProvenanceFile() {
            List<String> texts = september().build().texts(ANNEX);
            assertThat(texts).contains("Số liệu đến 18 giờ ngày 13/9/2021 (giờ Việt Nam): báo cáo ngày của các huyện, thành "
                    + "phố từ ngày 07/9/2021 đến ngày 13/9/2021; mỗi báo cáo ngày tính từ 18 giờ ngày hôm trước đến 18 giờ "
                    + "ngày báo cáo.", "Số liệu cộng dồn: ca mắc tính từ ngày 27/4/2021 (ngày đầu tiên có số liệu); số mũi tiêm tính từ "
                    + "ngày 27/4/2021 (ngày đầu tiên có số liệu).");
            assertThat(texts).last().asString().contains("“2021-09-13_bao-cao-tuan_ban-1.nguon-so-lieu.json”");
        }
    }

    @Nested
    class DistrictTables {

        @Test
        void theCasesAddUpAcrossBySourceAndDownToTheProvince() {
            Table cases = table(september().build().tables(ANNEX), "Bảng 1.");
            assertThat(cases.rows()).extracting(r -> r.get(1).text())
                .containsExactly("Thành phố Cao Lãnh", "Huyện Lấp Vò", "Huyện Lai Vung", "Toàn Tỉnh");
            assertThat(texts(cases.rows().get(1))).containsExactly("2", "Huyện Lấp Vò", "317", "77", "236", "–", "4", "+267");
            for (List<Cell> row : cases.rows()) {
                assertThat(count(row.get(2).text())).as(row.get(1).text())
                    .isEqualTo(count(row.get(3).text()) + count(row.get(4).text()) + count(row.get(5).text())
                            + count(row.get(6).text()));
            }
            List<Cell> total = cases.rows().get(3);
            for (int column = 2; column < total.size(); column++) {
                long sum = 0;
                for (List<Cell> row : cases.rows().subList(0, 3)) {
                    sum += count(row.get(column).text());
                }
                assertThat(count(total.get(column).text())).as(cases.header().get(column)).isEqualTo(sum);
            }
            assertThat(total.get(1).style()).contains("total");
        }

        @Test
        void theRatesAreWorkedOutFromTheCountsBesideThem() {
            Table rates = table(september().build().tables(ANNEX), "Bảng 2.");
            List<String> lapVo = texts(rates.rows().get(1));
            // 77 community cases of 180.627 people; 900 + 50 + 317 cases and 20 + 5 + 3 deaths since 27/4
            assertThat(lapVo).containsExactly("2", "Huyện Lấp Vò", "180.627", VietnameseFormat.decimal(77 * 1e5 / 180_627, 1),
                    "1.267", "3", "28", VietnameseFormat.decimal(28 * 100.0 / 1_267, 1));
            assertThat(count(rates.rows().get(3).get(2).text())).as("the province's population is its districts'")
                .isEqualTo(rates.rows().subList(0, 3).stream().mapToLong(r -> count(r.get(2).text())).sum());
        }

        @Test
        void theRegimeInForceAndTheNotesOnlyForWhatTheTablesShow() {
            HandBuiltWeek.Built built = september().missing(LAI_VUNG, day("2021-09-12")).build();
            Table care = table(built.tables(ANNEX), "Bảng 3.");
            assertThat(care.rows()).extracting(r -> r.get(r.size() - 1).text()).containsOnly("CT16");
            assertThat(care.rows().get(2).get(1).text()).isEqualTo("Huyện Lai Vung (*)");
            assertThat(built.texts(ANNEX)).contains("Ghi chú: dấu “–” là không có số liệu. (*) Số liệu chưa đầy đủ: thiếu "
                    + "báo cáo ngày của huyện, thành phố.");
            assertThat(september().build().texts(ANNEX)).noneMatch(t -> t.contains("(*)"));
        }
    }

    @Nested
    class CommuneLevels {

        @Test
        void everyCommuneOfEachDistrictCountedOnceWithATotal() {
            // Cao Lãnh's 15 at its cấp 2, Lai Vung's 12 at its cấp 1; Lấp Vò's 13 on their own data, thị trấn Lấp Vò at cấp 4
            HandBuiltWeek.Built built = LevelsSectionTests.november().build();
            Table t = table(built.tables(ANNEX), "Bảng 4.");
            assertThat(t.header()).containsExactly("Đơn vị", "Số xã", "Cấp 1", "Cấp 2", "Cấp 3", "Cấp 4", "Chưa đánh giá");
            assertThat(t.rows()).extracting(AnnexSectionTests::texts).containsExactly(
                    List.of("Thành phố Cao Lãnh", "15", "", "15", "", "", ""),
                    List.of("Huyện Lấp Vò", "13", "", "12", "", "1", ""),
                    List.of("Huyện Lai Vung", "12", "12", "", "", "", ""),
                    List.of("Toàn Tỉnh", "40", "12", "27", "", "1", ""));
            assertThat(built.texts(ANNEX)).contains("Các xã, phường, thị trấn ở cấp 3, cấp 4: thị trấn Lấp Vò (huyện Lấp Vò) cấp 4.");
        }

        @Test
        void communesNotAssessedAreCountedAsSuchAndNoneNamedHigh() {
            Table t = table(LevelsSectionTests.november(2, 40).build().tables(ANNEX), "Bảng 4.");
            List<String> lapVo = texts(t.rows().get(1));
            assertThat(lapVo.get(1)).isEqualTo("13");
            assertThat(lapVo.get(6)).isEqualTo("2");
            assertThat(lapVo.subList(2, 7).stream().mapToLong(c -> c.isEmpty() ? 0 : Long.parseLong(c)).sum()).isEqualTo(13);
            assertThat(HandBuiltWeek.on("2021-11-01").build().texts(ANNEX)).noneMatch(x -> x.startsWith("Các xã, phường"));
        }
    }

    @Nested
    class Reports {

        @Test
        void eachDaysReportOnTimeLateMissingOrSentAgain() {
            HandBuiltWeek.Built built = september().late(LAI_VUNG, day("2021-09-10")).missing(LAP_VO, day("2021-09-12"))
                .resent(CAO_LANH_CITY, day("2021-09-08"), 2).build();
            Table t = table(built.tables(ANNEX), "Bảng. Báo cáo ngày");
            assertThat(t.header()).containsExactly("Đơn vị", "07/9", "08/9", "09/9", "10/9", "11/9", "12/9", "13/9");
            assertThat(texts(t.rows().get(0)).get(2)).isEqualTo("Đúng hạn (2)");
            assertThat(texts(t.rows().get(1)).get(6)).isEqualTo("Chưa nhận");
            assertThat(texts(t.rows().get(2)).get(4)).isEqualTo("Trễ hạn");
            assertThat(t.rows()).flatExtracting(AnnexSectionTests::texts).as("21 reports, one late, one missing")
                .filteredOn(c -> c.startsWith("Đúng hạn")).hasSize(19);
        }

        @Test
        void aWeekLoadedFromAnArchiveIsOneSentence() {
            List<String> texts = september().archived().missing(LAP_VO, day("2021-09-12")).build().texts(ANNEX);
            assertThat(texts).contains("Đã nhận 20/21 báo cáo ngày của kỳ. Các báo cáo được nạp từ dữ liệu lưu trữ nên không "
                    + "đánh giá tính kịp thời.", "Chưa nhận báo cáo ngày của huyện Lấp Vò (ngày 12/9).")
                .noneMatch(t -> t.startsWith("Bảng. Báo cáo ngày"));
        }

        @Test
        void aFlagOfTheWholeDayHasNoLineZero() {
            List<String> texts = september()
                .flag(new WeekFacts.Flag(LAP_VO, day("2021-09-12"), "inbox/2021-09-12/875.csv", 0, "deaths", "9", "FLAG",
                        "DEATHS_EXCEED_CASES", "deaths > cases"))
                .flag(new WeekFacts.Flag(LAI_VUNG, day("2021-09-11"), "inbox/2021-09-11/876.csv", 14, "cases_community", "-3",
                        "REJECT", "NEGATIVE_COUNT", "negative"))
                .build().texts(ANNEX);
            assertThat(texts).contains("- 12/9, huyện Lấp Vò, tệp “875.csv”, cột “Tử vong”, giá trị “9”: số tử vong lớn hơn số "
                    + "ca mắc mới trong ngày (cần kiểm tra).", "- 11/9, huyện Lai Vung, tệp “876.csv”, dòng 14, cột “Ca cộng "
                            + "đồng”, giá trị “−3”: số âm (bị từ chối).")
                .noneMatch(t -> t.contains("dòng 0"))
                .doesNotContain("Không có dòng số liệu nào bị từ chối hoặc cần kiểm tra.");
            assertThat(september().build().texts(ANNEX)).contains("Không có dòng số liệu nào bị từ chối hoặc cần kiểm tra.");
        }
    }

    @Nested
    class Changes {

        private static final Instant SENT = Instant.parse("2021-09-13T02:00:00Z");

        @Test
        void aDistrictsResentReportWithWhatChangedInItsCommunes() {
            List<String> texts = september().resentValues(List.of(
                    new EditionSources.Change(TT_LAP_VO, day("2021-09-12"), CASES_COMMUNITY, 20L, 25L,
                            "inbox/2021-09-12/875-lan2.csv", SENT),
                    new EditionSources.Change(MY_AN_HUNG_A, day("2021-09-12"), DEATHS, 1L, 2L,
                            "inbox/2021-09-12/875-lan2.csv", SENT)))
                .build().texts(ANNEX);
            assertThat(texts).contains("3. Báo cáo gửi lại và số liệu điều chỉnh", "- Huyện Lấp Vò gửi lại báo cáo ngày 12/9 (tệp "
                    + "“875-lan2.csv”): thị trấn Lấp Vò, ca cộng đồng: từ 20 thành 25; xã Mỹ An Hưng A, tử vong: từ 1 thành 2.");
            assertThat(september().build().texts(ANNEX)).noneMatch(t -> t.contains("Báo cáo gửi lại và số liệu điều chỉnh"));
        }

        @Test
        void aSecondEditionSaysHowTheHeadlineFiguresMoved() {
            // edition 1 printed 92 community cases; a resent report of 12/9 made them 97
            List<String> texts = september().replacing(2, 1, SENT, List.of("DATA"), Map.of("community", "92", "deaths", "3"),
                    List.of(new EditionSources.Change(TT_LAP_VO, day("2021-09-12"), CASES_COMMUNITY, 15L, 20L,
                            "inbox/2021-09-12/875.csv", SENT)), List.of())
                .build().texts(ANNEX);
            assertThat(texts).contains("So với bản thứ 1, các số liệu chính đã thay đổi: ca cộng đồng trong tuần: từ 92 thành 97. Chi tiết:",
                    "- thị trấn Lấp Vò, ca cộng đồng: từ 15 thành 20 (12/9)");
            List<String> unchanged = september().replacing(2, 1, SENT, List.of("NOTES"), Map.of("community", "97"), List.of(),
                    List.of()).build().texts(ANNEX);
            assertThat(unchanged).contains("So với bản thứ 1, không có số liệu báo cáo nào thay đổi.");
        }

        @Test
        void theSettingsThatChangedByTheirNamesAndTheRestCounted() {
            List<Settings.Change> settings = List.of(
                    new Settings.Change("briefing.assessment.proposals.regime.strict-community-per100k-week", "10", "20"),
                    new Settings.Change("figure." + LAP_VO + ".population", "180627", "181000"),
                    new Settings.Change("briefing.week.targets.first-dose18plus.by", "2021-12-31", "2022-01-31"),
                    new Settings.Change("decision." + "1308/QĐ-UBND-HC." + LAI_VUNG + ".regime", null, "CT16"),
                    new Settings.Change("balance." + CAO_LANH_CITY + ".cases", "12", null),
                    new Settings.Change("briefing.week.something-new", "1", "2"));
            List<String> texts = september().replacing(2, 1, SENT, List.of("SETTINGS"), Map.of(), List.of(), settings).build()
                .texts(ANNEX);
            String changed = startingWith(texts, "So với bản thứ 1, các thông số");
            assertThat(changed).startsWith("So với bản thứ 1, các thông số đánh giá và số liệu tham chiếu đã thay đổi: ")
                .contains("ngưỡng ca cộng đồng/100.000 dân/7 ngày để đề xuất Chỉ thị 16: từ 10 thành 20",
                        "dân số của huyện Lấp Vò: từ 180.627 thành 181.000", "hạn hoàn thành mục tiêu tiêm mũi 1: từ 31/12/2021 thành "
                                + "31/01/2022", "nội dung quyết định đối với huyện Lai Vung: CT16 (bổ sung)",
                        "số liệu đầu kỳ của thành phố Cao Lãnh: bỏ (trước đây 12)",
                        "1 thông số khác (tên và giá trị trong tệp nguồn số liệu kèm theo)")
                .doesNotContain("briefing.", "something-new", "figure.");
        }
    }
}
