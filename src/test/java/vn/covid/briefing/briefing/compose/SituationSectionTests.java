package vn.covid.briefing.briefing.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.CAO_LANH_CITY;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.HOA_AN;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.HOA_THUAN;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.LAI_VUNG;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.LAP_VO;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.MY_AN_HUNG_A;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.PROVINCE;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.TAN_DUONG;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.TAN_MY;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.TT_LAI_VUNG;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.TT_LAP_VO;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.day;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.startingWith;
import static vn.covid.briefing.metric.Metric.CASES_ARRIVAL;
import static vn.covid.briefing.metric.Metric.CASES_COMMUNITY;
import static vn.covid.briefing.metric.Metric.CASES_LOCKDOWN;
import static vn.covid.briefing.metric.Metric.CASES_QUARANTINE;
import static vn.covid.briefing.metric.Metric.CASES_UNCLASSIFIED;
import static vn.covid.briefing.metric.Metric.DEATHS;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** I- Tình hình dịch bệnh, as a committee member reads it, on hand-built weeks of 13/9/2021. */
class SituationSectionTests {

    private static final String CASES = "Từ 18 giờ ngày 06/9 đến 18 giờ ngày 13/9/2021, toàn Tỉnh ghi nhận ";

    /** 30 community cases in Lấp Vò against 50 last week: a fall of 40 %. */
    private static HandBuiltWeek communityFellFortyPercent() {
        return HandBuiltWeek.on("2021-09-13").thisWeek(MY_AN_HUNG_A, CASES_COMMUNITY, 30)
            .lastWeek(MY_AN_HUNG_A, CASES_COMMUNITY, 50);
    }

    @Nested
    class NewCases {

        @Test
        void aChangeOverTheBaseIsGivenWithItsPercent() {
            List<String> texts = communityFellFortyPercent().build().texts(SituationSection::compose);
            assertThat(startingWith(texts, CASES))
                .isEqualTo(CASES + "30 ca mắc mới, giảm 20 ca (40,0%) so với tuần trước; trung bình 4,3 ca/ngày.");
        }

        @Test
        void aChangeOverASmallBaseIsACountOnly() {
            HandBuiltWeek week = HandBuiltWeek.on("2021-09-13").thisWeek(TT_LAP_VO, CASES_COMMUNITY, 17)
                .lastWeek(TT_LAP_VO, CASES_COMMUNITY, 19);
            assertThat(startingWith(week.build().texts(SituationSection::compose), CASES))
                .as("19 cases last week is below wording.percent-min-base (20): no percentage")
                .isEqualTo(CASES + "17 ca mắc mới, giảm 2 ca so với tuần trước; trung bình 2,4 ca/ngày.");
            HandBuiltWeek same = HandBuiltWeek.on("2021-09-13").thisWeek(TT_LAP_VO, CASES_COMMUNITY, 20)
                .lastWeek(TT_LAP_VO, CASES_COMMUNITY, 20);
            assertThat(startingWith(same.build().texts(SituationSection::compose), CASES))
                .isEqualTo(CASES + "20 ca mắc mới, không thay đổi so với tuần trước; trung bình 2,9 ca/ngày.");
        }

        @Test
        void thePercentIsTheChangeOverLastWeek() {
            // 374 against 690: −316, and 316 / 690 = 45,797… %
            HandBuiltWeek week = HandBuiltWeek.on("2021-09-13").thisWeek(TT_LAP_VO, CASES_QUARANTINE, 374)
                .lastWeek(TT_LAP_VO, CASES_QUARANTINE, 690);
            String sentence = startingWith(week.build().texts(SituationSection::compose), CASES);
            assertThat(sentence).contains("374 ca mắc mới, giảm 316 ca ("
                    + VietnameseFormat.percent(316 * 100.0 / 690, 1) + ") so với tuần trước")
                .contains("(45,8%)");
        }

        @Test
        void theSplitBySourceNamesThePlacesWithCasesAndSaysTheZerosInWords() {
            HandBuiltWeek week = HandBuiltWeek.on("2021-09-13")
                .thisWeek(TT_LAP_VO, CASES_QUARANTINE, 236).thisWeek(TT_LAP_VO, CASES_LOCKDOWN, 61)
                .thisWeek(MY_AN_HUNG_A, CASES_COMMUNITY, 77).thisWeek(MY_AN_HUNG_A, CASES_ARRIVAL, 0)
                .thisWeek(MY_AN_HUNG_A, CASES_UNCLASSIFIED, 0);
            assertThat(startingWith(week.build().texts(SituationSection::compose), "Trong đó: "))
                .as("374 cases: 236 = 63,1 %, 61 = 16,3 %, 77 = 20,6 %")
                .isEqualTo("Trong đó: 236 ca trong khu cách ly (63,1%), 61 ca trong khu phong tỏa (16,3%), "
                        + "77 ca trong cộng đồng (20,6%); không ghi nhận ca về từ vùng dịch và chưa rõ nguồn lây, "
                        + "đang điều tra.");
        }

        @Test
        void aSourceNotReportedIsLeftOutAndSharesOfAFewCasesAreNotGiven() {
            HandBuiltWeek week = HandBuiltWeek.on("2021-09-13").thisWeek(TT_LAP_VO, CASES_QUARANTINE, 9)
                .thisWeek(MY_AN_HUNG_A, CASES_COMMUNITY, 3).thisWeek(MY_AN_HUNG_A, CASES_LOCKDOWN, 0);
            assertThat(startingWith(week.build().texts(SituationSection::compose), "Trong đó: "))
                .as("no arrival or unclassified column reported: not said to be zero; 12 cases: no shares")
                .isEqualTo("Trong đó: 9 ca trong khu cách ly, 3 ca trong cộng đồng; không ghi nhận ca trong khu phong tỏa.");
        }

        @Test
        void aWeekWithoutCasesHasNoSplit() {
            HandBuiltWeek week = HandBuiltWeek.on("2021-09-13").zeros(MY_AN_HUNG_A, CASES_COMMUNITY, CASES_QUARANTINE);
            assertThat(week.build().texts(SituationSection::compose)).noneMatch(t -> t.startsWith("Trong đó"))
                .contains(CASES + "0 ca mắc mới, không thay đổi so với tuần trước; trung bình 0,0 ca/ngày.");
        }
    }

    @Nested
    class Community {

        @Test
        void theRateIsPer100000OfTheWholePopulationAndTheDistrictsAreNamedMostFirst() {
            HandBuiltWeek week = HandBuiltWeek.on("2021-09-13").thisWeek(MY_AN_HUNG_A, CASES_COMMUNITY, 12)
                .thisWeek(TAN_DUONG, CASES_COMMUNITY, 40).thisWeek(CAO_LANH_CITY, CASES_COMMUNITY, 0);
            HandBuiltWeek.Built built = week.build();
            long population = built.in().week().scope().figures().population();
            String rate = VietnameseFormat.decimal(52 * 100_000.0 / population, 1);
            assertThat(startingWith(built.texts(SituationSection::compose), "Tỷ lệ ca mắc mới trong cộng đồng"))
                .isEqualTo("Tỷ lệ ca mắc mới trong cộng đồng là " + rate + " ca/100.000 dân/tuần. Ca cộng đồng ghi nhận "
                        + "tại 2 huyện, thành phố: huyện Lai Vung 40 ca, huyện Lấp Vò 12 ca.")
                .contains(" là 10,2 ca/");
        }

        @Test
        void theLocalitiesAreTheCommunesWithMostCasesNamedWithTheirDistrictInOneToneMarkStyle() {
            HandBuiltWeek week = HandBuiltWeek.on("2021-09-13").thisWeek(HOA_THUAN, CASES_COMMUNITY, 9)
                .thisWeek(HOA_AN, CASES_COMMUNITY, 3).thisWeek(MY_AN_HUNG_A, CASES_COMMUNITY, 9)
                .thisWeek(TAN_MY, CASES_COMMUNITY, 1).thisWeek(TT_LAP_VO, CASES_COMMUNITY, 4)
                .thisWeek(TT_LAI_VUNG, CASES_COMMUNITY, 2).thisWeek(TAN_DUONG, CASES_COMMUNITY, 5);
            assertThat(startingWith(week.build().texts(SituationSection::compose), "Các xã, phường"))
                .as("at most five, each with two cases or more, most first (ties by code); 'Hoà Thuận' written as the "
                        + "province's names mostly are, 'Hòa'")
                .isEqualTo("Các xã, phường, thị trấn có nhiều ca cộng đồng: phường Hòa Thuận (thành phố Cao Lãnh) 9 ca; "
                        + "xã Mỹ An Hưng A (huyện Lấp Vò) 9 ca; xã Tân Dương (huyện Lai Vung) 5 ca; "
                        + "thị trấn Lấp Vò (huyện Lấp Vò) 4 ca; xã Hòa An (thành phố Cao Lãnh) 3 ca.");
        }

        @Test
        void aWeekWithoutCommunityCasesSaysSinceWhen() {
            HandBuiltWeek week = HandBuiltWeek.on("2021-09-13").zeros(TT_LAP_VO, CASES_COMMUNITY)
                .thisWeek(TT_LAP_VO, CASES_QUARANTINE, 4).lastCommunityCaseBefore(TT_LAP_VO, day("2021-08-10"));
            assertThat(startingWith(week.build().texts(SituationSection::compose), "Tỷ lệ ca mắc mới trong cộng đồng"))
                .as("10/8 to 13/9")
                .isEqualTo("Tỷ lệ ca mắc mới trong cộng đồng là 0,0 ca/100.000 dân/tuần. Trong tuần không ghi nhận ca mắc "
                        + "mới trong cộng đồng; đến nay đã 34 ngày không có ca cộng đồng.");
        }

        @Test
        void arrivalsAreSaidWithTheDistrictsThatReceivedMost() {
            HandBuiltWeek week = HandBuiltWeek.on("2021-09-13").thisWeek(TT_LAP_VO, CASES_ARRIVAL, 8)
                .thisWeek(CAO_LANH_CITY, CASES_ARRIVAL, 3).lastWeek(TT_LAP_VO, CASES_ARRIVAL, 6);
            assertThat(startingWith(week.build().texts(SituationSection::compose), "Số ca về từ vùng dịch"))
                .isEqualTo("Số ca về từ vùng dịch tăng 5 ca so với tuần trước; nhiều nhất tại "
                        + "huyện Lấp Vò 8 ca, thành phố Cao Lãnh 3 ca.");
        }
    }

    @Nested
    class Cumulative {

        @Test
        void countsFromTheOpeningBalanceDay() {
            HandBuiltWeek week = communityFellFortyPercent().dataSince(day("2021-07-01"))
                .balance(PROVINCE, "cases", day("2021-06-30"), 39, day("2021-04-27"))
                .before(MY_AN_HUNG_A, CASES_COMMUNITY, 900);
            assertThat(startingWith(week.build().texts(SituationSection::compose), "Tổng số ca mắc cộng dồn"))
                .as("39 before 1/7, 900 from 1/7 to the four weeks, 80 in them")
                .isEqualTo("Tổng số ca mắc cộng dồn từ ngày 27/4/2021: 1.019 ca.");
        }

        @Test
        void withoutABalanceCountsFromTheFirstDataAndSaysSo() {
            HandBuiltWeek week = communityFellFortyPercent().dataSince(day("2021-07-01"))
                .before(MY_AN_HUNG_A, CASES_COMMUNITY, 900);
            assertThat(startingWith(week.build().texts(SituationSection::compose), "Tổng số ca mắc cộng dồn"))
                .isEqualTo("Tổng số ca mắc cộng dồn từ ngày 01/7/2021 (ngày đầu tiên có số liệu): 980 ca.");
        }

        @Test
        void deathsWithTheCaseFatalityRateOfTheCumulativeFigures() {
            HandBuiltWeek week = communityFellFortyPercent().balance(PROVINCE, "cases", day("2021-04-26"), 20,
                    day("2021-04-27"))
                .balance(PROVINCE, "deaths", day("2021-04-26"), 0, day("2021-04-27"))
                .before(MY_AN_HUNG_A, CASES_COMMUNITY, 900).before(MY_AN_HUNG_A, DEATHS, 20)
                .thisWeek(MY_AN_HUNG_A, DEATHS, 3).lastWeek(MY_AN_HUNG_A, DEATHS, 5);
            assertThat(startingWith(week.build().texts(SituationSection::compose), "Trong tuần có 3"))
                .as("28 deaths of 1.000 cases")
                .isEqualTo("Trong tuần có 3 ca tử vong, giảm 2 ca so với tuần trước; cộng dồn từ ngày 27/4/2021: 28 ca, "
                        + "tỷ lệ tử vong 2,8% so với tổng số ca mắc.");
        }
    }

    @Test
    void aNumberStaysOnTheLineOfItsUnit() {
        String printed = BriefingPage.Paragraph.class.cast(communityFellFortyPercent().build()
            .blocks(SituationSection::compose).get(2)).text();
        assertThat(printed).contains("30" + Words.NBSP + "ca mắc mới", "20" + Words.NBSP + "ca (40,0%)");
    }

    @Test
    void theFiguresAreNumberedInOrderWithTheReportPeriodShadedAsTheTitleNamesIt() {
        List<String> texts = communityFellFortyPercent().build().texts(SituationSection::compose);
        assertThat(texts).contains("Hình 1. Ca mắc mới theo ngày và nơi phát hiện", "Hình 2. Tử vong theo ngày");
        assertThat(communityFellFortyPercent().build().blocks(SituationSection::compose).stream()
            .filter(BriefingPage.Figure.class::isInstance).map(b -> ((BriefingPage.Figure) b).source()))
            .containsOnly("Nguồn: báo cáo hằng ngày của các huyện, thành phố. Phần nền xám: kỳ báo cáo (từ ngày 06/9 "
                    + "đến ngày 13/9/2021).");
    }
}
