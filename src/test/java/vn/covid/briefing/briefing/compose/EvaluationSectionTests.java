package vn.covid.briefing.briefing.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.CAO_LANH_CITY;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.LAI_VUNG;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.LAP_VO;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.PROVINCE;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.PROVINCE_COMMITTEE;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.TT_LAI_VUNG;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.TT_LAP_VO;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.day;
import static vn.covid.briefing.metric.Metric.CASES_COMMUNITY;
import static vn.covid.briefing.metric.Metric.CASES_QUARANTINE;
import static vn.covid.briefing.metric.Metric.DEATHS;
import static vn.covid.briefing.metric.Metric.DOSE1;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** III- Đánh giá chung: what was achieved, then "Tuy nhiên" the shortcomings the data bear out, each said once. */
class EvaluationSectionTests {

    private static final String ACHIEVED = "1. Kết quả đạt được";
    private static final String SHORT = "2. Tồn tại, hạn chế";

    /**
     * 13/9/2021 under CT16: 236 of 333 cases in quarantine, community cases up in Lấp Vò (50 → 77) and Lai Vung
     * (10 → 20), 3 deaths against 5, Lấp Vò's report of 12/9 missing.
     */
    private static HandBuiltWeek quarantineWeek() {
        return HandBuiltWeek.on("2021-09-13")
            .regime("1308/QĐ-UBND-HC", PROVINCE_COMMITTEE, day("2021-09-04"), day("2021-09-06"), "CT16", PROVINCE)
            .thisWeek(TT_LAP_VO, CASES_QUARANTINE, 236).thisWeek(TT_LAP_VO, CASES_COMMUNITY, 77)
            .lastWeek(TT_LAP_VO, CASES_COMMUNITY, 50).thisWeek(TT_LAI_VUNG, CASES_COMMUNITY, 20)
            .lastWeek(TT_LAI_VUNG, CASES_COMMUNITY, 10).zeros(CAO_LANH_CITY, CASES_COMMUNITY)
            .thisWeek(TT_LAP_VO, DEATHS, 3).lastWeek(TT_LAP_VO, DEATHS, 5).missing(LAP_VO, day("2021-09-12"));
    }

    /** 1/11/2021: community cases 50 → 30, Lấp Vò's coverage the lowest (70.000 first doses of 140.605 adults). */
    private static HandBuiltWeek lapVoLowest() {
        return HandBuiltWeek.on("2021-11-01").before(CAO_LANH_CITY, DOSE1, 100_000).before(LAP_VO, DOSE1, 65_000)
            .thisWeek(LAP_VO, DOSE1, 5_000).before(LAI_VUNG, DOSE1, 90_000)
            .thisWeek(TT_LAP_VO, CASES_COMMUNITY, 30).lastWeek(TT_LAP_VO, CASES_COMMUNITY, 50);
    }

    /** The text under a sub-heading. */
    private static String under(List<String> texts, String heading) {
        return texts.get(texts.indexOf(heading) + 1);
    }

    /** The points of "Tuy nhiên, a; b; c." */
    private static List<String> points(String shortcomings) {
        assertThat(shortcomings).startsWith("Tuy nhiên, ").endsWith(".");
        return Arrays.asList(shortcomings.substring("Tuy nhiên, ".length(), shortcomings.length() - 1).split("; "));
    }

    @Test
    void theShortcomingsAreTheOnesTheDataBearOut() {
        List<String> texts = quarantineWeek().build().texts(EvaluationSection::compose);
        assertThat(texts).startsWith("III- ĐÁNH GIÁ CHUNG", ACHIEVED);
        assertThat(points(under(texts, SHORT))).containsExactly(
                "số ca mắc mới tăng 273 ca (455,0%) so với tuần trước",
                "số ca mắc còn phát sinh nhiều trong các khu cách ly (236/333 ca)",
                "ca mắc trong cộng đồng tăng tại 2/3 huyện, thành phố",
                "Tỉnh chưa đạt được các tiêu chí đánh giá về khả năng kiểm soát dịch bệnh trên địa bàn",
                "còn 1 báo cáo ngày của các huyện, thành phố chưa được gửi");
    }

    @Test
    void theQuarantineIsAShortcomingOnlyWhenItHoldsHalfOfManyCases() {
        // 236 of 536: under half
        List<String> fewInQuarantine = quarantineWeek().thisWeek(TT_LAP_VO, CASES_COMMUNITY, 300).build()
            .texts(EvaluationSection::compose);
        assertThat(under(fewInQuarantine, SHORT)).doesNotContain("khu cách ly");
        // 15 of 15, but fewer than 20 cases in all
        List<String> fewCases = HandBuiltWeek.on("2021-09-13").thisWeek(TT_LAP_VO, CASES_QUARANTINE, 15).build()
            .texts(EvaluationSection::compose);
        assertThat(under(fewCases, SHORT)).doesNotContain("khu cách ly");
    }

    @Test
    void theLowestCoverageIsAShortcomingAndTheRisenCoverageAnAchievement() {
        HandBuiltWeek.Built built = lapVoLowest().build();
        List<String> texts = built.texts(EvaluationSection::compose);
        assertThat(points(under(texts, SHORT))).containsExactly("tỷ lệ tiêm mũi 1 của huyện Lấp Vò thấp nhất Tỉnh (49,78%)");
        var p = built.in().week().scope();
        String now = VietnameseFormat.percent(p.firstDose18plusPercent(), 2);
        String change = VietnameseFormat.decimal(Words.printedDifference(p.firstDose18plusPercent(),
                p.previousWeek().firstDose18plusPercent(), 2), 2);
        assertThat(under(texts, ACHIEVED)).isEqualTo("Số ca mắc mới giảm 20 ca (40,0%) so với tuần trước. Số ca mắc trong "
                + "cộng đồng giảm 20 ca (40,0%). Tỷ lệ tiêm vắc xin mũi 1 cho người từ 18 tuổi trở lên đạt " + now + ", tăng "
                + change + " điểm phần trăm so với tuần trước.")
            .doesNotContain("Lấp Vò");
    }

    @Test
    void deathsAreSaidOnceOnTheSideTheyFell() {
        String fell = String.join(" ", lapVoLowest().thisWeek(TT_LAP_VO, DEATHS, 3).lastWeek(TT_LAP_VO, DEATHS, 5).build()
            .texts(EvaluationSection::compose));
        assertThat(fell).contains("Số ca tử vong giảm (3 ca, tuần trước 5 ca).").doesNotContain("vẫn còn ca tử vong");
        List<String> same = lapVoLowest().thisWeek(TT_LAP_VO, DEATHS, 4).lastWeek(TT_LAP_VO, DEATHS, 4).build()
            .texts(EvaluationSection::compose);
        assertThat(under(same, ACHIEVED)).doesNotContain("tử vong");
        assertThat(points(under(same, SHORT))).contains("vẫn còn ca tử vong (4 ca, không thay đổi so với tuần trước)");
    }

    @Test
    void aGoodWeekSaysItHasNoShortcoming() {
        List<String> texts = HandBuiltWeek.on("2021-11-01").thisWeek(TT_LAP_VO, CASES_COMMUNITY, 30)
            .lastWeek(TT_LAP_VO, CASES_COMMUNITY, 50).build().texts(EvaluationSection::compose);
        assertThat(under(texts, SHORT)).isEqualTo("Không có tồn tại, hạn chế nổi bật thể hiện qua số liệu trong tuần.");
        List<String> nothing = HandBuiltWeek.on("2021-11-01").build().texts(EvaluationSection::compose);
        assertThat(under(nothing, ACHIEVED)).isEqualTo("Trong tuần chưa có chuyển biến tích cực rõ rệt về các chỉ số chính.");
    }

    @Test
    void theOfficesNotesStandWhereTheyPutThem() {
        List<String> texts = quarantineWeek().notes("""
                # Đánh giá chung

                Nhận định của lãnh đạo.

                ## Kết quả đạt được

                Công tác phối hợp giữa các lực lượng được thực hiện tốt.

                ## Tồn tại, hạn chế

                một số nơi còn chủ quan

                ## Nguyên nhân

                Biến chủng Delta lây lan nhanh.
                """).build().texts(EvaluationSection::compose);
        assertThat(texts).startsWith("III- ĐÁNH GIÁ CHUNG", "Nhận định của lãnh đạo.", ACHIEVED)
            .endsWith("3. Nguyên nhân", "Biến chủng Delta lây lan nhanh.");
        assertThat(under(texts, ACHIEVED)).isEqualTo("Số ca tử vong giảm (3 ca, tuần trước 5 ca). Công tác phối hợp giữa các "
                + "lực lượng được thực hiện tốt.");
        assertThat(points(under(texts, SHORT))).hasSize(6).endsWith("một số nơi còn chủ quan");
        assertThat(texts).filteredOn(t -> t.contains("Nhận định")).hasSize(1);
    }

    @Test
    void withoutTheOfficesCausesThereIsNoCausesPart() {
        assertThat(quarantineWeek().build().texts(EvaluationSection::compose)).noneMatch(t -> t.contains("Nguyên nhân"));
    }

    @Test
    void noPointIsSaidTwice() {
        List<String> points = points(under(quarantineWeek().thisWeek(TT_LAP_VO, DEATHS, 3).build()
            .texts(EvaluationSection::compose), SHORT));
        assertThat(points).doesNotHaveDuplicates();
        assertThat(points).filteredOn(t -> t.contains("tử vong"))
            .containsExactly("vẫn còn ca tử vong (6 ca, tăng 1 ca so với tuần trước)");
    }
}
