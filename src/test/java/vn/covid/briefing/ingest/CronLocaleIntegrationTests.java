package vn.covid.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Cron runs jobs without a locale, and then Java cannot decode Vietnamese file names. Such a file is not
 * rejected (it was once: "could not be read any more", for good, known by its checksum): it waits, and
 * goes in with the first run that can read its name.
 */
class CronLocaleIntegrationTests {

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Database.class)
    void aFileWhoseNameCannotBeDecodedNowWaitsAndGoesInLater(Database database) throws Exception {
        Path inbox = Briefing.emptyInbox(temp);
        Files.writeString(inbox.resolve("Báo cáo ngày 13-9 Châu Thành.csv"), HostileInbox.dayReport(13, 4));
        Files.writeString(inbox.resolve("chau-thanh-14-9.csv"), HostileInbox.dayReport(14, 5));
        Briefing briefing = new Briefing(inbox, temp.resolve("out"), database.freshUrl(temp));
        var noLocale = new Briefing.Launch(List.of(), List.of("-Xmx256m"), Map.of("LC_ALL", "C", "LANG", "C"));

        Briefing.Result cron = briefing.runProcess("ingest", temp.resolve("cron.log"), noLocale);

        assertThat(cron.exitCode()).as(cron.out()).isEqualTo(3);
        JdbcTemplate db = Database.jdbc(briefing.dbUrl());
        assertThat(db.queryForList("SELECT file_name || ' ' || status FROM source_file", String.class))
            .containsExactly("chau-thanh-14-9.csv LOADED");
        assertThat(db.queryForList("SELECT kind || ' ' || code FROM inbox_problem", String.class))
            .containsExactly("WAITING FILE_NAME_NOT_DECODABLE");
        assertThat(db.queryForObject("SELECT message FROM inbox_problem", String.class)).contains("LANG=C.UTF-8");

        Briefing.Result utf8 = briefing.runProcess("ingest", temp.resolve("utf8.log"),
                new Briefing.Launch(List.of(), List.of("-Xmx256m"), Map.of("LC_ALL", "C.UTF-8")));

        assertThat(utf8.exitCode()).as(utf8.out()).isZero();
        assertThat(db.queryForList("SELECT file_name || ' ' || status FROM source_file ORDER BY id", String.class))
            .containsExactly("chau-thanh-14-9.csv LOADED", "Báo cáo ngày 13-9 Châu Thành.csv LOADED");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM inbox_problem", Integer.class)).isZero();
    }
}
