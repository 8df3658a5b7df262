package vn.covid.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.briefing.EditionSources;
import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.Database;

/**
 * A later file for the same district and day is a correction: its rows become the current values, the
 * replaced ones are kept with the file they came from; the same content again, under any name, is a no-op;
 * input files are never touched.
 */
class CorrectionIntegrationTests {

    private static final String HEADER = "report_date,unit_code,cases_arrival,cases_quarantine,cases_lockdown,cases_community,deaths\n";

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Database.class)
    void aLaterFileForTheSameDayReplacesTheValuesAndKeepsTheOldOnesAsHistory(Database database) throws IOException {
        Path inbox = Briefing.emptyInbox(temp);
        Path first = inbox.resolve("Châu Thành 13-9.csv");
        Files.writeString(first, HEADER + "2021-09-13,30244,0,0,0,2,0\n2021-09-13,30247,0,0,0,1,0\n");
        Briefing briefing = new Briefing(inbox, temp.resolve("out"), database.freshUrl(temp));
        assertThat(briefing.run("ingest").exitCode()).isZero();

        Path correction = inbox.resolve("Châu Thành 13-9 (sửa).csv");
        Files.writeString(correction, HEADER
                + "2021-09-13,30244,0,0,0,5,0\n2021-09-13,30247,0,0,0,1,0\n2021-09-13,30250,0,0,0,2,1\n");
        Briefing.Result corrected = briefing.run("ingest");

        assertThat(corrected.exitCode()).isZero();
        assertThat(corrected.out()).contains("3 accepted (3 of them corrections of earlier reports)");
        JdbcTemplate db = Database.jdbc(briefing.dbUrl());
        assertThat(db.queryForList("SELECT cases_community FROM daily_fact WHERE report_date = DATE '2021-09-13' "
                + "ORDER BY unit_code", Long.class)).containsExactly(5L, 1L, 2L);
        long firstId = fileId(db, "Châu Thành 13-9.csv");
        long correctionId = fileId(db, "Châu Thành 13-9 (sửa).csv");
        List<Map<String, Object>> history = db.queryForList("SELECT unit_code, cases_community, file_id, replaced_by_file_id, "
                + "replaced_at FROM daily_fact_history ORDER BY unit_code");
        assertThat(history).hasSize(2);
        assertThat(history.get(0)).containsEntry("cases_community", 2L).containsEntry("file_id", firstId)
            .containsEntry("replaced_by_file_id", correctionId);
        assertThat(history.get(0).get("replaced_at")).isNotNull();
        assertThat(db.queryForObject("SELECT revision FROM district_day WHERE district_code = '877'", Integer.class))
            .isEqualTo(2);
        // what a re-run of the week says moved: unit, day, old → new, which file
        LocalDate day = LocalDate.of(2021, 9, 13);
        assertThat(new EditionSources(db).changesSince(List.of("877"), day, day, Instant.EPOCH))
            .extracting(c -> c.unitCode() + " " + c.metric().key() + " " + c.before() + " → " + c.after() + " "
                    + c.fileName())
            .containsExactly("30244 cases_community 2 → 5 Châu Thành 13-9 (sửa).csv",
                    "30250 cases_arrival null → 0 Châu Thành 13-9 (sửa).csv",
                    "30250 cases_quarantine null → 0 Châu Thành 13-9 (sửa).csv",
                    "30250 cases_lockdown null → 0 Châu Thành 13-9 (sửa).csv",
                    "30250 cases_community null → 2 Châu Thành 13-9 (sửa).csv",
                    "30250 deaths null → 1 Châu Thành 13-9 (sửa).csv");
        assertThat(new EditionSources(db).changesSince(List.of("877"), day, day, Instant.now())).isEmpty();

        Files.copy(first, inbox.resolve("copy of the first report.csv"));
        Briefing.Result again = briefing.run("ingest");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("3 in the inbox, 3 already ingested; 0 processed now");
        assertThat(db.queryForList("SELECT cases_community FROM daily_fact WHERE unit_code = '30244'", Long.class))
            .containsExactly(5L);
        assertThat(Files.readString(first)).startsWith(HEADER).contains(",2,0");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aSpikeAgainstTheUnitsRecentHistoryIsStoredAndFlagged(Database database) throws IOException {
        Path inbox = Briefing.emptyInbox(temp);
        for (int day = 1; day <= 10; day++) {
            writeDay(inbox, day, 2 + day % 3);
        }
        writeDay(inbox, 11, 60);
        Briefing briefing = new Briefing(inbox, temp.resolve("out"), database.freshUrl(temp));
        Briefing.Result first = briefing.run("ingest");
        writeDay(inbox, 12, 400);
        Briefing.Result second = briefing.run("ingest");

        assertThat(first.exitCode()).isZero();
        assertThat(second.exitCode()).isZero();
        JdbcTemplate db = Database.jdbc(briefing.dbUrl());
        List<Map<String, Object>> outliers = db.queryForList("SELECT f.file_name, i.line_no, i.cell_value, i.message "
                + "FROM ingest_issue i JOIN source_file f ON f.id = i.file_id WHERE i.code = 'OUTLIER' ORDER BY f.file_name");
        assertThat(outliers).extracting(o -> o.get("file_name")).containsExactly("day-11.csv", "day-12.csv");
        assertThat(outliers.get(0)).containsEntry("line_no", 2).containsEntry("cell_value", "60");
        assertThat((String) outliers.get(0).get("message")).contains("10-day mean of 3.0");
        assertThat(db.queryForList("SELECT cases_community FROM daily_fact WHERE unit_code = '30244' "
                + "AND report_date >= DATE '2021-09-11' ORDER BY report_date", Long.class)).containsExactly(60L, 400L);
    }

    /** The history of several districts read back from the database at once for one chunk (RecentHistory.prefetch). */
    @ParameterizedTest
    @EnumSource(Database.class)
    void spikesInSeveralDistrictsOfOneChunkAreJudgedAgainstEachOnesStoredHistory(Database database) throws IOException {
        Path inbox = Briefing.emptyInbox(temp);
        for (int day = 1; day <= 10; day++) {
            writeDay(inbox, "a-", "30244", day, 2 + day % 3);
            writeDay(inbox, "b-", "30001", day, 20 + day % 2);
        }
        Briefing briefing = new Briefing(inbox, temp.resolve("out"), database.freshUrl(temp));
        assertThat(briefing.run("ingest").exitCode()).isZero();
        writeDay(inbox, "a-", "30244", 11, 60); // a spike for the one, a usual day for the other
        writeDay(inbox, "b-", "30001", 11, 21);
        writeDay(inbox, "b-", "30001", 12, 300);
        assertThat(briefing.run("ingest").exitCode()).isZero();

        assertThat(Database.jdbc(briefing.dbUrl()).queryForList("SELECT f.file_name FROM ingest_issue i "
                + "JOIN source_file f ON f.id = i.file_id WHERE i.code = 'OUTLIER' ORDER BY f.file_name", String.class))
            .containsExactly("a-day-11.csv", "b-day-12.csv");
    }

    /**
     * Files and their corrections interleaved in one run, parsed ahead across chunks on several threads: what
     * is stored is the arrival order's, exactly as when one thread reads the files in one chunk.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void filesParsedAheadOnSeveralThreadsAreStoredInArrivalOrder(Database database) throws IOException {
        Path inbox = Briefing.emptyInbox(temp);
        for (int day = 1; day <= 30; day++) {
            arrives(writeDay(inbox, "", "30244", day, 2 + day % 3), 2 * day);
            // the day's correction arrives seven files later: in the same chunk of eight, or in the next
            arrives(writeDay(inbox, "fix-", "30244", day, 100 + day), 2 * day + 7);
        }
        Map<String, List<String>> ahead = stored(inbox, database, "ahead", "--briefing.ingest.threads=3",
                "--briefing.ingest.chunk-files=8");
        Map<String, List<String>> oneByOne = stored(inbox, database, "one", "--briefing.ingest.threads=1",
                "--briefing.ingest.chunk-files=100");

        assertThat(ahead).isEqualTo(oneByOne);
        assertThat(ahead.get("facts")).hasSize(30).allSatisfy(f -> assertThat(f).endsWith(" 2"));
        assertThat(ahead.get("facts").get(0)).isEqualTo("2021-09-01 101 2");
        assertThat(ahead.get("files")).hasSize(60).contains("day-01.csv LOADED 1 0", "fix-day-01.csv LOADED 1 1");
    }

    private Map<String, List<String>> stored(Path inbox, Database database, String name, String... settings) {
        Path dir = temp.resolve(name);
        Briefing briefing = new Briefing(inbox, dir.resolve("out"), database.freshUrl(dir));
        for (String setting : settings) {
            briefing = briefing.with(setting);
        }
        assertThat(briefing.run("ingest").exitCode()).isZero();
        JdbcTemplate db = Database.jdbc(briefing.dbUrl());
        Map<String, List<String>> stored = new java.util.LinkedHashMap<>();
        stored.put("facts", db.queryForList("SELECT CONCAT(f.report_date, ' ', f.cases_community, ' ', d.revision) "
                + "FROM daily_fact f JOIN district_day d ON d.district_code = f.district_code "
                + "AND d.report_date = f.report_date ORDER BY f.report_date", String.class));
        stored.put("files", db.queryForList("SELECT CONCAT(file_name, ' ', status, ' ', rows_accepted, ' ', rows_corrected) "
                + "FROM source_file ORDER BY id", String.class));
        stored.put("issues", db.queryForList("SELECT CONCAT(f.file_name, ' ', i.code) FROM ingest_issue i "
                + "JOIN source_file f ON f.id = i.file_id ORDER BY f.id, i.code", String.class));
        stored.put("history", db.queryForList("SELECT CONCAT(h.report_date, ' ', h.cases_community, ' ', f.file_name) "
                + "FROM daily_fact_history h JOIN source_file f ON f.id = h.replaced_by_file_id ORDER BY h.report_date",
                String.class));
        return stored;
    }

    /** Arrival is the file's time: {@code order} seconds into the night. */
    private static void arrives(Path file, int order) throws IOException {
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(Instant.parse("2021-10-01T00:00:00Z")
            .plusSeconds(order)));
    }

    private static Path writeDay(Path inbox, String prefix, String unit, int day, int cases) throws IOException {
        return Files.writeString(inbox.resolve(prefix + "day-%02d.csv".formatted(day)),
                HEADER + "2021-09-%02d,%s,0,0,0,%d,0\n".formatted(day, unit, cases));
    }

    private static void writeDay(Path inbox, int day, int cases) throws IOException {
        Files.writeString(inbox.resolve("day-%02d.csv".formatted(day)),
                HEADER + "2021-09-%02d,30244,0,0,0,%d,0\n".formatted(day, cases));
    }

    private static long fileId(JdbcTemplate db, String name) {
        return db.queryForObject("SELECT id FROM source_file WHERE file_name = ?", Long.class, name);
    }
}
