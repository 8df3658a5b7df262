package vn.covid.briefing.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.Database;
import vn.covid.briefing.support.Poppler;

/**
 * How the office lives with it, through the real launcher on a copy of the sample: the first nightly
 * issues every report week of the data; the next one does nothing; a corrected district file makes
 * edition 2 of exactly the briefings it affects, saying what changed; rerun re-issues a range, and
 * --force renders the same bytes again.
 */
class NightlyIntegrationTests {

    @TempDir
    Path temp;

    @Test
    void nightlyIssuesEveryWeekThenOnlyWhatChanged() throws IOException {
        Path inbox = temp.resolve("inbox");
        Briefing.copy(Briefing.PROJECT.resolve("input"), inbox);
        Briefing briefing = new Briefing(inbox, temp.resolve("out"), Database.H2.freshUrl(temp));

        Briefing.Result first = briefing.run("nightly");

        assertThat(first.exitCode()).as(first.err()).isEqualTo(3); // the sample's flawed files
        assertThat(first.out()).contains("Briefings: 32 rendered, 0 up to date",
                "2021-07-05  edition 1, provisional: 24 district report(s) missing");
        List<LocalDate> mondays = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2021, 7, 5); !d.isAfter(LocalDate.of(2022, 2, 7)); d = d.plusWeeks(1)) {
            mondays.add(d);
        }
        assertThat(pdfs(briefing.output())).containsExactlyElementsOf(mondays.stream()
            .map(d -> "87/" + d.getYear() + "/" + d + "_bao-cao-tuan_ban-1.pdf").toList());
        Path nightlyFolder = runFolders(briefing.output(), "-nightly-").getLast();
        String summary = Files.readString(nightlyFolder.resolve("summary.json"));
        assertThat(summary).contains("\"briefingsRendered\": 32", "\"provisional\": true", "\"rowsRejected\": ");
        assertThat(Files.readString(briefing.output().resolve("logs/briefing.log")))
            .containsPattern("nightly: \\d+ files, \\d+ rows accepted, \\d+ rows rejected, 32 briefings rendered");

        Briefing.Result second = briefing.run("nightly");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("Briefings: 0 rendered, 32 up to date");

        // Châu Thành corrects its report of 03/02/2022: Thị trấn Cái Tàu Hạ had 5 community cases more
        Path original = inbox.resolve("reports/877 Châu Thành/Báo cáo ngày 3-2 Châu Thành.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(original, StandardCharsets.UTF_8));
        String[] cells = lines.get(1).split(";", -1);
        long before = Long.parseLong(cells[6]);
        cells[6] = Long.toString(before + 5);
        lines.set(1, String.join(";", cells));
        Files.write(original.resolveSibling("Báo cáo ngày 3-2 Châu Thành (sửa).csv"), lines, StandardCharsets.UTF_8);

        Briefing.Result corrected = briefing.run("nightly");
        assertThat(corrected.exitCode()).as(corrected.err()).isZero();
        assertThat(corrected.out()).contains("Briefings: 1 rendered, 31 up to date", "2022-02-07  edition 2");
        assertThat(pdfs(briefing.output())).contains("87/2022/2022-02-07_bao-cao-tuan_ban-1.pdf",
                "87/2022/2022-02-07_bao-cao-tuan_ban-2.pdf").hasSize(33);
        String edition2 = Poppler.text(briefing.output().resolve("87/2022/2022-02-07_bao-cao-tuan_ban-2.pdf"))
            .replaceAll("\\s+", " ");
        assertThat(edition2).as("the edition says which it is and why, under the title").contains(
                "(Bản thứ 2, thay thế bản thứ 1 ngày ", "do số liệu được các huyện, thành phố gửi bổ sung, điều chỉnh");
        assertThat(edition2).as("the resent report, in words, in the annex").contains(
                "Huyện Châu Thành gửi lại báo cáo ngày 03/02 (tệp “Báo cáo ngày 3-2 Châu Thành (sửa).csv”): thị trấn Cái Tàu "
                        + "Hạ, ca cộng đồng: từ " + before + " thành " + (before + 5) + ".",
                "So với bản thứ 1, các số liệu chính đã thay đổi:");
        assertThat(edition2).containsPattern("ca cộng đồng trong tuần: từ (\\d+) thành \\d+");

        Briefing.Result rerun = new Briefing(inbox, briefing.output(), briefing.dbUrl()).with("--from").with("2022-01-24")
            .with("--to").with("2022-02-07").run("rerun");
        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.out()).contains("Re-running 3 report week(s)", "Briefings: 0 rendered, 3 up to date");
        byte[] before24 = Files.readAllBytes(briefing.output().resolve("87/2022/2022-01-24_bao-cao-tuan_ban-1.pdf"));
        Briefing.Result forced = new Briefing(inbox, briefing.output(), briefing.dbUrl()).with("--from").with("2022-01-24")
            .with("--to").with("2022-01-30").with("--force").run("rerun");
        assertThat(forced.out()).contains("2022-01-24  edition 1 rendered again", "Briefings: 1 rendered, 0 up to date");
        assertThat(Files.readAllBytes(briefing.output().resolve("87/2022/2022-01-24_bao-cao-tuan_ban-1.pdf")))
            .isEqualTo(before24);

        // a PDF deleted by hand is made again, as the same edition, not reported "up to date"
        Path deleted = briefing.output().resolve("87/2022/2022-01-31_bao-cao-tuan_ban-1.pdf");
        byte[] original31 = Files.readAllBytes(deleted);
        Files.delete(deleted);
        Briefing.Result remade = new Briefing(inbox, briefing.output(), briefing.dbUrl()).with("--date").with("2022-01-31")
            .run("report");
        assertThat(remade.out()).contains("edition 1");
        assertThat(Files.readAllBytes(deleted)).isEqualTo(original31);

        Briefing.Result status = briefing.run("status");
        assertThat(status.out()).contains("Briefings, newest first (32 report dates; * provisional)",
                "  2022-02-07   2   ", "87/2022/2022-02-07_bao-cao-tuan_ban-2.pdf", "… and 20 earlier report dates");
        assertThat(status.out().lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
        // the runs as they were started, each with its exit code, however many briefings a nightly made
        assertThat(status.out()).containsPattern("#\\d+ +report +87 +\\S+ \\S+ +\\d+\\.\\d s  exit 0")
            .containsPattern("#\\d+ +nightly [^\\n]* exit 3\\n[^#]*2669 files: [^#]*\\n *ingest #1 COMPLETED [^#]*"
                    + "\\n *briefings #2 COMPLETED [^#]*\\n *briefing: 32 executions: 32 COMPLETED\\n");
        JdbcTemplate db = Database.jdbc(briefing.dbUrl());
        Map<String, Object> instances = db.queryForMap("SELECT COUNT(*) AS n FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'briefing'");
        assertThat(((Number) instances.get("n")).intValue())
            .as("32 weeks + edition 2 + one forced re-render + one re-made PDF").isEqualTo(35);
    }

    static List<String> pdfs(Path output) throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).map(f -> output.relativize(f).toString()).sorted()
                .collect(Collectors.toList());
        }
    }

    static List<Path> runFolders(Path output, String kind) throws IOException {
        try (Stream<Path> folders = Files.list(output.resolve("runs"))) {
            return folders.filter(f -> f.getFileName().toString().contains(kind)).sorted().toList();
        }
    }
}
