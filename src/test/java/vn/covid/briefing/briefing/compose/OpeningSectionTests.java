package vn.covid.briefing.briefing.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.TT_LAP_VO;
import static vn.covid.briefing.metric.Metric.CASES_COMMUNITY;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The opening paragraph: the instruction in force on the report date (the profile's {@code from-date}), never
 * one issued after it; the office's "# Mở đầu" instead of it.
 */
class OpeningSectionTests {

    private static final String REPORTS = ", Ban cán sự đảng Ủy ban nhân dân Tỉnh báo cáo tình hình dịch Covid-19 và kết "
            + "quả thực hiện các biện pháp phòng, chống dịch trên địa bàn Tỉnh ";

    private static List<String> opening(HandBuiltWeek week) {
        return week.thisWeek(TT_LAP_VO, CASES_COMMUNITY, 5).build().texts(OpeningSection::compose);
    }

    @Test
    void itAnswersTheInstructionInForceOnTheReportDate() {
        assertThat(opening(HandBuiltWeek.on("2021-09-13"))).containsExactly("Thực hiện Thông báo số 719-TB/TU ngày 04/9/2021 "
                + "của Ban Thường vụ Tỉnh ủy về tiếp tục thực hiện các biện pháp cấp bách phòng, chống dịch Covid-19 trên "
                + "địa bàn Tỉnh" + REPORTS + "(từ ngày 06/9 đến ngày 13/9/2021) như sau:");
    }

    @Test
    void aConclusionIsCitedOnlyFromTheWeekAfterItWasGiven() {
        // the Ban Thường vụ concluded on 14/9 on report 45: the report of 20/9 answers it, the one of 13/9 could not
        List<String> after = opening(HandBuiltWeek.on("2021-09-20"));
        assertThat(after).singleElement().asString()
            .startsWith("Thực hiện Thông báo kết luận của Ban Thường vụ Tỉnh ủy tại Hội nghị ngày 14/9/2021")
            .endsWith(REPORTS + "(từ ngày 13/9 đến ngày 20/9/2021) như sau:")
            .doesNotContain("719-TB/TU");
        assertThat(opening(HandBuiltWeek.on("2021-09-13"))).singleElement().asString().doesNotContain("14/9/2021");
    }

    @Test
    void beforeAnyInstructionItOnlySaysWhatItReportsOn() {
        assertThat(opening(HandBuiltWeek.on("2021-08-30"))).containsExactly("Ban cán sự đảng Ủy ban nhân dân Tỉnh báo cáo "
                + "tình hình dịch Covid-19 và kết quả thực hiện các biện pháp phòng, chống dịch trên địa bàn Tỉnh (từ ngày "
                + "23/8 đến ngày 30/8/2021) như sau:");
    }

    @Test
    void theOfficesOpeningReplacesItWithItsParagraphsAndItems() {
        List<String> texts = opening(HandBuiltWeek.on("2021-09-13").notes("""
                # Mở đầu

                Thực hiện chỉ đạo của Thường trực Tỉnh ủy tại cuộc họp ngày 10/9/2021, Ban cán sự đảng báo cáo như sau:

                - Nội dung thứ nhất.
                """));
        assertThat(texts).containsExactly("Thực hiện chỉ đạo của Thường trực Tỉnh ủy tại cuộc họp ngày 10/9/2021, Ban cán sự "
                + "đảng báo cáo như sau:", "- Nội dung thứ nhất.");
        assertThat(HandBuiltWeek.on("2021-09-13").notes("# Mở đầu\n\n- Nội dung thứ nhất.\n").build()
            .blocks(OpeningSection::compose)).singleElement()
            .isEqualTo(BriefingPage.Paragraph.item("Nội dung thứ nhất."));
    }
}
