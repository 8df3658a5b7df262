package vn.covid.briefing.briefing.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.CAO_LANH_CITY;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.LAI_VUNG;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.LAP_VO;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.TT_LAP_VO;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.startingWith;
import static vn.covid.briefing.metric.Metric.CASES_COMMUNITY;
import static vn.covid.briefing.metric.Metric.CASES_QUARANTINE;
import static vn.covid.briefing.metric.Metric.DEATHS;
import static vn.covid.briefing.metric.Metric.DOSE1;
import static vn.covid.briefing.metric.Metric.DOSE2;
import static vn.covid.briefing.metric.Metric.PCR_POSITIVE;
import static vn.covid.briefing.metric.Metric.PCR_TESTS;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.covid.briefing.briefing.compose.BriefingPage.Cell;
import vn.covid.briefing.briefing.compose.BriefingPage.Table;

/** The key figures, this week against the last: each change the difference of the two values printed beside it. */
class KeyFiguresSectionTests {

    private static final List<String> COUNTS = List.of("Ca mắc mới", "Trong đó: ca trong cộng đồng", "Tử vong",
            "Mẫu xét nghiệm", "Mũi vắc xin đã tiêm");
    private static final List<String> RATES = List.of("Ca cộng đồng/100.000 dân/tuần", "Tỷ lệ dương tính",
            "Tỷ lệ tiêm ít nhất 1 mũi (từ 18 tuổi)");

    /** 1/11/2021: 40 cases (30 in the community, 10 in quarantine) against 55, 3 deaths against 5, more tests and doses. */
    private static HandBuiltWeek november() {
        return HandBuiltWeek.on("2021-11-01").before(CAO_LANH_CITY, DOSE1, 100_000).before(LAP_VO, DOSE1, 65_000)
            .before(LAI_VUNG, DOSE1, 90_000).thisWeek(LAP_VO, DOSE1, 5_000).lastWeek(LAP_VO, DOSE1, 4_000)
            .thisWeek(TT_LAP_VO, DOSE2, 3_000).lastWeek(TT_LAP_VO, DOSE2, 2_000)
            .thisWeek(TT_LAP_VO, CASES_COMMUNITY, 30).lastWeek(TT_LAP_VO, CASES_COMMUNITY, 50)
            .thisWeek(TT_LAP_VO, CASES_QUARANTINE, 10).lastWeek(TT_LAP_VO, CASES_QUARANTINE, 5)
            .thisWeek(TT_LAP_VO, DEATHS, 3).lastWeek(TT_LAP_VO, DEATHS, 5)
            .thisWeek(TT_LAP_VO, PCR_TESTS, 1_000).lastWeek(TT_LAP_VO, PCR_TESTS, 800)
            .thisWeek(TT_LAP_VO, PCR_POSITIVE, 20).lastWeek(TT_LAP_VO, PCR_POSITIVE, 8);
    }

    private static Table table(HandBuiltWeek week) {
        List<Table> tables = week.build().tables(KeyFiguresSection::compose);
        assertThat(tables).hasSize(1);
        return tables.get(0);
    }

    private static List<String> row(Table t, String name) {
        return t.rows().stream().filter(r -> r.get(0).text().equals(name)).findFirst()
            .map(r -> r.stream().map(Cell::text).toList()).orElseThrow(() -> new AssertionError("no row " + name));
    }

    private static long count(String printed) {
        return Long.parseLong(printed.replace(".", "").replace(Words.MINUS, "-").replace("+", ""));
    }

    private static double rate(String printed) {
        return Double.parseDouble(printed.replaceAll("[%+\\s\u00a0]|điểm phần trăm", "").replace(Words.MINUS, "-")
            .replace(",", "."));
    }

    @Test
    void theRowsInTheOrderAReaderLooksForThem() {
        Table t = table(november());
        assertThat(t.caption()).isEqualTo("Một số chỉ số chính trong tuần");
        assertThat(t.header()).containsExactly("Chỉ số", "Tuần này", "Tuần trước", "Tăng (+), giảm (−)");
        assertThat(t.rows()).extracting(r -> r.get(0).text()).containsExactly("Ca mắc mới", "Trong đó: ca trong cộng đồng",
                "Ca cộng đồng/100.000 dân/tuần", "Tử vong", "Mẫu xét nghiệm", "Tỷ lệ dương tính", "Mũi vắc xin đã tiêm",
                "Tỷ lệ tiêm ít nhất 1 mũi (từ 18 tuổi)");
    }

    @Test
    void aChangeIsGivenWithItsPercentOnlyOverTheBase() {
        Table t = table(november());
        assertThat(row(t, "Ca mắc mới")).containsExactly("Ca mắc mới", "40", "55", "−15 (−27,3%)");
        assertThat(row(t, "Tử vong")).as("5 deaths last week: below wording.percent-min-base (20)")
            .containsExactly("Tử vong", "3", "5", "−2");
        assertThat(row(t, "Mũi vắc xin đã tiêm")).as("5.000 + 3.000 doses against 4.000 + 2.000")
            .containsExactly("Mũi vắc xin đã tiêm", "8.000", "6.000", "+2.000 (+33,3%)");
        assertThat(row(t, "Tỷ lệ dương tính")).containsExactly("Tỷ lệ dương tính", "2,00%", "1,00%", "+1,00" + Words.NBSP + "điểm phần trăm");
    }

    @Test
    void everyChangeIsTheDifferenceOfTheTwoValuesAsPrinted() {
        Table t = table(november());
        for (String name : COUNTS) {
            List<String> r = row(t, name);
            long now = count(r.get(1));
            long before = count(r.get(2));
            String change = r.get(3);
            assertThat(count(change.replaceAll(" \\(.*\\)$", ""))).as(name).isEqualTo(now - before);
            if (change.contains("(")) {
                assertThat(change).as(name).endsWith("(" + (now > before ? "+" : Words.MINUS)
                        + VietnameseFormat.decimal(Math.abs(now - before) * 100.0 / before, 1) + "%)");
            }
        }
        for (String name : RATES) {
            List<String> r = row(t, name);
            assertThat(rate(r.get(3))).as(name).isCloseTo(rate(r.get(1)) - rate(r.get(2)), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void whatWasNotReportedIsADashAndHasNoChange() {
        // only 3 community cases this week, nothing last week, no tests or doses at all
        Table t = table(HandBuiltWeek.on("2021-09-13").thisWeek(TT_LAP_VO, CASES_COMMUNITY, 3));
        assertThat(row(t, "Ca mắc mới")).containsExactly("Ca mắc mới", "3", "–", "–");
        assertThat(row(t, "Mẫu xét nghiệm")).containsExactly("Mẫu xét nghiệm", "–", "–", "–");
        assertThat(row(t, "Tỷ lệ tiêm ít nhất 1 mũi (từ 18 tuổi)")).as("no 18+ population published before 31/10/2021")
            .containsExactly("Tỷ lệ tiêm ít nhất 1 mũi (từ 18 tuổi)", "–", "–", "–");
    }

    @Test
    void aNewDenominatorIsSaidWithLastWeekBothWays() {
        // 12/01/2022: the province's 18+ population published anew; last week's 101.000 first doses on each
        HandBuiltWeek.Built built = HandBuiltWeek.on("2022-01-17").before(LAP_VO, DOSE1, 100_000).lastWeek(LAP_VO, DOSE1, 1_000)
            .thisWeek(LAP_VO, DOSE1, 2_000).build();
        var change = built.in().week().denominatorChanges().stream()
            .filter(c -> c.lastWeekAsPrinted().containsKey("firstDose18plusPercent")).findFirst().orElseThrow();
        long now = change.now().total();
        long before = change.before().total();
        assertThat(now).isLessThan(before);
        List<String> texts = built.texts(KeyFiguresSection::compose);
        assertThat(startingWith(texts, "Từ ngày 12/01/2022"))
            .isEqualTo("Từ ngày 12/01/2022, mẫu số dân số từ 18 tuổi trở lên là " + VietnameseFormat.number(now) + " người "
                    + "(trước đó " + VietnameseFormat.number(before) + " người); tỷ lệ tuần trước trong bảng được tính lại "
                    + "theo mẫu số mới (" + VietnameseFormat.percent(101_000 * 100.0 / now, 2) + "), báo cáo tuần trước ghi "
                    + VietnameseFormat.percent(101_000 * 100.0 / before, 2) + ".");
        assertThat(row(built.tables(KeyFiguresSection::compose).get(0), "Tỷ lệ tiêm ít nhất 1 mũi (từ 18 tuổi)").get(2))
            .as("the table's last week is like for like")
            .isEqualTo(VietnameseFormat.percent(101_000 * 100.0 / now, 2));
    }

    @Test
    void noDenominatorNoteInAWeekWithoutChange() {
        assertThat(november().build().texts(KeyFiguresSection::compose)).noneMatch(t -> t.contains("mẫu số dân số"));
    }
}
