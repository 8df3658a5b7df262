package vn.covid.briefing.briefing.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.CAO_LANH_CITY;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.LAI_VUNG;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.LAP_VO;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.PROVINCE;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.PROVINCE_COMMITTEE;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.TAN_MY;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.TT_LAP_VO;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.day;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.startingWith;
import static vn.covid.briefing.metric.Metric.CASES_COMMUNITY;
import static vn.covid.briefing.metric.Metric.CASES_QUARANTINE;
import static vn.covid.briefing.metric.Metric.DEATHS;
import static vn.covid.briefing.metric.Metric.DOSE1;
import static vn.covid.briefing.metric.Metric.DOSE2;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import vn.covid.briefing.reference.Unit;

/**
 * II.4 from NQ 128: the levels of the province, the districts and the communes, official beside computed, on
 * hand-built weeks of QĐ 4800 (1/11/2021, the province's 18+ population published on 31/10) and QĐ 218.
 */
class LevelsSectionTests {

    private static final String STEERING = "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh Đồng Tháp";

    /**
     * The week of 1/11/2021 by QĐ 4800: Cao Lãnh (one row) mức 1 × 62 % = cấp 2; Lấp Vò (by commune, all but
     * {@code silent} of them) 40 community cases, 22,1 per 100.000, mức 2 × 50 % = cấp 3; Lai Vung (one row) mức 1
     * × 70 % = cấp 1; the province 50 cases, 9,8 per 100.000, × 60,56 % = cấp 2.
     */
    static HandBuiltWeek november(int silent, long lapVoLastWeek) {
        HandBuiltWeek week = HandBuiltWeek.on("2021-11-01").zeros(CAO_LANH_CITY, CASES_COMMUNITY)
            .before(CAO_LANH_CITY, DOSE1, 80_000).weeksBack(0, LAI_VUNG, CASES_COMMUNITY, 10)
            .weeksBack(1, LAI_VUNG, CASES_COMMUNITY, 10).before(LAI_VUNG, DOSE1, 90_000);
        return everyCommuneOfLapVo(week, silent).thisWeek(TT_LAP_VO, CASES_COMMUNITY, 40)
            .lastWeek(TT_LAP_VO, CASES_COMMUNITY, lapVoLastWeek);
    }

    /** The same numbers last week. */
    static HandBuiltWeek november() {
        return november(0, 40);
    }

    /** Every commune of Lấp Vò reports but the last {@code silent}, with half its adults given a first dose. */
    private static HandBuiltWeek everyCommuneOfLapVo(HandBuiltWeek week, int silent) {
        List<Unit> communes = week.units().children(LAP_VO);
        for (Unit c : communes.subList(0, communes.size() - silent)) {
            long adults = week.units().figure("population_18plus", c.code()).getAsLong();
            week.zeros(c.code(), CASES_COMMUNITY).before(c.code(), DOSE1, adults / 2);
        }
        return week;
    }

    /** The province's classification of 31/10: everything at cấp 2, and 141 of 143 communes (unnamed). */
    private static HandBuiltWeek decided(HandBuiltWeek week) {
        return week.level(null, STEERING, day("2021-10-31"), 2, PROVINCE, CAO_LANH_CITY, LAP_VO, LAI_VUNG)
            .communeCount(null, STEERING, day("2021-10-31"), 2, 141, 143)
            .communeCount(null, STEERING, day("2021-10-31"), 3, 2, 143);
    }

    @Nested
    class OfficialBesideComputed {

        @Test
        void theProvinceByItsDecisionAndByTheWeeksDataWithTheInputs() {
            List<String> texts = decided(november()).build().texts(MeasuresSection::compose);
            assertThat(texts).startsWith("Đánh giá cấp độ dịch theo Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ và "
                    + "Quyết định số 4800/QĐ-BYT ngày 12/10/2021 của Bộ Y tế, trên số liệu 7 ngày đến ngày 01/11/2021:");
            assertThat(startingWith(texts, "- Phạm vi toàn Tỉnh"))
                .as("50 community cases of 509.702 people; 240.298 first doses of 396.766 adults")
                .isEqualTo("- Phạm vi toàn Tỉnh: cấp 2 (nguy cơ trung bình) theo đánh giá của " + STEERING + " công bố ngày "
                        + "31/10/2021; đánh giá trên số liệu tuần: cấp 2 (nguy cơ trung bình), với ca mắc mới trong cộng "
                        + "đồng/100.000 dân/tuần 9,8; tỷ lệ người từ 18 tuổi trở lên tiêm ít nhất 1 mũi 60,56%.");
        }

        @Test
        void theDistrictsWhoseDataGiveAnotherLevelAreNamedWithBoth() {
            assertThat(startingWith(decided(november()).build().texts(MeasuresSection::compose), "- Cấp huyện"))
                .isEqualTo("- Cấp huyện: theo đánh giá của " + STEERING + " công bố ngày 31/10/2021: 3/3 cấp 2; đánh giá "
                        + "trên số liệu tuần khác với quyết định tại huyện Lấp Vò (quyết định cấp 2, số liệu tuần cấp 3), "
                        + "huyện Lai Vung (quyết định cấp 2, số liệu tuần cấp 1).");
        }

        @Test
        void withoutADecisionTheDataAloneTheMostCommonLevelCountedTheOthersNamed() {
            List<String> texts = november().build().texts(MeasuresSection::compose);
            assertThat(startingWith(texts, "- Phạm vi toàn Tỉnh")).startsWith("- Phạm vi toàn Tỉnh: chưa có quyết định công bố "
                    + "cấp độ dịch; đánh giá trên số liệu tuần: cấp 2 (nguy cơ trung bình), với");
            assertThat(startingWith(texts, "- Cấp huyện")).isEqualTo("- Cấp huyện: đánh giá trên số liệu tuần: 1/3 cấp 1 "
                    + "(huyện Lai Vung); 1/3 cấp 2 (thành phố Cao Lãnh); 1/3 cấp 3 (huyện Lấp Vò).");
        }
    }

    @Nested
    class Communes {

        @Test
        void countedByTheDecisionByTheDataAndThoseTakenFromTheirDistrict() {
            // Cao Lãnh's 15 communes at its cấp 2 and Lai Vung's 12 at its cấp 1; Lấp Vò's 13 by their own data,
            // thị trấn Lấp Vò with the 40 cases (389 per 100.000) at cấp 4
            assertThat(startingWith(decided(november()).build().texts(MeasuresSection::compose), "- Cấp xã"))
                .isEqualTo("- Cấp xã: theo đánh giá của " + STEERING + " công bố ngày 31/10/2021: 141/143 cấp 2; 2/143 cấp 3"
                        + "; đánh giá trên số liệu tuần: 12/40 cấp 1; 27/40 cấp 2; 1/40 cấp 4; 27 xã, "
                        + "phường của thành phố Cao Lãnh và huyện Lai Vung lấy theo cấp độ của đơn vị cấp huyện (báo cáo "
                        + "theo cấp huyện).");
        }

        @Test
        void notAssessedNamedWhenFew() {
            assertThat(startingWith(november(2, 40).build().texts(MeasuresSection::compose), "- Cấp xã"))
                .endsWith("; 2 xã, phường, thị trấn chưa đánh giá được: xã Hội An Đông (huyện Lấp Vò), "
                        + "xã Bình Thạnh Trung (huyện Lấp Vò) (không có báo cáo trong kỳ).");
        }

        @Test
        void notAssessedCountedByReasonWhenMany() {
            HandBuiltWeek week = HandBuiltWeek.on("2021-11-01").zeros(TT_LAP_VO, CASES_COMMUNITY).zeros(TAN_MY, CASES_COMMUNITY);
            assertThat(startingWith(week.build().texts(MeasuresSection::compose), "- Cấp xã"))
                .as("two communes of Lấp Vò report, without doses; the other 11, and Cao Lãnh's and Lai Vung's, nothing")
                .isEqualTo("- Cấp xã: đánh giá trên số liệu tuần: chưa đủ số liệu để đánh giá; 40 xã, phường, thị trấn chưa "
                        + "đánh giá được: 38 đơn vị không có báo cáo trong kỳ; thị trấn Lấp Vò (huyện Lấp Vò), xã Tân Mỹ "
                        + "(huyện Lấp Vò) (chưa có số liệu tỷ lệ tiêm vắc xin).");
        }
    }

    @Nested
    class Changes {

        @Test
        void theDistrictsWhoseLevelMovedSinceLastWeek() {
            HandBuiltWeek week = november(0, 10);
            assertThat(week.build().texts(MeasuresSection::compose)).last()
                .as("Lấp Vò: 10 community cases last week, 5,5 per 100.000, cấp 2")
                .isEqualTo("Các huyện, thành phố thay đổi cấp độ so với tuần trước (đánh giá trên số liệu): huyện Lấp Vò "
                        + "chuyển từ cấp 2 sang cấp 3.");
        }

        @Test
        void noDistrictChangedOnlyWhenEveryDistrictWasAssessedBothWeeks() {
            assertThat(november().build().texts(MeasuresSection::compose)).last()
                .isEqualTo("Không có huyện, thành phố nào thay đổi cấp độ so với tuần trước (đánh giá trên số liệu).");
            // Lai Vung reported nothing last week: its change is not known, so "no district changed" is not known
            HandBuiltWeek lastWeekUnknown = HandBuiltWeek.on("2021-11-01").zeros(CAO_LANH_CITY, CASES_COMMUNITY)
                .before(CAO_LANH_CITY, DOSE1, 80_000).thisWeek(LAI_VUNG, CASES_COMMUNITY, 10).before(LAI_VUNG, DOSE1, 90_000);
            assertThat(lastWeekUnknown.build().texts(MeasuresSection::compose))
                .noneMatch(t -> t.contains("thay đổi cấp độ so với tuần trước"));
        }
    }

    @Test
    void underQd218EveryCriterionOfTheProvinceWithItsFigureThresholdAndVerdict() {
        // 31/1/2022: 300 cases of 509.702 people, 58,9 per 100.000; 400.000 of them fully vaccinated, 78,48 %
        HandBuiltWeek week = HandBuiltWeek.on("2022-01-31").thisWeek(LAP_VO, CASES_QUARANTINE, 300)
            .before(LAP_VO, DOSE2, 400_000).zeros(LAP_VO, DEATHS);
        List<String> texts = week.build().texts(MeasuresSection::compose);
        assertThat(texts).startsWith("Từ ngày 27/01/2022, đánh giá theo Quyết định số 218/QĐ-BYT ngày 27/01/2022 của Bộ Y tế.",
                "Đánh giá cấp độ dịch theo Quyết định số 218/QĐ-BYT, trên số liệu 7 ngày đến ngày 31/01/2022:");
        assertThat(startingWith(texts, "Các tiêu chí của toàn Tỉnh"))
            .isEqualTo("Các tiêu chí của toàn Tỉnh: ca mắc mới/100.000 dân/tuần: 58,9; bệnh nhân thở ô xy/100.000 dân: "
                    + "không đủ số liệu; tử vong/100.000 dân/tuần: 0,0 (ngưỡng 6): đạt; tỷ lệ dân số tiêm đủ liều cơ bản: "
                    + "78,48% (ngưỡng 75%): đạt; tỷ lệ người thuộc nhóm nguy cơ cao tiêm đủ liều: không đủ số liệu "
                    + "(ngưỡng 90%); công suất sử dụng giường hồi sức tích cực: không đủ số liệu (ngưỡng 80%).");
    }
}
