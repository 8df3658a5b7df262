package vn.covid.briefing.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.Database;
import vn.covid.briefing.support.SecondProvince;

/**
 * Each scope's reference data is its own: loading one scope's never changes another's figures, its reference
 * version (so its data revisions and editions stay as they were), or its own list of units; a province's own
 * list of units is what every scope sees of that province, the whole country included, and a change of it is
 * a change of the country's reference data too. An own list that changes a unit outside its scope is refused.
 */
class ReferenceByScopeIntegrationTests {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Database.class)
    void oneScopesReferenceDataNeverChangesAnothers(Database database) throws IOException {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Path dongThapReference = temp.resolve("reference-87");
        Briefing.copy(Briefing.SAMPLE_PROFILE.resolve("reference"), dongThapReference);
        Path anGiangReference = SecondProvince.reference(temp.resolve("reference-89"));
        Path countryReference = Files.createDirectories(temp.resolve("reference-VN"));
        Files.writeString(countryReference.resolve("figures.csv"),
                "unit_code,figure,value,year,source,estimated\nVN,population,96208984,2019,GSO census 2019,false\n");
        String db = database.freshUrl(temp);
        Briefing dongThap = Briefing.ofScope("87", dongThapReference, inbox, temp.resolve("out"), db);
        Briefing anGiang = Briefing.ofScope("89", anGiangReference, inbox, temp.resolve("out"), db);
        Briefing country = Briefing.ofScope("VN", countryReference, inbox, temp.resolve("out"), db);
        JdbcTemplate jdbc = Database.jdbc(db);

        assertThat(dongThap.run("ingest").exitCode()).isZero();
        assertThat(anGiang.run("ingest").exitCode()).isZero();
        assertThat(districtsOf(jdbc, "89")).as("An Giang's own list").containsExactly("883 89", "884 89");
        assertThat(districtsOf(jdbc, "87")).hasSize(12).allSatisfy(d -> assertThat(d).endsWith(" national"));
        Map<String, Object> anGiangVersion = version(jdbc, "89");
        int anGiangFigures = figures(jdbc, "89");
        String dongThapChecksum = (String) version(jdbc, "87").get("checksum");

        // Đồng Tháp corrects a population: its reference data is loaded again, An Giang's stays exactly as it was
        Path figures = dongThapReference.resolve("figures.csv");
        Files.writeString(figures, Files.readString(figures).replace("30247,population,10039,", "30247,population,10040,"));
        assertThat(dongThap.run("ingest").exitCode()).isZero();
        assertThat(version(jdbc, "87").get("checksum")).isNotEqualTo(dongThapChecksum);
        assertThat(version(jdbc, "89")).isEqualTo(anGiangVersion);
        assertThat(figures(jdbc, "89")).isEqualTo(anGiangFigures);
        assertThat(districtsOf(jdbc, "89")).as("kept by Đồng Tháp's load").containsExactly("883 89", "884 89");
        assertThat(jdbc.queryForObject("SELECT amount FROM unit_figure WHERE scope = '87' AND unit_code = '30247' "
                + "AND figure = 'population'", Long.class)).isEqualTo(10040);

        // the whole country sees An Giang as its own list has it
        Briefing.Result national = country.run("ingest");
        assertThat(national.exitCode()).as(national.err()).isZero();
        assertThat(districtsOf(jdbc, "89")).containsExactly("883 89", "884 89");
        String countryChecksum = (String) version(jdbc, "VN").get("checksum");
        dongThapChecksum = (String) version(jdbc, "87").get("checksum");

        // An Giang drops a commune from its list: the country's reference data changed with it, Đồng Tháp's did not
        String dropped = SecondProvince.communes("884").getLast();
        Path units = anGiangReference.resolve("units.csv");
        for (Path file : List.of(units, anGiangReference.resolve("figures.csv"))) {
            Files.writeString(file, String.join("\n", Files.readAllLines(file).stream()
                .filter(l -> !l.startsWith(dropped + ",")).toList()) + "\n");
        }
        Briefing.Result dropping = anGiang.run("ingest");
        assertThat(dropping.exitCode()).as(dropping.err()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit WHERE code = ?", Integer.class, dropped)).isZero();
        assertThat(dongThap.run("ingest").out()).doesNotContain("read again");
        assertThat(version(jdbc, "87").get("checksum")).isEqualTo(dongThapChecksum);
        assertThat(country.run("ingest").exitCode()).isZero();
        assertThat(version(jdbc, "VN").get("checksum")).isNotEqualTo(countryChecksum);

        // an own list may not change what lies outside its scope
        Files.writeString(units, Files.readString(units) + "30244,Thị trấn Khác,COMMUNE,877\n");
        Briefing.Result refused = anGiang.run("ingest");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("units.csv line " + (Files.readAllLines(units).size()) + ", column code, "
                + "value '30244': not a unit under 89, and not as the national list (reference/units.csv) has it");
        assertThat(jdbc.queryForObject("SELECT name FROM unit WHERE code = '30244'", String.class))
            .isEqualTo("Thị trấn Cái Tàu Hạ");
    }

    /** The districts under a province as "code listed_by" ("national" for the national list). */
    private static List<String> districtsOf(JdbcTemplate jdbc, String province) {
        return jdbc.queryForList("SELECT code || ' ' || COALESCE(listed_by, 'national') FROM unit WHERE parent_code = ? "
                + "AND level = 'DISTRICT' ORDER BY code", String.class, province);
    }

    private static Map<String, Object> version(JdbcTemplate jdbc, String scope) {
        return jdbc.queryForMap("SELECT checksum, units_checksum, loaded_at, unit_count, figure_count FROM reference_version "
                + "WHERE scope = ?", scope);
    }

    private static int figures(JdbcTemplate jdbc, String scope) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM unit_figure WHERE scope = ?", Integer.class, scope);
    }
}
