package vn.covid.briefing.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.covid.briefing.briefing.templates.BriefingTexts;
import vn.covid.briefing.briefing.templates.TemplateCheck;
import vn.covid.briefing.briefing.templates.TemplateFiles;
import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.RealData;
import vn.covid.briefing.support.CsvFiles;

/**
 * {@code profile new}: a province's starter profile from the real units and the census, worded by the types
 * of its units (thị xã, quận, thành phố thuộc tỉnh; a centrally-run city is "Thành phố" and its committee
 * "THÀNH ỦY"), with every estimate marked and what the office must fill in listed.
 */
class StarterProfileTests {

    private static final Path REALDATA = RealData.FOLDER;

    @TempDir
    Path temp;

    @BeforeEach
    void realData() {
        RealData.assumePresent();
    }

    @Test
    void aProvinceWithThiXaAndThanhPhoIsWordedByItsUnitsTypes() throws IOException {
        Path folder = StarterProfile.write(REALDATA, "64", temp.resolve("gia-lai")).folder();

        BriefingTexts texts = texts(folder);
        assertThat(texts.nouns()).containsEntry("province", "Tỉnh").containsEntry("party-committee", "Tỉnh ủy")
            .containsEntry("districts", "huyện, thị xã, thành phố").containsEntry("communes", "xã, phường, thị trấn");
        assertThat(texts.text("header.superior")).isEqualTo("TỈNH ỦY GIA LAI");
        assertThat(texts.text("header.issuer")).isEqualTo("BAN CÁN SỰ ĐẢNG UBND TỈNH");
        assertThat(texts.text("header.place")).isEqualTo("Gia Lai");
        assertThat(texts.text("situation.community-places")).contains("huyện, thị xã, thành phố");
        assertThat(texts.list("recipients")).contains("Ủy ban nhân dân các huyện, thị xã, thành phố");
        assertThat(texts.text("signature.name")).as("no signer is invented").isEmpty();
        assertThat(Files.readString(folder.resolve("profile.yml"))).contains("scope: \"64\"");
    }

    @Test
    void aCentrallyRunCityIsThanhPhoAndItsCommitteeTheThanhUy() throws IOException {
        BriefingTexts canTho = texts(StarterProfile.write(REALDATA, "92", temp.resolve("can-tho")).folder());
        assertThat(canTho.nouns()).containsEntry("province", "Thành phố").containsEntry("party-committee", "Thành ủy")
            .containsEntry("districts", "quận, huyện").containsEntry("communes", "phường, xã, thị trấn");
        assertThat(canTho.text("header.superior")).isEqualTo("THÀNH ỦY CẦN THƠ");
        assertThat(canTho.text("header.issuer")).isEqualTo("BAN CÁN SỰ ĐẢNG UBND THÀNH PHỐ");
        assertThat(canTho.text("situation.cases")).contains("toàn Thành phố ghi nhận");
        assertThat(canTho.text("proposals.regimes-intro")).contains("Ban cán sự đảng Ủy ban nhân dân Thành phố đề xuất "
                + "Ban Thường vụ Thành ủy");
        assertThat(canTho.list("recipients")).contains("Ban Thường vụ Thành ủy (b/c)", "Các sở, ban, ngành Thành phố");

        BriefingTexts hcm = texts(StarterProfile.write(REALDATA, "79", temp.resolve("hcm")).folder());
        assertThat(hcm.text("header.superior")).isEqualTo("THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH");
        assertThat(hcm.text("header.place")).isEqualTo("Thành phố Hồ Chí Minh");
        assertThat(hcm.nouns()).containsEntry("districts", "quận, huyện, thành phố");
        assertThat(texts(StarterProfile.write(REALDATA, "01", temp.resolve("ha-noi")).folder()).nouns())
            .containsEntry("districts", "quận, huyện, thị xã");
    }

    @Test
    void theFiguresAreTheCensusPopulationsAndEveryEstimateIsMarked() throws IOException {
        StarterProfile.Made made = StarterProfile.write(REALDATA, "75", temp.resolve("dong-nai"));

        List<CSVRecord> figures = CsvFiles.read(made.folder().resolve("reference/figures.csv"));
        Map<String, Long> population = figures.stream().filter(f -> f.get("figure").equals("population"))
            .collect(Collectors.toMap(f -> f.get("unit_code"), f -> Long.parseLong(f.get("value"))));
        assertThat(population.get("75")).as("the 2019 census total of Đồng Nai").isEqualTo(3_097_107L);
        assertThat(made.units().districts().stream().mapToLong(d -> population.get(d.code())).sum()).isEqualTo(3_097_107L);
        assertThat(population.get("731")).as("Thành phố Biên Hòa, its wards as counted in 2019").isPositive();
        assertThat(made.population().sumsToTheCensus()).isTrue();
        assertThat(made.population().matchedInDistrict()).isGreaterThanOrEqualTo(169);
        assertThat(figures).filteredOn(f -> !f.get("figure").equals("population"))
            .allSatisfy(f -> assertThat(f.get("estimated")).isEqualTo("true")).isNotEmpty();
        assertThat(figures).filteredOn(f -> f.get("unit_code").equals("75") && f.get("figure").equals("population_18plus"))
            .singleElement().satisfies(f -> {
                assertThat(Long.parseLong(f.get("value"))).isEqualTo(Math.round(3_097_107 * 0.764));
                assertThat(f.get("source")).startsWith("estimate: 76.4% of the 2019 census population");
            });
        String checklist = Files.readString(made.folder().resolve("CHECKLIST.md"));
        assertThat(checklist).contains("**Signer**", "`signature.name`", "**Number of the office's last report**",
                "`briefing.week.population18plus`", "**Recipients**", "**Decisions**", "Thành phố Biên Hòa", "3.097.107");
    }

    @Test
    void anExistingProfileIsNeverOverwritten() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("dong-nai"));
        Files.writeString(folder.resolve("texts.yml"), "signature: { name: \"the office's own\" }\n");

        assertThatThrownBy(() -> StarterProfile.write(REALDATA, "75", folder)).hasMessageContaining("already exists");
        assertThat(Files.readString(folder.resolve("texts.yml"))).contains("the office's own");
        assertThatThrownBy(() -> StarterProfile.write(REALDATA, "99", temp.resolve("x")))
            .hasMessageContaining("no province 99");
    }

    /** The starter's texts over the shipped templates/, checked as a run checks them, resolved for a date. */
    private static BriefingTexts texts(Path profile) {
        TemplateFiles files = new TemplateFiles(List.of(Briefing.PROJECT.resolve("templates"), profile),
                profile.resolve("notes"));
        TemplateCheck.check(files);
        return BriefingTexts.resolve(files.texts(), LocalDate.of(2021, 9, 27));
    }
}
