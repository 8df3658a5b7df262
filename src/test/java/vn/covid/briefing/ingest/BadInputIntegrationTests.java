package vn.covid.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.CsvFiles;
import vn.covid.briefing.support.Database;

/**
 * The corpus of bad input (src/test/resources/fixtures/bad-input, one file per kind of mistake, listed
 * with its expected reason in expected.csv) and of awkward but valid files (accepted-formats), ingested
 * together in one run of the real job, on H2 and on PostgreSQL: every mistake is reported with its exact
 * reason, line and column, and the good rows of the same run are stored all the same.
 */
class BadInputIntegrationTests {

    private static final Path FIXTURES = Briefing.PROJECT.resolve("src/test/resources/fixtures");

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Database.class)
    void everyMistakeIsReportedWithItsReasonAndTheGoodRowsGoIn(Database database) throws IOException {
        Briefing briefing = corpus(temp, database);

        Briefing.Result result = briefing.run("ingest");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        JdbcTemplate db = Database.jdbc(briefing.dbUrl());
        List<CSVRecord> expected = CsvFiles.read(FIXTURES.resolve("bad-input/expected.csv"));
        assertThat(expected.stream().map(r -> r.get("code")).distinct()).hasSizeGreaterThanOrEqualTo(25);
        for (CSVRecord e : expected) {
            String file = "bad/" + e.get("file");
            List<Map<String, Object>> issues = db.queryForList("SELECT i.line_no, i.column_name, i.code, i.message "
                    + "FROM ingest_issue i JOIN source_file f ON f.id = i.file_id WHERE f.file_name = ?", file);
            assertThat(issues).as(file).anySatisfy(i -> {
                assertThat(i.get("code")).isEqualTo(e.get("code"));
                assertThat(String.valueOf(i.get("line_no"))).isEqualTo(e.get("line").isEmpty() ? "null" : e.get("line"));
                assertThat(String.valueOf(i.get("column_name"))).isEqualTo(e.get("column").isEmpty() ? "null" : e.get("column"));
                assertThat((String) i.get("message")).isNotBlank();
            });
            Integer stored = db.queryForObject("SELECT COUNT(*) FROM daily_fact d JOIN source_file f ON f.id = d.file_id "
                    + "WHERE f.file_name = ?", Integer.class, file);
            assertThat(stored).as("rows stored from " + file).isEqualTo(Integer.parseInt(e.get("accepted_rows")));
        }
        assertThat(db.queryForObject("SELECT code FROM ingest_issue i JOIN source_file f ON f.id = i.file_id "
                + "WHERE f.file_name = 'bad/far-too-large.csv'", String.class)).isEqualTo("FILE_TOO_LARGE");

        for (CSVRecord e : CsvFiles.read(FIXTURES.resolve("accepted-formats/expected.csv"))) {
            Map<String, Object> file = db.queryForMap("SELECT status, report_date, rows_accepted, district_code "
                    + "FROM source_file WHERE file_name = ?", "good/" + e.get("file"));
            assertThat(file.get("status")).as(e.get("file")).isEqualTo("LOADED");
            assertThat(file.get("district_code")).isEqualTo("877");
            assertThat(String.valueOf(file.get("report_date"))).isEqualTo(e.get("date"));
            assertThat(file.get("rows_accepted")).isEqualTo(Integer.parseInt(e.get("rows")));
        }
        // the values as written: thousands separators read right, the totals row not counted
        assertThat(db.queryForList("SELECT dose1 FROM daily_fact WHERE report_date = DATE '2021-10-01' ORDER BY unit_code",
                Long.class)).containsExactly(1234L, 987L, 2345L);
        assertThat(db.queryForObject("SELECT SUM(cases_community) FROM daily_fact WHERE report_date = DATE '2021-10-02'",
                Long.class)).isEqualTo(4L);
        assertThat(db.queryForObject("SELECT unit_code FROM daily_fact WHERE report_date = DATE '2021-10-03' "
                + "AND cases_community = 2", String.class)).as("'Xã Hoà Tân' is 'Xã Hòa Tân'").isEqualTo("30277");
        // a blank or a dash is "not reported" (NULL), never zero; an absent column too
        assertThat(db.queryForList("SELECT recovered FROM daily_fact WHERE report_date = DATE '2021-10-04'", Long.class))
            .containsOnlyNulls();
        assertThat(db.queryForList("SELECT pcr_tests FROM daily_fact WHERE report_date = DATE '2021-10-04'", Long.class))
            .containsOnlyNulls();

        Path runFolder = Files.list(briefing.output().resolve("runs")).findFirst().orElseThrow();
        String rejects = Files.readString(runFolder.resolve("rejects.csv"), StandardCharsets.UTF_8);
        assertThat(rejects).startsWith("\uFEFFfile,line,column,value,severity,code,reason");
        assertThat(rejects).as("a value a spreadsheet would evaluate is defused").contains(",'-3,").doesNotContain(",-3,");
        String summary = Files.readString(runFolder.resolve("summary.txt"));
        assertThat(summary).contains("Rejected (first 25 of 33; all of them in rejects.csv)")
            .containsPattern("\n  bad/[^\n]+ line \\d+, column \\w+, value \"[^\"]*\": rejected [A-Z_]+: ");
        assertThat(rejects).contains("bad/negative-recovered.csv,4,recovered,'-3,REJECT,NEGATIVE_COUNT,a count cannot be negative");
        assertThat(Files.readString(runFolder.resolve("summary.json"))).contains("\"code\": \"DATE_IN_FUTURE\"");
    }

    /** The corpus in an inbox of its own, and a run on a fresh database of the kind. */
    private static Briefing corpus(Path temp, Database database) throws IOException {
        Path inbox = Briefing.emptyInbox(temp);
        Briefing.copy(FIXTURES.resolve("bad-input"), inbox.resolve("bad"));
        Briefing.copy(FIXTURES.resolve("accepted-formats"), inbox.resolve("good"));
        Files.delete(inbox.resolve("bad/expected.csv"));
        Files.delete(inbox.resolve("good/expected.csv"));
        Files.write(inbox.resolve("bad/far-too-large.csv"), new byte[30 * 1024]);
        return new Briefing(inbox, temp.resolve("out"), database.freshUrl(temp))
            .with("--briefing.ingest.max-file-size=20KB");
    }

    /**
     * PostgreSQL takes a chunk's outcomes as one statement over arrays, H2 a statement per file: every
     * column of every file's outcome is the same on both.
     */
    @Test
    void everyFileHasTheSameOutcomeOnBothDatabases(@TempDir Path h2, @TempDir Path postgres) throws IOException {
        String outcome = "SELECT file_name, status, district_code, report_date, rows_accepted, rows_corrected, "
                + "rows_rejected, rows_warned, reason, validated_against, validated_scope, "
                + "processed_by IS NOT NULL AS processed, processed_at IS NOT NULL AS stamped FROM source_file ORDER BY file_name";
        List<List<String>> outcomes = new java.util.ArrayList<>();
        for (Database database : Database.values()) {
            Briefing briefing = corpus(database == Database.H2 ? h2 : postgres, database);
            assertThat(briefing.run("ingest").exitCode()).isEqualTo(3);
            outcomes.add(Database.jdbc(briefing.dbUrl()).query(outcome, (rs, n) -> {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= 11; c++) {
                    row.append(rs.getString(c)).append('|');
                }
                // the two flags as booleans: the databases spell them differently as text
                return row.append(rs.getBoolean(12)).append('|').append(rs.getBoolean(13)).append('|').toString();
            }));
        }
        assertThat(outcomes.get(0)).hasSizeGreaterThan(30).allMatch(r -> r.endsWith("|true|true|"))
            .anyMatch(r -> r.contains("|LOADED|")).anyMatch(r -> r.contains("|REJECTED|"))
            .anyMatch(r -> r.contains("|PARTIAL|"));
        assertThat(outcomes.get(1)).containsExactlyElementsOf(outcomes.get(0));
    }
}
