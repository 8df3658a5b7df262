package vn.covid.briefing.briefing.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.covid.briefing.briefing.compose.HandBuiltWeek.TT_LAP_VO;
import static vn.covid.briefing.metric.Metric.CASES_COMMUNITY;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.covid.briefing.briefing.compose.BriefingPage.Block;
import vn.covid.briefing.briefing.compose.BriefingPage.Closing;
import vn.covid.briefing.briefing.compose.BriefingPage.Heading;
import vn.covid.briefing.briefing.compose.BriefingPage.Paragraph;
import vn.covid.briefing.briefing.compose.BriefingPage.Signature;

/** The recipients and the signature, which never stand alone on a page: the body's last paragraph goes with them. */
class ClosingSectionTests {

    /** 13/9/2021: 5 community cases in Lấp Vò, so one proposal (a fresh week each: its words remember what was cited). */
    private static HandBuiltWeek.Built week() {
        return HandBuiltWeek.on("2021-09-13").thisWeek(TT_LAP_VO, CASES_COMMUNITY, 5).build();
    }

    @Test
    void theLastParagraphMovesIntoTheClosingAndTheBodyKeepsTheRest() {
        HandBuiltWeek.Built week = week();
        List<Block> body = new ArrayList<>(week.blocks(TasksSection::compose));
        body.addAll(week.blocks(ProposalsSection::compose));
        List<Block> whole = List.copyOf(body);
        Closing closing = ClosingSection.compose(body, week.words());
        assertThat(closing.keptWith()).containsExactly(whole.get(whole.size() - 1));
        assertThat(body).containsExactlyElementsOf(whole.subList(0, whole.size() - 1));
    }

    @Test
    void aHeadingIsNeverLeftBehindItsOneParagraph() {
        List<Block> body = new ArrayList<>(List.of(Paragraph.of("Đoạn trước."), new Heading(1, "V- ĐỀ XUẤT, KIẾN NGHỊ"),
                Paragraph.of("Không có đề xuất, kiến nghị mới trong tuần.")));
        Closing closing = ClosingSection.compose(body, week().words());
        assertThat(closing.keptWith()).containsExactly(new Heading(1, "V- ĐỀ XUẤT, KIẾN NGHỊ"),
                Paragraph.of("Không có đề xuất, kiến nghị mới trong tuần."));
        assertThat(body).containsExactly(Paragraph.of("Đoạn trước."));
    }

    @Test
    void theRecipientsOneALineTheLastClosedAndTheSignerOfTheProfile() {
        Closing closing = ClosingSection.compose(new ArrayList<>(), week().words());
        assertThat(closing.keptWith()).isEmpty();
        assertThat(closing.recipientsTitle()).isEqualTo("Nơi nhận:");
        assertThat(closing.recipients()).first().isEqualTo("- Ban Thường vụ Tỉnh ủy (b/c),");
        assertThat(closing.recipients()).last().isEqualTo("- Lưu Văn phòng Ban cán sự đảng.");
        assertThat(closing.recipients()).allMatch(r -> r.startsWith("- "))
            .filteredOn(r -> r.endsWith(".")).hasSize(1);
        assertThat(closing.signature()).isEqualTo(new Signature("T/M BAN CÁN SỰ ĐẢNG", "BÍ THƯ", "Phạm Thiện Nghĩa"));
    }

    @Test
    void inTheWholeBriefingTheLastProposalStandsWithTheSignatureAndItsHeadingStaysWithTheIntro() {
        HandBuiltWeek.Built week = week();
        BriefingPage page = BriefingComposer.compose(week.in(), week.words());
        assertThat(page.closing().keptWith()).singleElement().asString().contains("- Thực hiện giãn cách xã hội", "huyện Lấp Vò");
        assertThat(page.body()).doesNotContainAnyElementsOf(page.closing().keptWith()).last().asString()
            .contains("Trên cơ sở số liệu trong tuần");
    }
}
