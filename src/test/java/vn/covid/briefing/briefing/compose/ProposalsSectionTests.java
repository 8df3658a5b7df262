package vn.covid.briefing.briefing.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.CAO_LANH_CITY;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.PROVINCE;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.PROVINCE_COMMITTEE;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.TT_LAI_VUNG;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.TT_LAP_VO;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.day;
import static vn.covid.briefing.metric.Metric.CASES_COMMUNITY;
import static vn.covid.briefing.metric.Metric.DOSE1;

import java.util.List;

import org.junit.jupiter.api.Test;

/** V- Đề xuất, kiến nghị: keep, apply or change, per district, with the reasons in the committee's words. */
class ProposalsSectionTests {

    private static final String CT16 = "thực hiện giãn cách xã hội theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng "
            + "Chính phủ";

    /** 13/9/2021, CT16 province-wide (QĐ 1308); Cao Lãnh without a community case, Lấp Vò 77 (42,6 per 100.000). */
    private static HandBuiltWeek underCt16() {
        return HandBuiltWeek.on("2021-09-13")
            .regime("1308/QĐ-UBND-HC", PROVINCE_COMMITTEE, day("2021-09-04"), day("2021-09-06"), "CT16", PROVINCE)
            .zeros(CAO_LANH_CITY, CASES_COMMUNITY).thisWeek(TT_LAP_VO, CASES_COMMUNITY, 77)
            .lastWeek(TT_LAP_VO, CASES_COMMUNITY, 50);
    }

    private static List<String> proposals(HandBuiltWeek week) {
        return week.build().texts(ProposalsSection::compose);
    }

    @Test
    void keepAndChangeFromTheNextDayWithTheirReasonsInWords() {
        List<String> texts = proposals(underCt16().thisWeek(TT_LAI_VUNG, CASES_COMMUNITY, 20));
        assertThat(texts).containsExactly("V- ĐỀ XUẤT, KIẾN NGHỊ",
                "Trên cơ sở số liệu trong tuần, Ban cán sự đảng Ủy ban nhân dân Tỉnh đề xuất Ban Thường vụ Tỉnh ủy xem xét, cho "
                        + "chủ trương về biện pháp giãn cách xã hội từ ngày 15/9/2021:",
                "- Thực hiện giãn cách xã hội theo Chỉ thị số 15/CT-TTg ngày 27/3/2020 của Thủ tướng Chính phủ đối với thành "
                        + "phố Cao Lãnh, thay cho Chỉ thị 16 (không ghi nhận ca cộng đồng trong tuần).",
                "- Tiếp tục " + CT16 + " đối với các huyện Lấp Vò, Lai Vung (ca cộng đồng từ 10 ca/100.000 dân/tuần trở lên).");
    }

    @Test
    void placesShareASentenceOnlyWhenTheyShareItsReasons() {
        // Lai Vung: 5 community cases (3,0 per 100.000), but up from 2: it keeps CT16 because they rose, not for its rate
        List<String> texts = proposals(underCt16().thisWeek(TT_LAI_VUNG, CASES_COMMUNITY, 5)
            .lastWeek(TT_LAI_VUNG, CASES_COMMUNITY, 2));
        assertThat(texts).contains("- Tiếp tục " + CT16 + " đối với huyện Lấp Vò (ca cộng đồng từ 10 ca/100.000 dân/tuần trở "
                + "lên).", "- Tiếp tục thực hiện giãn cách xã hội theo Chỉ thị số 16/CT-TTg đối với huyện Lai Vung (ca cộng "
                        + "đồng tăng so với tuần trước).");
    }

    @Test
    void theReasonsAreTheCommitteesWordsNeverTheRulesNames() {
        List<String> texts = proposals(underCt16().thisWeek(TT_LAI_VUNG, CASES_COMMUNITY, 5).lastWeek(TT_LAI_VUNG,
                CASES_COMMUNITY, 2));
        assertThat(String.join("\n", texts)).doesNotContainPattern("[a-z]+-[a-z]+")
            .doesNotContain("CT16", "CT15", "community", "strict", "rate");
    }

    @Test
    void levelsAreProposedForTheUnitsTheWeekCouldJudge() {
        // 1/11/2021 by QĐ 4800: Lấp Vò 30 community cases (16,6 per 100.000, mức 1) with 65.000 first doses of
        // 140.605 adults (thấp); the other districts sent nothing and are not assessed
        List<String> texts = proposals(HandBuiltWeek.on("2021-11-01").before(CAO_LANH_CITY, DOSE1, 100_000)
            .thisWeek(TT_LAP_VO, CASES_COMMUNITY, 30).before(TT_LAP_VO, DOSE1, 65_000));
        assertThat(texts).hasSize(3);
        assertThat(texts.get(1)).isEqualTo("Trên cơ sở đánh giá cấp độ dịch trong tuần, Ban cán sự đảng Ủy ban nhân dân Tỉnh đề xuất Ban "
                + "Thường vụ Tỉnh ủy xem xét, cho chủ trương để Ủy ban nhân dân Tỉnh công bố cấp độ dịch và áp dụng các "
                + "biện pháp tương ứng từ ngày 03/11/2021:");
        assertThat(texts.get(2)).startsWith("- ").contains("đối với huyện Lấp Vò (")
            .contains("số ca mắc mới trong cộng đồng/100.000 dân/tuần dưới 20, độ bao phủ vắc xin thấp")
            .doesNotContain("Cao Lãnh", "Lai Vung", "band");
    }

    @Test
    void withNothingToProposeItSaysSoAndTheOfficesOwnStand() {
        assertThat(proposals(HandBuiltWeek.on("2021-09-13"))).containsExactly("V- ĐỀ XUẤT, KIẾN NGHỊ",
                "Không có đề xuất, kiến nghị mới trong tuần.");
        assertThat(proposals(HandBuiltWeek.on("2021-09-13").notes("# Đề xuất\n\nĐề nghị Bộ Y tế hỗ trợ thêm vắc xin.\n")))
            .containsExactly("V- ĐỀ XUẤT, KIẾN NGHỊ", "Đề nghị Bộ Y tế hỗ trợ thêm vắc xin.");
    }
}
