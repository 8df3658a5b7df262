package vn.covid.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.Database;
import vn.covid.briefing.support.SecondProvince;

/**
 * One inbox, two provinces: a file of An Giang's district read by Đồng Tháp's night is kept for An Giang
 * (reported as not for this scope, never as rejected) and loaded by An Giang's next night; a file of no
 * province is rejected as ever; a file of An Giang's district with a row of Đồng Tháp in it is An Giang's,
 * whole, and that row is rejected when An Giang loads it.
 */
class OtherScopeFilesIntegrationTests {

    private static final String HEADER = "report_date,unit_code,cases_arrival,cases_quarantine,cases_lockdown,cases_community,deaths\n";

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Database.class)
    void aFileOfAnotherScopeIsKeptForItAndLoadedByItsNextNight(Database database) throws IOException {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Briefing.copy(Briefing.SAMPLE_PROFILE.resolve("reference"), temp.resolve("reference-87"));
        SecondProvince.reference(temp.resolve("reference-89"));
        List<String> longXuyen = SecondProvince.communes("883");
        write(inbox, "chau thanh 13-9.csv", "2021-09-13,30244,0,0,0,2,0\n2021-09-13,30247,0,0,0,1,0\n");
        write(inbox, "long xuyen 13-9.csv", "2021-09-13," + longXuyen.get(0) + ",0,0,0,3,0\n2021-09-13," + longXuyen.get(1)
                + ",0,0,0,4,0\n");
        write(inbox, "mostly long xuyen 14-9.csv", "2021-09-14," + longXuyen.get(0) + ",0,0,0,5,0\n2021-09-14,"
                + longXuyen.get(1) + ",0,0,0,6,0\n2021-09-14,30244,0,0,0,7,0\n");
        write(inbox, "nowhere 13-9.csv", "2021-09-13,99998,0,0,0,1,0\n2021-09-13,99999,0,0,0,1,0\n");
        String db = database.freshUrl(temp);
        Briefing dongThap = Briefing.ofScope("87", temp.resolve("reference-87"), inbox, temp.resolve("out"), db);
        Briefing anGiang = Briefing.ofScope("89", temp.resolve("reference-89"), inbox, temp.resolve("out"), db);
        JdbcTemplate jdbc = Database.jdbc(db);

        Briefing.Result night = dongThap.run("ingest");

        assertThat(night.exitCode()).as("the file of no province is rejected: " + night.err()).isEqualTo(3);
        assertThat(night.out()).contains("4 processed now: 1 loaded, 0 partly loaded, 1 rejected, 2 not for this scope",
                "long xuyen 13-9.csv: not for this scope (87): it reports Thành phố Long Xuyên of Tỉnh An Giang (89)",
                "mostly long xuyen 14-9.csv: not for this scope (87)", "nowhere 13-9.csv line 2, column unit_code, "
                        + "value \"99998\": rejected UNKNOWN_UNIT");
        String rejects = Files.readString(runFolder(temp.resolve("out"), 1).resolve("rejects.csv"));
        assertThat(rejects).contains("nowhere 13-9.csv").doesNotContain("long xuyen");
        assertThat(statuses(jdbc)).containsExactly("chau thanh 13-9.csv LOADED 877", "long xuyen 13-9.csv OTHER_SCOPE 883",
                "mostly long xuyen 14-9.csv OTHER_SCOPE 883", "nowhere 13-9.csv REJECTED null");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM daily_fact WHERE district_code = '883'", Integer.class))
            .as("nothing of them is stored until their scope runs").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ingest_issue i JOIN source_file f ON f.id = i.file_id "
                + "WHERE f.status = 'OTHER_SCOPE'", Integer.class)).isZero();
        assertThat(dongThap.run("status").out())
            .contains("Files: 1 loaded, 0 partly loaded, 1 rejected, 0 waiting; 2 not for this scope");
        Briefing.Result allScopes = new Briefing(inbox, temp.resolve("out"), db).with("--all-scopes").run("status");
        assertThat(allScopes.out()).containsPattern("87 +Tỉnh Đồng Tháp +1 +0  2021-09-13  none yet")
            .contains("Files kept for a scope that has not run here yet: 89 Tỉnh An Giang: 2");

        Briefing.Result next = anGiang.run("ingest");

        assertThat(next.exitCode()).as("Đồng Tháp's row in An Giang's file is rejected: " + next.err()).isEqualTo(3);
        assertThat(next.out()).contains("2 file(s) kept for this scope by the runs of other scopes, taken up now",
                "2 processed now: 1 loaded, 1 partly loaded, 0 rejected", "mostly long xuyen 14-9.csv line 4, column "
                        + "unit_code, value \"30244\": rejected UNIT_OTHER_PROVINCE: Thị trấn Cái Tàu Hạ belongs to Tỉnh "
                        + "Đồng Tháp, not to Tỉnh An Giang");
        assertThat(statuses(jdbc)).containsExactly("chau thanh 13-9.csv LOADED 877", "long xuyen 13-9.csv LOADED 883",
                "mostly long xuyen 14-9.csv PARTIAL 883", "nowhere 13-9.csv REJECTED null");
        assertThat(jdbc.queryForList("SELECT unit_code || '=' || cases_community FROM daily_fact WHERE district_code = '883' "
                + "ORDER BY report_date, unit_code", String.class)).containsExactly(longXuyen.get(0) + "=3",
                        longXuyen.get(1) + "=4", longXuyen.get(0) + "=5", longXuyen.get(1) + "=6");
        assertThat(anGiang.run("status").out()).contains("Scope: 89 Tỉnh An Giang",
                "Files: 1 loaded, 1 partly loaded, 1 rejected, 0 waiting\n");
        assertThat(dongThap.run("status").out()).contains("Files: 1 loaded, 0 partly loaded, 1 rejected, 0 waiting\n");

        Briefing.Result again = dongThap.run("ingest");
        assertThat(again.out()).as("nothing of An Giang's is read again by Đồng Tháp's night")
            .contains("4 already ingested; 0 processed now").doesNotContain("read again");
    }

    private static void write(Path inbox, String name, String rows) throws IOException {
        Files.writeString(inbox.resolve(name), HEADER + rows);
    }

    private static List<String> statuses(JdbcTemplate db) {
        return db.queryForList("SELECT file_name || ' ' || status || ' ' || COALESCE(district_code, 'null') FROM source_file",
                String.class).stream().sorted().toList();
    }

    private static Path runFolder(Path output, long execution) throws IOException {
        try (var folders = Files.list(output.resolve("runs"))) {
            return folders.filter(f -> f.getFileName().toString().endsWith("-ingest-" + execution)).findFirst().orElseThrow();
        }
    }
}
