package vn.covid.briefing.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.Database;
import vn.covid.briefing.support.Poppler;

/**
 * What an edition is, as the office lives with it: a damaged or emptied PDF is made again as the same
 * edition, byte for byte; a file someone put at an edition's path is moved aside, never overwritten; the
 * office's notes of a week go into the named sections and make a new edition, and so does removing
 * them; a new signer from a date leaves earlier weeks exactly as they were and signs the later ones; a
 * slip in the templates stops the run before anything is issued, naming the file, line and column.
 */
class EditionsIntegrationTests {

    @TempDir
    static Path temp;

    static Path home;
    static Briefing briefing;

    @BeforeAll
    static void sample() throws IOException {
        home = temp.resolve("home");
        Briefing.copy(Briefing.PROJECT.resolve("templates"), home.resolve("templates"));
        Briefing.copy(Briefing.SAMPLE_PROFILE, home.resolve("profiles/dong-thap"));
        Path inbox = temp.resolve("inbox");
        Briefing.copy(Briefing.PROJECT.resolve("input"), inbox);
        briefing = new Briefing(inbox, temp.resolve("out"), Database.H2.freshUrl(temp)).with("--briefing.home=" + home);
        assertThat(briefing.run("ingest").exitCode()).isEqualTo(3);
    }

    static Briefing.Result report(String date, String... more) {
        Briefing b = new Briefing(briefing.input(), briefing.output(), briefing.dbUrl()).with("--briefing.home=" + home)
            .with("--date").with(date);
        for (String m : more) {
            b.with(m);
        }
        return b.run("report");
    }

    static Path pdf(String date, int edition) {
        return briefing.output().resolve("87").resolve(date.substring(0, 4)).resolve(date + "_bao-cao-tuan_ban-" + edition + ".pdf");
    }

    static String text(Path pdf) {
        return Poppler.text(pdf).replaceAll("\\s+", " ");
    }

    static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void aDamagedOrEmptiedPdfIsMadeAgainAsTheSameEdition() throws IOException {
        assertThat(report("2021-08-02").out()).contains("edition 1");
        byte[] original = Files.readAllBytes(pdf("2021-08-02", 1));
        Files.write(pdf("2021-08-02", 1), new byte[0]);
        Briefing.Result emptied = report("2021-08-02");
        assertThat(emptied.out()).contains("edition 1 rendered again").doesNotContain("up to date");
        assertThat(Files.readAllBytes(pdf("2021-08-02", 1))).isEqualTo(original);
        byte[] damaged = original.clone();
        damaged[damaged.length / 2] ^= 0x55;
        Files.write(pdf("2021-08-02", 1), damaged);
        assertThat(report("2021-08-02").out()).contains("edition 1 rendered again");
        assertThat(Files.readAllBytes(pdf("2021-08-02", 1))).isEqualTo(original);
        assertThat(report("2021-08-02").out()).contains("is up to date");
        assertThat(pdf("2021-08-02", 1).resolveSibling("2021-08-02_bao-cao-tuan_ban-1.nguon-so-lieu.json")).exists();
    }

    @Test
    void aFileTheDatabaseDoesNotKnowIsMovedAsideNotOverwritten() throws IOException {
        Files.createDirectories(pdf("2021-08-09", 1).getParent());
        Files.writeString(pdf("2021-08-09", 1), "someone's own copy");
        Briefing.Result r = report("2021-08-09");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).contains("2021-08-09_bao-cao-tuan_ban-1.unknown-1.pdf");
        assertThat(pdf("2021-08-09", 1).resolveSibling("2021-08-09_bao-cao-tuan_ban-1.unknown-1.pdf"))
            .hasContent("someone's own copy");
        assertThat(text(pdf("2021-08-09", 1))).contains("BÁO CÁO");
    }

    @Test
    void theOfficesNotesGoIntoTheirSectionsAsANewEditionAndRemovingThemIsTheNext() throws IOException {
        assertThat(report("2021-09-13").out()).contains("edition 1");
        assertThat(text(pdf("2021-09-13", 1))).doesNotContain("3. Nguyên nhân");
        Path notes = home.resolve("profiles/dong-thap/notes/2021-09-13.md");
        Files.createDirectories(notes.getParent());
        Files.writeString(notes, """
                # Kết quả thực hiện
                ## An sinh xã hội
                Đã hỗ trợ 12.000 túi an sinh cho hộ khó khăn tại các khu phong tỏa.

                # Đánh giá chung
                ## Nguyên nhân
                (1) Lây nhiễm chéo trong một số khu cách ly tập trung.

                # Nhiệm vụ
                - Giao Sở Lao động - Thương binh và Xã hội rà soát danh sách hộ khó khăn trước ngày 17/9/2021.
                """, StandardCharsets.UTF_8);
        Briefing.Result withNotes = report("2021-09-13");
        assertThat(withNotes.out()).as(withNotes.err()).contains("edition 2");
        String second = text(pdf("2021-09-13", 2));
        assertThat(second).contains("5. An sinh xã hội Đã hỗ trợ 12.000 túi an sinh", "3. Nguyên nhân (1) Lây nhiễm chéo",
                "Giao Sở Lao động - Thương binh và Xã hội rà soát", "bổ sung, điều chỉnh nội dung của Văn phòng");
        assertThat(report("2021-09-13").out()).contains("is up to date");
        Files.delete(notes);
        assertThat(report("2021-09-13").out()).contains("edition 3");
        assertThat(text(pdf("2021-09-13", 3))).doesNotContain("An sinh xã hội", "Nguyên nhân");
    }

    @Test
    void aNewSignerFromADateLeavesEarlierWeeksAsTheyWereAndSignsTheLaterOnes() throws IOException {
        assertThat(report("2021-09-20").out()).contains("edition 1");
        byte[] before = Files.readAllBytes(pdf("2021-09-20", 1));
        Path texts = home.resolve("profiles/dong-thap/texts.yml");
        String original = Files.readString(texts);
        try {
            Files.writeString(texts, original + """
                      "2021-09-27":
                        signature:
                          name: "Nguyễn Văn Thử"
                    """, StandardCharsets.UTF_8);
            assertThat(report("2021-09-20").out()).contains("is up to date");
            assertThat(Files.readAllBytes(pdf("2021-09-20", 1))).isEqualTo(before);
            assertThat(report("2021-09-27").out()).contains("edition 1");
            assertThat(text(pdf("2021-09-27", 1))).contains("Nguyễn Văn Thử").doesNotContain("Phạm Thiện Nghĩa");
            assertThat(text(pdf("2021-09-20", 1))).contains("Phạm Thiện Nghĩa");
            // an undated edit never re-issues a week by itself; asked for, it makes the next edition
            edit(texts, "name: \"Phạm Thiện Nghĩa\"", "name: \"Trần Thị Mẫu\"");
            assertThat(report("2021-09-20").out()).contains("is up to date");
            assertThat(report("2021-09-20", "--reissue-wording").out()).contains("edition 2");
            assertThat(text(pdf("2021-09-20", 2))).contains("Trần Thị Mẫu", "điều chỉnh thể thức, câu chữ của văn bản");
        }
        finally {
            Files.writeString(texts, original, StandardCharsets.UTF_8);
        }
    }

    @Nested
    class ASlipInTheTemplatesStopsTheRunBeforeAnythingIsIssued {

        Briefing.Result withTexts(String file, String from, String to) throws IOException {
            Path texts = home.resolve(file);
            String original = Files.readString(texts);
            try {
                edit(texts, from, to);
                return report("2021-10-04");
            }
            finally {
                Files.writeString(texts, original, StandardCharsets.UTF_8);
            }
        }

        @Test
        void aMistypedPlaceholder() throws IOException {
            Briefing.Result r = withTexts("templates/texts.yml", "ghi nhận {cases} mắc mới", "ghi nhận {casess} mắc mới");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).containsPattern("templates/texts.yml line \\d+, column \\d+: 'situation.cases' uses \\{casess\\}");
            assertThat(pdf("2021-10-04", 1)).doesNotExist();
        }

        @Test
        void aRecipientWithAColon() throws IOException {
            Briefing.Result r = withTexts("profiles/dong-thap/texts.yml", "- \"Các sở, ban, ngành Tỉnh\"",
                    "- Sở Y tế: để thực hiện");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).as("the profile's file is named").containsPattern("profiles/dong-thap/texts.yml line \\d+, column \\d+: item 4 of 'recipients' is not a plain line")
                .contains("'Sở Y tế' and 'để thực hiện'", "quotes");
            assertThat(pdf("2021-10-04", 1)).doesNotExist();
        }

        @Test
        void aMistypedWordOfTheProvince() throws IOException {
            Briefing.Result r = withTexts("templates/texts.yml", "toàn {{province}} ghi nhận", "toàn {{provinse}} ghi nhận");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).containsPattern("templates/texts.yml line \\d+, column \\d+: 'situation.cases' uses "
                    + "\\{\\{provinse\\}\\}, which is not one of the words under 'nouns:'");
            assertThat(pdf("2021-10-04", 1)).doesNotExist();
        }

        @Test
        void aHtmlSlipInTheProfilesOwnLayoutNamesItsFile() throws IOException {
            Path html = home.resolve("profiles/dong-thap/briefing.html");
            Files.writeString(html, Files.readString(home.resolve("templates/briefing.html")).replaceFirst("</body>", "</bod>"));
            try {
                Briefing.Result r = report("2021-10-04");
                assertThat(r.exitCode()).isEqualTo(1);
                assertThat(r.err()).containsPattern("profiles/dong-thap/briefing.html line \\d+, column \\d+: not well-formed");
                assertThat(pdf("2021-10-04", 1)).doesNotExist();
            }
            finally {
                Files.delete(html);
            }
        }

        @Test
        void anIndentationError() throws IOException {
            Briefing.Result r = withTexts("profiles/dong-thap/texts.yml", "  superior: \"TỈNH ỦY ĐỒNG THÁP\"",
                    "   superior: \"TỈNH ỦY ĐỒNG THÁP\"");
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.err()).containsPattern("profiles/dong-thap/texts.yml line \\d+, column \\d+: not valid YAML");
            assertThat(pdf("2021-10-04", 1)).doesNotExist();
        }
    }

    @Test
    void aChangedThresholdOrReferenceFigureIssuesTheNextEditionNamingTheChange() throws IOException {
        assertThat(report("2022-01-31").out()).contains("edition 1");
        Briefing.Result threshold = report("2022-01-31", "--briefing.assessment.qd218.deaths-per100k-week-max=5");
        assertThat(threshold.out()).as(threshold.err()).contains("edition 2");
        assertThat(text(pdf("2022-01-31", 2))).contains("do điều chỉnh ngưỡng, tiêu chí đánh giá hoặc số liệu tham chiếu")
            .doesNotContain("số liệu được các huyện, thành phố gửi bổ sung")
            .contains("So với bản thứ 1, các thông số đánh giá và số liệu tham chiếu đã thay đổi: ngưỡng tử vong/100.000 "
                    + "dân/tuần (QĐ 218): từ 6 thành 5.");
        assertThat(Files.readString(pdf("2022-01-31", 2).resolveSibling("2022-01-31_bao-cao-tuan_ban-2.nguon-so-lieu.json")))
            .contains("\"briefing.assessment.qd218.deaths-per100k-week-max\"");
        assertThat(report("2022-01-31", "--briefing.assessment.qd218.deaths-per100k-week-max=5").out())
            .contains("is up to date");

        // a reference value: the population of huyện Lấp Vò in the profile's figures.csv
        Path figures = home.resolve("profiles/dong-thap/reference/figures.csv");
        edit(figures, "876,population,164240", "876,population,165000");
        briefing.run("ingest"); // reference files are read by the ingest (the nightly's first step)
        Briefing.Result reference = report("2022-01-31", "--briefing.assessment.qd218.deaths-per100k-week-max=5");
        assertThat(reference.out()).as(reference.err()).contains("edition 3");
        assertThat(text(pdf("2022-01-31", 3))).contains("So với bản thứ 2, các thông số đánh giá và số liệu tham chiếu đã "
                + "thay đổi: dân số của huyện Lai Vung: từ 164.240 thành 165.000.")
            .doesNotContain("số liệu được các huyện, thành phố gửi bổ sung");
        edit(figures, "876,population,165000", "876,population,164240");
        briefing.run("ingest");
    }
}
