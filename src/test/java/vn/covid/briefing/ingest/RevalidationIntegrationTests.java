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

/**
 * A file rejected for a reason that rests on the reference data (an unknown unit, a count above the
 * population) is validated again when the reference data of the scope that validated it changes: what is
 * now right goes in, what is the same stays exactly as it was (no history, no new revision), and a file
 * that a later file corrected never replaces the correction. Another scope's run does not validate it again.
 */
class RevalidationIntegrationTests {

    private static final String HEADER = "report_date,unit_code,cases_arrival,cases_quarantine,cases_lockdown,cases_community,deaths\n";

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Database.class)
    void filesRejectedForTheReferenceDataAreValidatedAgainWhenItChanges(Database database) throws IOException {
        Path inbox = Briefing.emptyInbox(temp);
        Path profile = Briefing.sampleProfileCopy(temp);
        write(inbox, "a new commune 13-9.csv", "2021-09-13,30244,0,0,0,2,0\n2021-09-13,39999,0,0,0,3,0\n");
        write(inbox, "more than the population 17-9.csv", "2021-09-17,30247,0,0,0,20000,0\n2021-09-17,30250,0,0,0,1,0\n");
        write(inbox, "only the new commune 15-9.csv", "2021-09-15,39999,0,0,0,4,0\n");
        write(inbox, "another province's row 16-9.csv", "2021-09-16,30244,0,0,0,1,0\n2021-09-16,00001,0,0,0,1,0\n");
        write(inbox, "corrected later 14-9.csv", "2021-09-14,30244,0,0,0,7,0\n2021-09-14,39999,0,0,0,7,0\n");
        write(inbox, "the correction 14-9.csv", "2021-09-14,30244,0,0,0,8,0\n");
        write(inbox, "gone before the change 18-9.csv", "2021-09-18,30244,0,0,0,1,0\n2021-09-18,39999,0,0,0,1,0\n");
        Briefing briefing = new Briefing(inbox, temp.resolve("out"), database.freshUrl(temp))
            .with("--briefing.profile=" + profile);
        assertThat(briefing.run("ingest").exitCode()).isEqualTo(3);
        JdbcTemplate db = Database.jdbc(briefing.dbUrl());
        assertThat(statuses(db)).containsExactly("a new commune 13-9.csv PARTIAL", "another province's row 16-9.csv PARTIAL",
                "corrected later 14-9.csv PARTIAL",
                "gone before the change 18-9.csv PARTIAL", "more than the population 17-9.csv PARTIAL",
                "only the new commune 15-9.csv REJECTED", "the correction 14-9.csv LOADED");
        int issuesOfTheOtherProvince = issues(db, "another province's row 16-9.csv").size();

        // the office adds the new commune and corrects a population figure; one file has left the inbox meanwhile
        Files.delete(inbox.resolve("gone before the change 18-9.csv"));
        // (a whole list: a profile's units.csv stands instead of the national one)
        Path units = profile.resolve("reference/units.csv");
        Files.writeString(units, Files.readString(Briefing.PROJECT.resolve("src/main/resources/reference/units.csv"))
                + "39999,Xã Mới,COMMUNE,877\n");
        Path figures = profile.resolve("reference/figures.csv");
        Files.writeString(figures, Files.readString(figures).replace("30247,population,10039,", "30247,population,30000,"));
        Briefing.Result again = briefing.run("ingest");

        assertThat(again.exitCode()).as(again.out()).isEqualTo(3); // the other province's row is still rejected
        assertThat(again.out()).contains("6 file(s) read again to be validated anew");
        assertThat(statuses(db)).containsExactly("a new commune 13-9.csv LOADED", "another province's row 16-9.csv PARTIAL",
                "corrected later 14-9.csv LOADED", "gone before the change 18-9.csv PARTIAL",
                "more than the population 17-9.csv LOADED",
                "only the new commune 15-9.csv LOADED", "the correction 14-9.csv LOADED");
        assertThat(facts(db, "2021-09-13")).containsExactly("30244=2", "39999=3");
        assertThat(facts(db, "2021-09-17")).containsExactly("30247=20000", "30250=1");
        assertThat(facts(db, "2021-09-15")).containsExactly("39999=4");
        assertThat(facts(db, "2021-09-14")).as("the correction stands").containsExactly("30244=8");
        assertThat(db.queryForObject("SELECT f.file_name FROM district_day d JOIN source_file f ON f.id = d.file_id "
                + "WHERE d.report_date = DATE '2021-09-14'", String.class)).isEqualTo("the correction 14-9.csv");
        // rows that stayed the same were not replaced: no history of them, and a day that did not change keeps its revision
        assertThat(db.queryForObject("SELECT COUNT(*) FROM daily_fact_history WHERE report_date <> DATE '2021-09-14'",
                Integer.class)).isZero();
        assertThat(db.queryForObject("SELECT revision FROM district_day WHERE report_date = DATE '2021-09-16'", Integer.class))
            .isEqualTo(1);
        assertThat(issues(db, "another province's row 16-9.csv")).as("replaced, not added to").hasSize(issuesOfTheOtherProvince);
        assertThat(issues(db, "a new commune 13-9.csv")).isEmpty();
        // a file that cannot be read now keeps its earlier outcome, and waits
        assertThat(issues(db, "gone before the change 18-9.csv")).containsExactly("UNKNOWN_UNIT");
        assertThat(facts(db, "2021-09-18")).containsExactly("30244=1");
        assertThat(db.queryForMap("SELECT kind, code, message FROM inbox_problem WHERE path = 'gone before the change 18-9.csv'"))
            .containsEntry("kind", "WAITING").containsEntry("code", "FILE_VANISHED")
            .hasEntrySatisfying("message", m -> assertThat((String) m).contains("its earlier outcome stands"));

        Briefing.Result third = briefing.run("ingest");
        assertThat(third.out()).as("nothing changed: only the file that could not be read is tried again")
            .contains("0 processed now", "1 file(s) read again to be validated anew", "FILE_VANISHED");
        assertThat(statuses(db)).contains("gone before the change 18-9.csv PARTIAL");

        // which rows a file holds does not rest on the scope: the whole country reads nothing of Đồng Tháp's again
        // (two scopes taking turns must not validate each other's files back and forth)
        Path country = temp.resolve("country");
        Briefing.copy(profile.resolve("reference"), country.resolve("reference"));
        Files.writeString(country.resolve("profile.yml"), "briefing:\n  scope: VN\n");
        Briefing.Result national = new Briefing(inbox, temp.resolve("out"), briefing.dbUrl())
            .with("--briefing.profile=" + country).run("ingest");
        assertThat(national.out()).as(national.err()).doesNotContain("read again to be validated anew");
        assertThat(issues(db, "another province's row 16-9.csv")).contains("UNIT_OTHER_PROVINCE");
        assertThat(statuses(db)).contains("another province's row 16-9.csv PARTIAL");
        assertThat(facts(db, "2021-09-16")).containsExactly("30244=1");
        assertThat(db.queryForObject("SELECT revision FROM district_day WHERE report_date = DATE '2021-09-16'", Integer.class))
            .isEqualTo(1);
    }

    private static void write(Path inbox, String name, String rows) throws IOException {
        Files.writeString(inbox.resolve(name), HEADER + rows);
    }

    private static List<String> statuses(JdbcTemplate db) {
        return db.queryForList("SELECT file_name || ' ' || status FROM source_file", String.class).stream().sorted().toList();
    }

    private static List<String> facts(JdbcTemplate db, String day) {
        return db.queryForList("SELECT unit_code || '=' || cases_community FROM daily_fact WHERE report_date = DATE '" + day
                + "' ORDER BY unit_code", String.class);
    }

    private static List<String> issues(JdbcTemplate db, String file) {
        return db.queryForList("SELECT i.code FROM ingest_issue i JOIN source_file f ON f.id = i.file_id WHERE f.file_name = ? "
                + "ORDER BY i.code", String.class, file);
    }
}
