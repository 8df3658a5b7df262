package vn.covid.briefing.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import vn.covid.briefing.briefing.compose.VietnameseFormat;
import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.CsvFiles;
import vn.covid.briefing.support.Database;
import vn.covid.briefing.support.Poppler;
import vn.covid.briefing.support.SampleDatabase;

/**
 * The briefing of the sample as a committee member gets it: the PDF's extracted text says what the
 * 13/9/2021 report said (real provincial figures, every district, the sections I–V, nothing decided
 * after its date), the page
 * is A4 with the HD 36 margins, fonts are embedded, poppler renders every page, and a second render of
 * the same edition is byte-identical. The QĐ 4800 and QĐ 218 periods render too.
 */
class BriefingPdfIntegrationTests {

    private static ConfigurableApplicationContext context;
    private static Briefings briefings;

    @TempDir
    static Path output;

    @BeforeAll
    static void start() {
        Briefing sample = SampleDatabase.of(Database.H2);
        context = SampleDatabase.context(sample, "--briefing.output=" + output);
        briefings = context.getBean(Briefings.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static long realCases(LocalDate last) throws IOException {
        Map<String, Long> cases = CsvFiles.read(Briefing.SAMPLE_REFERENCE.resolve("sample-provenance.csv")).stream()
            .collect(Collectors.toMap(r -> r.get("date"), (CSVRecord r) -> Long.parseLong(r.get("cases"))));
        long sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += cases.get(last.minusDays(i).toString());
        }
        return sum;
    }

    @Test
    void theBriefingOf13September2021ReadsLikeReport45() throws IOException {
        Briefings.Outcome first = briefings.issue(LocalDate.of(2021, 9, 13), false);

        assertThat(first.status()).isEqualTo(Briefings.Outcome.Status.NEW_EDITION);
        assertThat(first.pdf()).isEqualTo(output.resolve("87/2021/2021-09-13_bao-cao-tuan_ban-1.pdf"));
        String text = Poppler.text(first.pdf());
        String flat = text.replaceAll("\\s+", " ");
        assertThat(flat).contains("TỈNH ỦY ĐỒNG THÁP", "BAN CÁN SỰ ĐẢNG UBND TỈNH", "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Số 45-BC/BCSĐ", "Đồng Tháp, ngày 13 tháng 9 năm 2021", "BÁO CÁO",
                "kết quả thực hiện giãn cách xã hội phòng, chống dịch Covid-19 trên địa bàn Tỉnh",
                "(từ ngày 06/9 đến ngày 13/9/2021)", "I- TÌNH HÌNH DỊCH BỆNH", "II- KẾT QUẢ THỰC HIỆN CÁC BIỆN PHÁP",
                "III- ĐÁNH GIÁ CHUNG", "1. Kết quả đạt được", "2. Tồn tại, hạn chế", "IV- NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM",
                "V- ĐỀ XUẤT, KIẾN NGHỊ", "Nơi nhận:", "T/M BAN CÁN SỰ ĐẢNG", "BÍ THƯ", "PHỤ LỤC",
                "(Kèm theo Báo cáo số 45-BC/BCSĐ ngày 13/9/2021 của Ban cán sự đảng Ủy ban nhân dân Tỉnh)");
        // the opening cites the instruction of 04/9/2021 it answers
        assertThat(flat).contains("Thực hiện Thông báo số 719-TB/TU ngày 04/9/2021 của Ban Thường vụ Tỉnh ủy");
        long cases = realCases(LocalDate.of(2021, 9, 13));
        long before = realCases(LocalDate.of(2021, 9, 6));
        assertThat(flat).contains("toàn Tỉnh ghi nhận " + VietnameseFormat.number(cases) + " ca mắc mới, giảm "
                + VietnameseFormat.number(before - cases) + " ca ("
                + VietnameseFormat.percent((before - cases) * 100.0 / before, 1) + ") so với tuần trước");
        assertThat(flat).contains("chưa đáp ứng đầy đủ các tiêu chí kiểm soát được dịch", "lượt hộ",
                "Chưa có số liệu dân số từ 18 tuổi trở lên", "Giao Sở Y tế chủ trì",
                "Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ", "Hình 1.",
                "Nguồn: báo cáo hằng ngày của các huyện, thành phố.");
        // nothing decided after 13/9: the committee set the household target and agreed the CT15/CT16 split on
        // 14/9, after reading this briefing (seed 000), and QĐ 1401 put the split in force from 16/9
        assertThat(flat).doesNotContain("Mục tiêu lấy mẫu xét nghiệm 100%", "Từ ngày 15/9/2021", "Từ ngày 16/9/2021",
                "theo quyết định đã ban hành");
        for (String district : List.of("Thành phố Cao Lãnh", "Thành phố Sa Đéc", "Thành phố Hồng Ngự", "Huyện Tân Hồng",
                "Huyện Hồng Ngự", "Huyện Tam Nông", "Huyện Tháp Mười", "Huyện Cao Lãnh", "Huyện Thanh Bình", "Huyện Lấp Vò",
                "Huyện Lai Vung", "Huyện Châu Thành")) {
            assertThat(flat).as("annex row of " + district).contains(district);
        }
        assertThat(text).as("Vietnamese letters come out composed (NFC), not as base letters and marks")
            .isEqualTo(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC))
            .contains("ỷ", "ờ", "ữ", "ặ", "Đ");

        Poppler.Run fonts = Poppler.run("pdffonts", first.pdf().toString());
        List<String> rows = fonts.out().lines().skip(2).toList();
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r).contains("LiberationSerif");
            assertThat(r).containsPattern("Identity-H\\s+yes\\s+yes\\s+yes");
        });

        Poppler.Run info = Poppler.run("pdfinfo", first.pdf().toString());
        assertThat(info.out()).containsPattern("Page size: +595.28 x 841.8\\d pts \\(A4\\)");
        assertThat(info.out()).contains("Title:           BÁO CÁO Số 45-BC/BCSĐ",
                "Author:", "Subject:", "Keywords:", "CreationDate:    Mon Sep 13 11:00:00 2021 UTC");

        Briefings.Outcome again = briefings.issue(LocalDate.of(2021, 9, 13), true);
        assertThat(again.status()).isEqualTo(Briefings.Outcome.Status.RE_RENDERED);
        assertThat(again.pdf()).isEqualTo(first.pdf());
        assertThat(Files.readAllBytes(again.pdf())).as("the same data, templates and settings give the same bytes")
            .isEqualTo(Files.readAllBytes(first.pdf()));
        assertThat(briefings.issue(LocalDate.of(2021, 9, 13), false).status())
            .isEqualTo(Briefings.Outcome.Status.UP_TO_DATE);
    }

    @Test
    void pagesHaveTheHd36MarginsAndPopplerRendersThemAll(@TempDir Path pngs) {
        Path pdf = briefings.issue(LocalDate.of(2021, 11, 1), false).pdf();
        List<Poppler.Word> words = Poppler.words(pdf);
        assertThat(words).isNotEmpty();
        // page numbers sit in the top margin, from page 2 on; everything else inside 30/15/20/20 mm
        List<Poppler.Word> body = words.stream().filter(w -> !(w.yMin() < 56 && w.text().matches("\\d+"))).toList();
        assertThat(body.stream().mapToDouble(Poppler.Word::xMin).min().orElseThrow()).as("left margin 30 mm")
            .isGreaterThanOrEqualTo(85.0 - 0.5);
        assertThat(body.stream().mapToDouble(Poppler.Word::xMax).max().orElseThrow()).as("right margin 15 mm")
            .isLessThanOrEqualTo(595.28 - 42.5 + 0.5);
        assertThat(body.stream().mapToDouble(Poppler.Word::yMin).min().orElseThrow()).as("top margin 20 mm")
            .isGreaterThanOrEqualTo(56.7 - 0.5);
        assertThat(body.stream().mapToDouble(Poppler.Word::yMax).max().orElseThrow()).as("bottom margin 20 mm")
            .isLessThanOrEqualTo(841.89 - 56.7 + 0.5);
        int recipients = words.stream().filter(w -> w.text().equals("nhận:")).findFirst().orElseThrow().page();
        int signer = words.stream().filter(w -> w.text().equals("Nghĩa")).reduce((a, b) -> b).orElseThrow().page();
        assertThat(signer).as("recipients and signature on one page").isEqualTo(recipients);
        List<Poppler.Word> numbers = words.stream().filter(w -> w.yMin() < 56).toList();
        assertThat(numbers).as("no number on page 1").noneMatch(w -> w.page() == 1);
        assertThat(numbers).extracting(Poppler.Word::text).startsWith("2", "3");

        Poppler.Run render = Poppler.run("pdftoppm", "-r", "20", "-png", pdf.toString(), pngs.resolve("p").toString());
        assertThat(render.exitCode()).isZero();
        assertThat(render.err()).isEmpty();
        long pages = words.stream().mapToInt(Poppler.Word::page).max().orElseThrow();
        assertThat(pngs.toFile().list()).hasSize((int) pages);

        String text = Poppler.text(pdf).replaceAll("\\s+", " ").replace(" /", "/");
        assertThat(text).contains("Số 52-BC/BCSĐ", "Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ và Quyết định số "
                + "4800/QĐ-BYT ngày 12/10/2021 của Bộ Y tế", "Cấp huyện: theo đánh giá", ": 12/12 cấp 2.", "Cấp xã:",
                "chưa được đối chiếu với văn bản gốc");
    }

    @Test
    void qd218LevelsFrom27January2022() {
        Path pdf = briefings.issue(LocalDate.of(2022, 2, 7), false).pdf();
        String text = Poppler.text(pdf).replaceAll("\\s+", " ").replace(" /", "/");
        assertThat(text).contains("Đánh giá cấp độ dịch theo Quyết định số 218/QĐ-BYT ngày 27/01/2022 của Bộ Y tế",
                "Phạm vi toàn Tỉnh:", "đánh giá trên số liệu tuần: cấp 1 (nguy cơ thấp)", "ngày 07 tháng 02 năm 2022");
    }
}
