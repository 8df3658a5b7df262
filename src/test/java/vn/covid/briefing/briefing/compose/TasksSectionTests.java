package vn.covid.briefing.briefing.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.CAO_LANH_CITY;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.LAI_VUNG;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.LAP_VO;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.TT_LAI_VUNG;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.TT_LAP_VO;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.day;
import static vn.covid.briefing.metric.Metric.CASES_COMMUNITY;
import static vn.covid.briefing.metric.Metric.CASES_QUARANTINE;
import static vn.covid.briefing.metric.Metric.DOSE1;
import static vn.covid.briefing.metric.Metric.HOUSEHOLDS_FIRST_SAMPLED;
import static vn.covid.briefing.metric.Metric.ICU_BEDS;
import static vn.covid.briefing.metric.Metric.ICU_IN_USE;

import java.util.List;

import org.junit.jupiter.api.Test;

/** IV- Nhiệm vụ: each task given to the body that carries it out, with the day to report back by. */
class TasksSectionTests {

    private static final String STANDING = "Các sở, ngành, địa phương tiếp tục thực hiện nghiêm các biện pháp phòng, chống "
            + "dịch theo chỉ đạo của Trung ương và của Tỉnh; không chủ quan, lơ là.";

    /** 13/9/2021: community cases up in Lai Vung (10 → 20) and more in Lấp Vò (50 → 77), most cases in quarantine. */
    private static HandBuiltWeek risingWeek() {
        return HandBuiltWeek.on("2021-09-13").thisWeek(TT_LAI_VUNG, CASES_COMMUNITY, 20).lastWeek(TT_LAI_VUNG, CASES_COMMUNITY, 10)
            .thisWeek(TT_LAP_VO, CASES_COMMUNITY, 77).lastWeek(TT_LAP_VO, CASES_COMMUNITY, 50)
            .thisWeek(TT_LAP_VO, CASES_QUARANTINE, 236).zeros(CAO_LANH_CITY, CASES_COMMUNITY);
    }

    /** The tasks without their numbers, after checking they are numbered 1, 2, … under the heading. */
    private static List<String> tasks(HandBuiltWeek week) {
        List<String> texts = week.build().texts(TasksSection::compose);
        assertThat(texts.get(0)).isEqualTo("IV- NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI");
        List<String> tasks = texts.subList(1, texts.size());
        for (int i = 0; i < tasks.size(); i++) {
            assertThat(tasks.get(i)).startsWith((i + 1) + ". ");
        }
        return tasks.stream().map(t -> t.substring(t.indexOf(". ") + 2)).toList();
    }

    @Test
    void theDistrictsWhereCommunityCasesRoseMostFirstReportingBackInAWeek() {
        assertThat(tasks(risingWeek())).containsExactly(
                "Giao Ủy ban nhân dân các huyện Lấp Vò, Lai Vung chủ trì, phối hợp Sở Y tế tăng cường xét nghiệm tầm soát, truy "
                        + "vết, khoanh vùng, kiểm soát các ổ dịch trong cộng đồng; báo cáo kết quả trước ngày 20/9/2021.",
                "Giao Sở Y tế chủ trì, phối hợp Bộ Chỉ huy Quân sự Tỉnh và các địa phương rà soát, củng cố các khu cách ly tập "
                        + "trung, khắc phục tối đa việc lây nhiễm chéo; báo cáo kết quả trước ngày 20/9/2021.",
                STANDING);
    }

    @Test
    void theDeadlineIsOneWeekAfterTheReportDateEvenAcrossAMonth() {
        List<String> tasks = tasks(HandBuiltWeek.on("2021-09-27").thisWeek(TT_LAP_VO, CASES_COMMUNITY, 30)
            .lastWeek(TT_LAP_VO, CASES_COMMUNITY, 10));
        assertThat(tasks.get(0)).startsWith("Giao Ủy ban nhân dân huyện Lấp Vò chủ trì")
            .endsWith("báo cáo kết quả trước ngày 04/10/2021.");
    }

    @Test
    void theDistrictsThatSentLateOrNotAtAllAreTold() {
        List<String> tasks = tasks(risingWeek().late(LAI_VUNG, day("2021-09-10")).missing(CAO_LANH_CITY, day("2021-09-12")));
        assertThat(tasks).contains("Giao Ủy ban nhân dân thành phố Cao Lãnh và huyện Lai Vung chấn chỉnh việc gửi báo cáo ngày "
                + "đầy đủ, đúng hạn.");
        assertThat(tasks(risingWeek())).noneMatch(t -> t.contains("gửi báo cáo"));
    }

    @Test
    void theHouseholdsStillToSampleOnceTheTargetIsSet() {
        // the target (every household by 30/9) was set on 14/9: the report of 13/9 does not know it
        assertThat(tasks(HandBuiltWeek.on("2021-09-13").before(LAP_VO, HOUSEHOLDS_FIRST_SAMPLED, 20_000)))
            .noneMatch(t -> t.contains("hộ gia đình"));
        HandBuiltWeek.Built built = HandBuiltWeek.on("2021-09-20").before(LAP_VO, HOUSEHOLDS_FIRST_SAMPLED, 20_000)
            .thisWeek(LAP_VO, HOUSEHOLDS_FIRST_SAMPLED, 5_000).build();
        var progress = built.in().week().householdProgress(built.in().week().scope());
        assertThat(progress.remaining()).isPositive();
        assertThat(tasks(HandBuiltWeek.on("2021-09-20").before(LAP_VO, HOUSEHOLDS_FIRST_SAMPLED, 20_000)
            .thisWeek(LAP_VO, HOUSEHOLDS_FIRST_SAMPLED, 5_000))).startsWith("Giao Sở Y tế chủ trì, phối hợp Ủy ban nhân dân "
                    + "các huyện, thành phố hoàn thành lấy mẫu xét nghiệm cho 100% hộ gia đình trước ngày 30/9/2021 (còn "
                    + VietnameseFormat.number(progress.remaining()) + " hộ).");
    }

    @Test
    void theDistrictsBehindTheProvincesCoverageLowestFirst() {
        // 1/11/2021: Lấp Vò 49,78 %, Lai Vung 54,76 %, Cao Lãnh 77,94 %; the province 60,49 %
        List<String> tasks = tasks(HandBuiltWeek.on("2021-11-01").before(CAO_LANH_CITY, DOSE1, 100_000)
            .before(LAP_VO, DOSE1, 70_000).before(LAI_VUNG, DOSE1, 70_000));
        assertThat(tasks).first().isEqualTo("Giao Sở Y tế chủ trì, phối hợp Ủy ban nhân dân các huyện Lấp Vò, Lai Vung đẩy "
                + "nhanh tiến độ tiêm vắc xin, phấn đấu 100% người từ 18 tuổi trở lên được tiêm ít nhất 1 mũi trước ngày "
                + "31/12/2021.");
        assertThat(tasks.get(0)).doesNotContain("Cao Lãnh");
    }

    @Test
    void theIcuAboveItsLimitNeedsBeds() {
        // 27 of 30 beds: 90 % against QĐ 4800's 80 %
        HandBuiltWeek full = HandBuiltWeek.on("2021-11-01").thisWeek(LAP_VO, ICU_IN_USE, 27).thisWeek(LAP_VO, ICU_BEDS, 10)
            .thisWeek(LAI_VUNG, ICU_BEDS, 10).thisWeek(CAO_LANH_CITY, ICU_BEDS, 10);
        assertThat(tasks(full)).contains("Giao Sở Y tế bổ sung giường hồi sức tích cực, ô xy và thuốc điều trị, bảo đảm khả "
                + "năng thu dung, điều trị (công suất ICU hiện 90,0%); báo cáo trước ngày 08/11/2021.");
        HandBuiltWeek room = HandBuiltWeek.on("2021-11-01").thisWeek(LAP_VO, ICU_IN_USE, 24).thisWeek(LAP_VO, ICU_BEDS, 10)
            .thisWeek(LAI_VUNG, ICU_BEDS, 10).thisWeek(CAO_LANH_CITY, ICU_BEDS, 10);
        assertThat(tasks(room)).as("24 of 30: 80 %, not above").noneMatch(t -> t.contains("ICU"));
    }

    @Test
    void theStandingTasksThenTheOfficesOwn() {
        List<String> tasks = tasks(risingWeek().notes("# Nhiệm vụ\n\nGiao Sở Thông tin và Truyền thông đẩy mạnh tuyên truyền.\n"));
        assertThat(tasks).endsWith(STANDING, "Giao Sở Thông tin và Truyền thông đẩy mạnh tuyên truyền.");
        assertThat(tasks(HandBuiltWeek.on("2021-09-13"))).containsExactly(STANDING);
    }
}
