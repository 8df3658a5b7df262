package vn.covid.briefing.briefing.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.CAO_LANH_CITY;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.LAI_VUNG;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.LAP_VO;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.MY_AN_HUNG_A;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.PROVINCE;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.PROVINCE_COMMITTEE;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.day;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.startingWith;
import static vn.covid.briefing.metric.Metric.CASES_COMMUNITY;
import static vn.covid.briefing.metric.Metric.NEW_CLUSTERS;
import static vn.covid.briefing.metric.Metric.PCR_POSITIVE;
import static vn.covid.briefing.metric.Metric.PCR_TESTS;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** II.4 until NQ 128: each district's distancing regime by the decision in force, and the control criteria. */
class MeasuresSectionTests {

    private static final String CT16 = "thực hiện giãn cách xã hội theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng "
            + "Chính phủ";

    /** QĐ 1308 (4/9): CT16 province-wide from 6/9 to 15/9; QĐ 1401 (14/9): from 16/9 CT16 in the south, CT15+ in Cao Lãnh. */
    private static HandBuiltWeek septemberDecisions(String date) {
        return HandBuiltWeek.on(date)
            .regime("1308/QĐ-UBND-HC", PROVINCE_COMMITTEE, day("2021-09-04"), day("2021-09-06"), "CT16", PROVINCE)
            .regime("1401/QĐ-UBND-HC", PROVINCE_COMMITTEE, day("2021-09-14"), day("2021-09-16"), "CT16", LAP_VO, LAI_VUNG)
            .regime("1401/QĐ-UBND-HC", PROVINCE_COMMITTEE, day("2021-09-14"), day("2021-09-16"), "CT15+", CAO_LANH_CITY);
    }

    @Nested
    class Regimes {

        @Test
        void oneRegimeForTheWholeProvinceIsOneSentence() {
            assertThat(septemberDecisions("2021-09-13").build().texts(MeasuresSection::compose))
                .as("QĐ 1401 was issued on 14/9: the briefing of 13/9 does not know it")
                .startsWith("Toàn Tỉnh " + CT16 + " (Quyết định số 1308/QĐ-UBND-HC ngày 04/9/2021 của UBND tỉnh Đồng Tháp).")
                .noneMatch(t -> t.contains("1401"));
        }

        @Test
        void aDecisionIsCitedInFullTheFirstTimeAndBrieflyAfter() {
            List<String> texts = septemberDecisions("2021-09-20").build().texts(MeasuresSection::compose);
            assertThat(texts).startsWith(
                    "- Thực hiện giãn cách xã hội ở mức cao hơn theo Chỉ thị số 15/CT-TTg ngày 27/3/2020 của Thủ tướng Chính "
                            + "phủ (Quyết định số 1401/QĐ-UBND-HC ngày 14/9/2021 của UBND tỉnh Đồng Tháp): thành phố Cao Lãnh.",
                    "- Thực hiện giãn cách xã hội theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ "
                            + "(Quyết định số 1401/QĐ-UBND-HC): các huyện Lấp Vò, Lai Vung.");
        }

        @Test
        void aChangeAlreadyDecidedIsSaidWithTheDayItTakesEffect() {
            List<String> texts = septemberDecisions("2021-09-15").build().texts(MeasuresSection::compose);
            assertThat(texts).startsWith("Toàn Tỉnh " + CT16 + " (Quyết định số 1308/QĐ-UBND-HC ngày 04/9/2021 của UBND tỉnh "
                    + "Đồng Tháp).", "Đã quyết định, từ ngày 16/9/2021:",
                    "- Thực hiện giãn cách xã hội ở mức cao hơn theo Chỉ thị số 15/CT-TTg ngày 27/3/2020 của Thủ tướng Chính "
                            + "phủ (Quyết định số 1401/QĐ-UBND-HC ngày 14/9/2021 của UBND tỉnh Đồng Tháp): thành phố Cao Lãnh.",
                    "- Thực hiện giãn cách xã hội theo Chỉ thị số 16/CT-TTg (Quyết định số 1401/QĐ-UBND-HC): các huyện Lấp Vò, "
                            + "Lai Vung.");
        }

        @Test
        void aDecisionWithoutANumberIsCitedByItsDateAndIssuer() {
            HandBuiltWeek week = HandBuiltWeek.on("2021-08-30").regime(null, "Chủ tịch UBND tỉnh Đồng Tháp",
                    day("2021-08-24"), day("2021-08-24"), "CT16", PROVINCE);
            assertThat(week.build().texts(MeasuresSection::compose)).startsWith("Toàn Tỉnh " + CT16
                    + " (chỉ đạo ngày 24/8/2021 của Chủ tịch UBND tỉnh Đồng Tháp).");
        }

        @Test
        void noDecisionInForceIsSaidAndNoMapIsDrawn() {
            List<String> texts = HandBuiltWeek.on("2021-09-13").drawable("map").build().texts(MeasuresSection::compose);
            assertThat(texts).startsWith("Không có quyết định về biện pháp giãn cách xã hội áp dụng cho ngày báo cáo.")
                .noneMatch(t -> t.startsWith("Hình"));
            assertThat(septemberDecisions("2021-09-13").drawable("map").build().texts(MeasuresSection::compose))
                .contains("Hình 1. Biện pháp giãn cách xã hội theo huyện, thành phố, ngày 13/9/2021");
        }
    }

    @Nested
    class ControlCriteria {

        /** Community cases 300 → 200 → 120, the wave's peak 600: falling, and at most half the peak. */
        private HandBuiltWeek falling() {
            return septemberDecisions("2021-09-13").weeksBack(2, MY_AN_HUNG_A, CASES_COMMUNITY, 300)
                .weeksBack(1, MY_AN_HUNG_A, CASES_COMMUNITY, 200).weeksBack(0, MY_AN_HUNG_A, CASES_COMMUNITY, 120)
                .peakWeekBefore(PROVINCE, 600).lastWeek(LAP_VO, PCR_TESTS, 1_000).lastWeek(LAP_VO, PCR_POSITIVE, 50)
                .thisWeek(LAP_VO, PCR_TESTS, 1_000).thisWeek(LAP_VO, PCR_POSITIVE, 30);
        }

        @Test
        void eachCriterionWithItsNumbersAndDecisionsCitedOnce() {
            List<String> texts = falling().zeros(LAP_VO, NEW_CLUSTERS).build().texts(MeasuresSection::compose);
            assertThat(texts.subList(1, texts.size())).containsExactly(
                    "Đối chiếu các tiêu chí đánh giá \"kiểm soát được dịch\" theo các Quyết định số 3979/QĐ-BYT và "
                            + "3989/QĐ-BYT của Bộ Y tế, trên phạm vi toàn Tỉnh:",
                    "- Số ca mắc mới trong cộng đồng giảm liên tục 2 tuần và giảm ít nhất 50% so với tuần cao nhất: đạt "
                            + "(3 tuần gần nhất lần lượt: 300 ca, 200 ca, 120 ca; tuần cao nhất: 600 ca).",
                    "- Tỷ lệ dương tính RT-PCR giảm trong 14 ngày: đạt (7 ngày gần nhất 3,00%, 7 ngày trước đó 5,00%).",
                    "- Không ghi nhận ổ dịch mới trong 7 ngày: đạt (0 ổ dịch mới).",
                    "- Giảm ít nhất 50% số xã, huyện ở các mức nguy cơ theo Quyết định số 2686/QĐ-BCĐQG ngày 31/5/2021 của "
                            + "Ban Chỉ đạo Quốc gia phòng, chống dịch Covid-19: chưa có số liệu.",
                    "Chưa đủ số liệu để kết luận Tỉnh đã kiểm soát được dịch.");
        }

        @Test
        void oneCriterionNotMetIsEnoughToSayTheProvinceDoesNotMeetThem() {
            List<String> texts = falling().weeksBack(0, MY_AN_HUNG_A, CASES_COMMUNITY, 100).build()
                .texts(MeasuresSection::compose);
            assertThat(texts).contains("- Số ca mắc mới trong cộng đồng giảm liên tục 2 tuần và giảm ít nhất 50% so với tuần "
                    + "cao nhất: chưa đạt (3 tuần gần nhất lần lượt: 300 ca, 200 ca, 220 ca; tuần cao nhất: 600 ca).",
                    "- Không ghi nhận ổ dịch mới trong 7 ngày: chưa có số liệu.")
                .endsWith("Toàn Tỉnh chưa đáp ứng đầy đủ các tiêu chí kiểm soát được dịch.");
        }

        @Test
        void notJudgedBeforeTheDecisionsWereIssued() {
            assertThat(HandBuiltWeek.on("2021-08-16").build().texts(MeasuresSection::compose))
                .as("QĐ 3979/3989 reported on 20/8/2021").noneMatch(t -> t.contains("kiểm soát được dịch"));
        }
    }
}
