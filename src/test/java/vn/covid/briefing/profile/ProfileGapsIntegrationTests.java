package vn.covid.briefing.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.covid.briefing.sample.ProvinceSeries;
import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.RealData;
import vn.covid.briefing.support.Database;
import vn.covid.briefing.support.Poppler;

/**
 * What a province's profile lacks is said in one line on the run's output, never filled in from another
 * province: no 18+ population anywhere (coverage not computed), a boundaries file of another province left in
 * place or one missing a district (refused by name: no map), while one of exactly its districts is drawn (a week
 * of the levels framework: under the control one a map shows only where a distancing decision stands).
 */
class ProfileGapsIntegrationTests {

    private static final Path REALDATA = RealData.FOLDER;
    private static final LocalDate DATE = LocalDate.of(2021, 10, 25);
    private static final List<String> DISTRICTS = List.of("731", "732", "734", "735", "736", "737", "738", "739", "740",
            "741", "742");
    private static final String MAP_TITLE = "Cấp độ dịch theo huyện, thành phố, ngày";

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Database.class)
    void aMissingDenominatorAndAForeignBoundaryFileEachGiveOneLine(Database database) throws IOException {
        RealData.assumePresent();
        Path profile = temp.resolve("dong-nai");
        Briefing.copy(Briefing.PROJECT.resolve("profiles/dong-nai"), profile);
        Path figures = profile.resolve("reference/figures.csv");
        Files.write(figures, Files.readAllLines(figures).stream().filter(l -> !l.contains(",population_18plus,")).toList());
        Path boundaries = profile.resolve("reference/districts.geojson");
        Files.copy(Briefing.SAMPLE_REFERENCE.resolve("districts.geojson"), boundaries);
        new ProvinceSeries(REALDATA).write("75", DATE.minusDays(6), DATE, temp.resolve("input/reports"), false);
        String db = database.freshUrl(temp);
        Briefing briefing = new Briefing(temp.resolve("input"), temp.resolve("output"), db)
            .with("--briefing.profile=" + profile);
        Briefing again = new Briefing(temp.resolve("input"), temp.resolve("output"), db)
            .with("--briefing.profile=" + profile).with("--date=" + DATE).with("--force");

        Briefing.Result run = briefing.run("nightly");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out().lines().filter(l -> l.contains("18+")).toList()).singleElement().isEqualTo("Profile " + profile
                + ": no 18+ population (briefing.week.population18plus in " + profile.resolve("profile.yml")
                + ", or population_18plus of 75 in " + figures + "): vaccination coverage is not computed");
        assertThat(run.out().lines().filter(l -> l.contains("districts.geojson")).toList()).singleElement()
            .isEqualTo("Profile " + profile + ": the district boundaries " + boundaries + " are refused: its district_code "
                    + "866, 867, 868, 869, 870 and 7 more is not a district of this scope; the briefing has no map");
        Path pdf = temp.resolve("output/75/2021/" + DATE + "_bao-cao-tuan_ban-1.pdf");
        assertThat(Poppler.text(pdf)).doesNotContain(MAP_TITLE, "Cao Lãnh", "Sa Đéc");

        // boundaries of exactly its districts are drawn; one district short, they are refused by name again
        Files.writeString(boundaries, squares(DISTRICTS));
        Briefing.Result drawn = again.run("report");
        assertThat(drawn.out()).doesNotContain("districts.geojson");
        assertThat(Poppler.text(pdf).replaceAll("\\s+", " ")).contains(MAP_TITLE);

        Files.writeString(boundaries, squares(DISTRICTS.subList(0, 10)));
        Briefing.Result shortOne = again.run("report");
        assertThat(shortOne.out()).contains("Profile " + profile + ": the district boundaries " + boundaries
                + " are refused: it draws no district 742 of this scope; the briefing has no map");
    }

    /** A square per district, side by side: boundaries of exactly these districts. */
    private static String squares(List<String> codes) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + java.util.stream.IntStream.range(0, codes.size())
            .mapToObj(i -> "{\"type\":\"Feature\",\"properties\":{\"level\":\"district\",\"district_code\":\""
                    + codes.get(i) + "\",\"district_name\":\"D" + i + "\"},\"geometry\":{\"type\":\"Polygon\","
                    + "\"coordinates\":[[[" + (107 + i * 0.1) + ",11],[" + (107.09 + i * 0.1) + ",11],[" + (107.09 + i * 0.1)
                    + ",11.09],[" + (107 + i * 0.1) + ",11.09],[" + (107 + i * 0.1) + ",11]]]}}")
            .collect(Collectors.joining(",")) + "]}";
    }
}
