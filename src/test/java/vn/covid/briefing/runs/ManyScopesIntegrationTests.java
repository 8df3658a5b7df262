package vn.covid.briefing.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.Database;
import vn.covid.briefing.support.Poppler;
import vn.covid.briefing.support.SecondProvince;

/**
 * Two provinces in one database, sharing one inbox: Đồng Tháp (87, two districts of the sample) and An Giang
 * (89, {@link SecondProvince}). What one scope's runs do never changes the other's editions, and a file of
 * the other scope is kept for it, not rejected.
 */
class ManyScopesIntegrationTests {

    @TempDir
    Path temp;

    /** Each scope with its reference folder, outside the inbox the two share. */
    private Briefing install(String scope, Path inbox, Path output, String db) {
        return Briefing.ofScope(scope, temp.resolve("reference-" + scope), inbox, output, db);
    }

    /** One week (7-13/9/2021) of two districts of each province, from the sample and from {@link SecondProvince}. */
    private Path inboxOfBoth() throws IOException {
        Path inbox = Briefing.sampleWeek(temp.resolve("inbox"));
        Briefing.copy(Briefing.SAMPLE_PROFILE.resolve("reference"), temp.resolve("reference-87"));
        SecondProvince.reference(temp.resolve("reference-89"));
        SecondProvince.reports(inbox, LocalDate.of(2021, 9, 7), LocalDate.of(2021, 9, 13));
        return inbox;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void interleavedRunsOfTwoScopesLeaveEachScopesEditionsAsWhenEachRanAlone(Database database) throws IOException {
        Path inbox = inboxOfBoth();
        String shared = database.freshUrl(temp);
        Briefing a = install("87", inbox, temp.resolve("out-shared"), shared);
        Briefing b = install("89", inbox, temp.resolve("out-shared"), shared);
        Briefing aAlone = install("87", inbox, temp.resolve("out-87"), database.freshUrl(temp));
        Briefing bAlone = install("89", inbox, temp.resolve("out-89"), database.freshUrl(temp));

        // each step on the shared database, then at once on the one where the scope runs alone
        Briefing.Result first = a.run("nightly");
        assertThat(first.out()).as(first.err()).contains("14 not for this scope", "Briefings: 1 rendered");
        assertThat(aAlone.run("nightly").out()).contains("14 not for this scope", "Briefings: 1 rendered");
        Briefing.Result second = b.run("nightly");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("14 file(s) kept for this scope by the runs of other scopes, taken up now",
                "Briefings: 1 rendered");
        assertThat(bAlone.run("nightly").out()).contains("15 not for this scope", "Briefings: 1 rendered");

        // Châu Thành corrects its report of 09/09: 5 community cases more in Thị trấn Cái Tàu Hạ
        Path original = inbox.resolve("reports/877 Châu Thành/Báo cáo ngày 9-9 Châu Thành.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(original, StandardCharsets.UTF_8));
        String[] cells = lines.get(1).split(";", -1);
        cells[6] = Long.toString(Long.parseLong(cells[6]) + 5);
        lines.set(1, String.join(";", cells));
        Files.write(original.resolveSibling("Báo cáo ngày 9-9 Châu Thành (sửa).csv"), lines, StandardCharsets.UTF_8);

        Briefing.Result third = a.run("nightly");
        assertThat(third.out()).as(third.err()).contains("2021-09-13  edition 2", "Briefings: 1 rendered");
        assertThat(aAlone.run("nightly").out()).contains("2021-09-13  edition 2", "Briefings: 1 rendered");
        Briefing.Result fourth = b.run("nightly");
        assertThat(fourth.out()).as(fourth.err()).contains("0 processed now", "Briefings: 0 rendered, 1 up to date");
        assertThat(bAlone.run("nightly").out()).contains("1 not for this scope", "Briefings: 0 rendered, 1 up to date");

        assertThat(editions(shared, "87")).isEqualTo(editions(aAlone.dbUrl(), "87")).hasSize(2);
        assertThat(editions(shared, "89")).isEqualTo(editions(bAlone.dbUrl(), "89")).hasSize(1);
        assertThat(files(temp.resolve("out-shared/87"))).isEqualTo(files(temp.resolve("out-87/87"))).hasSize(4);
        assertThat(files(temp.resolve("out-shared/89"))).isEqualTo(files(temp.resolve("out-89/89"))).hasSize(2);
        assertThat(temp.resolve("out-87/89")).doesNotExist();
        assertThat(Poppler.text(temp.resolve("out-shared/89/2021/2021-09-13_bao-cao-tuan_ban-1.pdf")))
            .as("An Giang's briefing is of its own districts").contains("Long Xuyên", "Châu Đốc").doesNotContain("Sa Đéc");
        assertThat(Poppler.text(temp.resolve("out-shared/87/2021/2021-09-13_bao-cao-tuan_ban-2.pdf")))
            .contains("Sa Đéc").doesNotContain("Long Xuyên", "Châu Đốc");

        Briefing.Result all = a.with("--all-scopes").run("status");
        assertThat(all.out()).containsPattern("87 +Tỉnh Đồng Tháp +16 +0  2021-09-13  2021-09-13 ed\\. 2\\*")
            .containsPattern("89 +Tỉnh An Giang +14 +0  2021-09-13  2021-09-13 ed\\. 1\n")
            .containsPattern("#1 +nightly +87 ").containsPattern("#2 +nightly +89 ");
        assertThat(all.out().lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
    }

    /**
     * Both profiles in one process, side by side ({@code --profile a,b --parallel 2}): each scope's editions
     * and files are the ones it makes alone, each profile's run is recorded as its own with its own job
     * executions, and each run's output is printed whole, then one line per profile.
     */
    @ParameterizedTest
    @EnumSource(Database.class)
    void oneProcessForBothProfilesIssuesWhatEachIssuesAlone(Database database) throws IOException {
        Path inbox = inboxOfBoth();
        Briefing aAlone = install("87", inbox, temp.resolve("out-87"), database.freshUrl(temp));
        Briefing bAlone = install("89", inbox, temp.resolve("out-89"), database.freshUrl(temp));
        assertThat(aAlone.run("nightly").exitCode()).as("the sample's four bad rows").isEqualTo(3);
        assertThat(bAlone.run("nightly").exitCode()).isZero();
        Path p87 = temp.resolve("profile-of-reference-87");
        Path p89 = temp.resolve("profile-of-reference-89");
        Briefing both = new Briefing(inbox, temp.resolve("out-both"), database.freshUrl(temp)).with("--profile")
            .with(p89 + "," + p87).with("--parallel").with("2");

        Briefing.Result night = both.run("nightly");

        assertThat(night.exitCode()).as("the worst of the two: " + night.err()).isEqualTo(3);
        assertThat(night.out()).contains("== " + p89 + " (scope 89) ==", "== " + p87 + " (scope 87) ==")
            .containsPattern("2 profiles: 1 exit 0, 1 exit 3, 0 failed\n  profile-of-reference-89 +89 +exit 0 ")
            .containsPattern("\n  profile-of-reference-87 +87 +exit 3 ");
        String first = night.out().substring(night.out().indexOf("== "), night.out().indexOf("== ", 3));
        assertThat(first).as("a run's output whole, before the next one's").contains("Briefings: 1 rendered")
            .doesNotContain("scope 87");
        assertThat(editions(both.dbUrl(), "87").stream().map(e -> e.substring(e.lastIndexOf(' ')))).containsExactlyElementsOf(
                editions(aAlone.dbUrl(), "87").stream().map(e -> e.substring(e.lastIndexOf(' '))).toList());
        assertThat(files(temp.resolve("out-both/87"))).isEqualTo(files(temp.resolve("out-87/87"))).hasSize(2);
        assertThat(files(temp.resolve("out-both/89"))).isEqualTo(files(temp.resolve("out-89/89"))).hasSize(2);
        JdbcTemplate db = Database.jdbc(both.dbUrl());
        assertThat(db.queryForList("SELECT r.scope || ' ' || i.JOB_NAME || ' ' || COUNT(*) FROM command_run r "
                + "JOIN command_run_job j ON j.command_run_id = r.id JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = "
                + "j.job_execution_id JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
                + "GROUP BY r.scope, i.JOB_NAME ORDER BY 1", String.class))
            .as("each profile's run with its own jobs").containsExactly("87 briefing 1", "87 ingest 1", "89 briefing 1",
                    "89 ingest 1");
        assertThat(db.queryForList("SELECT BATCH_JOB_EXECUTION_PARAMS.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS "
                + "JOIN command_run_job j ON j.job_execution_id = BATCH_JOB_EXECUTION_PARAMS.JOB_EXECUTION_ID JOIN command_run r "
                + "ON r.id = j.command_run_id WHERE PARAMETER_NAME = 'scope' AND r.scope <> PARAMETER_VALUE", String.class))
            .as("no job linked to the other profile's run").isEmpty();
    }

    /** Every edition of the scope as recorded: date, number, data revision and the PDF's checksum. */
    private static List<String> editions(String url, String scope) {
        return Database.jdbc(url).queryForList("SELECT report_date || ' ' || edition || ' ' || data_revision || ' ' "
                + "|| pdf_checksum FROM briefing_edition WHERE scope = ? ORDER BY report_date, edition", String.class, scope);
    }

    /** Every file under the folder, by its path there, with its bytes. */
    static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(folder.relativize(f).toString(), vn.covid.briefing.system.Checksums.sha256(f));
            }
        }
        return files;
    }

    static JdbcTemplate db(Briefing b) {
        return Database.jdbc(b.dbUrl());
    }
}
