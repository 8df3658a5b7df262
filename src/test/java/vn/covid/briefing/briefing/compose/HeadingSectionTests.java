package vn.covid.briefing.briefing.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.CAO_LANH_CITY;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.LAI_VUNG;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.TT_LAP_VO;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.day;
import static vn.covid.briefing.metric.Metric.CASES_COMMUNITY;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.covid.briefing.briefing.compose.BriefingPage.Header;
import vn.covid.briefing.briefing.compose.BriefingPage.Title;

/** The document's head (HD 36): issuing bodies, number and date, title by the framework, period, and its notices. */
class HeadingSectionTests {

    private static HandBuiltWeek.Built week(String date) {
        return HandBuiltWeek.on(date).thisWeek(TT_LAP_VO, CASES_COMMUNITY, 5).build();
    }

    private static Header header(HandBuiltWeek.Built b) {
        return HeadingSection.header(b.in(), b.words());
    }

    @Test
    void theIssuersNumberPlaceAndDate() {
        assertThat(header(week("2021-09-13"))).isEqualTo(new Header("TỈNH ỦY ĐỒNG THÁP", "BAN CÁN SỰ ĐẢNG UBND TỈNH",
                "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 45-BC/BCSĐ", "Đồng Tháp, ngày 13 tháng 9 năm 2021"));
    }

    @Test
    void oneNumberMoreEachReportWeekAndMonthsOneAndTwoPadded() {
        // 45 on 13/9/2021 (the profile's anchor); 20 weeks later, 31/01/2022, is 65
        assertThat(header(week("2021-09-20")).number()).isEqualTo("Số 46-BC/BCSĐ");
        assertThat(header(week("2021-11-01")).number()).isEqualTo("Số 52-BC/BCSĐ");
        Header january = header(week("2022-01-31"));
        assertThat(january.number()).isEqualTo("Số 65-BC/BCSĐ");
        assertThat(january.placeDate()).isEqualTo("Đồng Tháp, ngày 31 tháng 01 năm 2022");
    }

    @Test
    void theTitleNamesTheFrameworkAndThePeriod() {
        HandBuiltWeek.Built september = week("2021-09-13");
        assertThat(HeadingSection.title(september.in(), september.words())).isEqualTo(new Title("BÁO CÁO",
                List.of("kết quả thực hiện giãn cách xã hội phòng, chống dịch Covid-19", "trên địa bàn Tỉnh"),
                "(từ ngày 06/9 đến ngày 13/9/2021)"));
        HandBuiltWeek.Built november = week("2021-11-01");
        Title levels = HeadingSection.title(november.in(), november.words());
        assertThat(String.join(" ", levels.subject())).isEqualTo("tình hình dịch Covid-19 và kết quả thực hiện thích ứng an "
                + "toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19 trên địa bàn Tỉnh");
        assertThat(levels.period()).isEqualTo("(từ ngày 25/10 đến ngày 01/11/2021)");
    }

    @Test
    void aProvisionalWeekNamesTheReportsStillMissingByDistrict() {
        HandBuiltWeek.Built b = HandBuiltWeek.on("2021-09-13").thisWeek(TT_LAP_VO, CASES_COMMUNITY, 5)
            .missing(LAI_VUNG, day("2021-09-12"), day("2021-09-13")).missing(CAO_LANH_CITY, day("2021-09-13")).build();
        assertThat(HeadingSection.notices(b.in(), b.words())).containsExactly("(Báo cáo tạm thời: chưa nhận đủ báo cáo ngày "
                + "của thành phố Cao Lãnh (ngày 13/9) và huyện Lai Vung (ngày 12/9, 13/9); số liệu sẽ được cập nhật khi nhận "
                + "đủ báo cáo.)");
        assertThat(HeadingSection.notices(week("2021-09-13").in(), week("2021-09-13").words())).isEmpty();
    }

    @Test
    void aLaterEditionSaysWhatItReplacesAndWhy() {
        // edition 1 issued at 23:30 on 13/9 in Hà Nội's time (16:30 UTC): dated 13/9 as the office read it
        HandBuiltWeek.Built b = HandBuiltWeek.on("2021-09-13").thisWeek(TT_LAP_VO, CASES_COMMUNITY, 5)
            .replacing(2, 1, Instant.parse("2021-09-13T16:30:00Z"), List.of("DATA", "NOTES"), Map.of(), List.of(), List.of())
            .build();
        assertThat(HeadingSection.notices(b.in(), b.words())).containsExactly("(Bản thứ 2, thay thế bản thứ 1 ngày 13/9/2021, "
                + "do số liệu được các huyện, thành phố gửi bổ sung, điều chỉnh (chi tiết tại Phụ lục) và bổ sung, điều chỉnh "
                + "nội dung của Văn phòng.)");
    }
}
