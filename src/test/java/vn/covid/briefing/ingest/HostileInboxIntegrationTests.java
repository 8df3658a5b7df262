package vn.covid.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumingThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.Database;
import vn.covid.briefing.system.Checksums;

/**
 * Issue 9: an inbox holding every kind of hostile file beside good ones. The real nightly run, as a
 * separate JVM with 256 MB of heap, loads the good files and issues the night's briefings; each hostile
 * file gets its reason (rejected for its content, waiting, or skipped); nothing outside the inbox is read
 * (a marker in the files outside appears nowhere); a waiting file goes in once it can be read.
 */
class HostileInboxIntegrationTests {

    private static final int TINY_FILES = 3_000;

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Database.class)
    void noFileStopsTheNightAndNothingOutsideTheInboxIsRead(Database database) throws Exception {
        Path inbox = Briefing.emptyInbox(temp);
        Briefing briefing = new Briefing(inbox, temp.resolve("out"), database.freshUrl(temp))
            .with("--briefing.ingest.max-file-size=250MB");
        for (int day = 1; day <= 3; day++) {
            Files.writeString(Files.createDirectories(inbox.resolve("good")).resolve("Châu Thành %02d-9.csv".formatted(day)),
                    HostileInbox.dayReport(day, day));
        }
        assertThat(briefing.run("ingest").exitCode()).as("a first night with good files only").isZero();
        JdbcTemplate db = Database.jdbc(briefing.dbUrl());

        HostileInbox hostile = new HostileInbox(inbox, temp.resolve("outside"));
        List<String> wrapper = HostileInbox.wrapperThatEnforcesPermissions(temp);
        Files.createDirectories(inbox.resolve("hostile"));
        try {
            for (int day = 4; day <= 6; day++) {
                hostile.write("good/Châu Thành %02d-9.csv".formatted(day), HostileInbox.dayReport(day, day));
            }
            String totals = hostile.totalsLabelInTheFirstColumn();
            String longPath = hostile.longButValidPath();
            String unreadable = wrapper == null ? null
                    : hostile.unreadable("hostile/unreadable.csv", HostileInbox.dayReport(9, 9));
            String unreadableFolder = wrapper == null ? null : hostile.unreadableFolder();
            String device = hostile.device();
            List<String> empty = hostile.identicalEmptyFiles();
            Map<String, String> skipped = new LinkedHashMap<>();
            skipped.put(hostile.linkToASecretOutside(), "SYMBOLIC_LINK");
            skipped.put(hostile.linkToPasswd(), "SYMBOLIC_LINK");
            skipped.put(hostile.linkToAFolderOutside(), "SYMBOLIC_LINK");
            skipped.put(hostile.linkLoop(), "SYMBOLIC_LINK");
            skipped.put(hostile.danglingLink(), "SYMBOLIC_LINK");
            skipped.put(hostile.hardLinkToASecretOutside(), "HARD_LINK");
            skipped.put(hostile.fifo(), "NOT_A_REGULAR_FILE");
            skipped.put(hostile.socket(), "NOT_A_REGULAR_FILE");
            Map<String, String> rejected = new LinkedHashMap<>();
            rejected.put(hostile.rows("hostile/49mb-700000-rows.csv", 700_000), "TOO_MANY_ROWS");
            rejected.put(hostile.columns("hostile/1000000-columns.csv", 1_000_000), "TOO_MANY_COLUMNS");
            rejected.put(hostile.singleLine("hostile/200mb-single-line.csv", 200), "LINE_TOO_LONG");
            rejected.put(hostile.nulAfter64Kilobytes(), "NOT_CSV_TEXT");
            rejected.put(hostile.nameWithLineBreakAndEscape(), "NOT_A_NUMBER");
            rejected.put(hostile.controlCharactersInCells(), "NOT_A_NUMBER");
            rejected.put(empty.get(0), "FILE_EMPTY");
            String notDecodable = hostile.invalidUtf8Name();
            String deep = hostile.pathBeyondPathMax();
            hostile.tinyFiles(TINY_FILES);
            // registered by an earlier run, then gone or grown before it was read (set up in the database: a
            // run rarely stops exactly there)
            registeredButNotRead(db, "hostile/vanished.csv", "the bytes registered");
            String grownBefore = HostileInbox.dayReport(10, 1);
            registeredButNotRead(db, hostile.write("hostile/grown.csv", grownBefore + "2021-09-10,30250,Xã An Nhơn,0,0,0,5,0\n"),
                    grownBefore);
            assertThat(Files.size(inbox.resolve("hostile/49mb-700000-rows.csv"))).isBetween(48_000_000L, 50_000_000L);

            Path log = temp.resolve("nightly.log");
            Process nightly = briefing.start("nightly", log, new Briefing.Launch(wrapper == null ? List.of() : wrapper,
                    List.of("-Xmx256m"), Map.of("LC_ALL", "C.UTF-8")));
            assertThat(nightly.waitFor(5, TimeUnit.MINUTES)).as("the night ends").isTrue();
            String printed = Files.readString(log);
            assertThat(nightly.exitValue()).as(printed).isEqualTo(3);

            // the good files went in, and the night's briefings were issued
            assertThat(db.queryForList("SELECT EXTRACT(DAY FROM report_date) FROM district_day WHERE district_code = '877' "
                    + "ORDER BY report_date", Integer.class)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 10);
            assertThat(db.queryForMap("SELECT status, rows_accepted, rows_rejected FROM source_file WHERE file_name = ?", totals))
                .as("the totals row is recognised, not rejected as a bad date").containsEntry("status", "LOADED")
                .containsEntry("rows_accepted", 2).containsEntry("rows_rejected", 0);
            assertThat(db.queryForObject("SELECT status FROM source_file WHERE file_name = ?", String.class, longPath))
                .isEqualTo("LOADED");
            assertThat(briefing.output().resolve("87/2021/2021-09-06_bao-cao-tuan_ban-1.pdf")).isRegularFile();
            assertThat(briefing.output().resolve("87/2021/2021-09-13_bao-cao-tuan_ban-1.pdf")).isRegularFile();

            // rejected for their content, each with its reason
            rejected.forEach((file, code) -> assertThat(db.queryForList("SELECT f.status || ' ' || i.code FROM source_file f "
                    + "JOIN ingest_issue i ON i.file_id = f.id WHERE f.file_name = ? AND i.severity = 'REJECT'", String.class, file))
                .as(file).contains("REJECTED " + code));
            assertThat(db.queryForObject("SELECT i.line_no FROM ingest_issue i JOIN source_file f ON f.id = i.file_id "
                    + "WHERE f.file_name = 'hostile/49mb-700000-rows.csv'", Integer.class)).isEqualTo(10_002);
            assertThat(db.queryForObject("SELECT COUNT(*) FROM source_file f JOIN ingest_issue i ON i.file_id = f.id "
                    + "WHERE f.file_name LIKE 'hostile/tiny/%' AND i.code = 'NO_DATA_ROWS'", Integer.class)).isEqualTo(TINY_FILES);

            // skipped and never read, or waiting, each with its reason; none of them registered
            skipped.forEach((file, code) -> assertThat(problem(db, file)).as(file).containsEntry("kind", "SKIPPED")
                .containsEntry("code", code));
            if (device != null) {
                assertThat(problem(db, device)).containsEntry("code", "NOT_A_REGULAR_FILE");
            }
            assertThat(problem(db, notDecodable)).containsEntry("kind", "WAITING").containsEntry("code", "FILE_NAME_NOT_DECODABLE");
            assertThat(db.queryForList("SELECT kind || ' ' || code FROM inbox_problem WHERE path LIKE ?", String.class, deep + "%"))
                .containsExactly("WAITING PATH_TOO_LONG");
            assertThat(problem(db, "hostile/vanished.csv")).containsEntry("kind", "WAITING").containsEntry("code", "FILE_VANISHED");
            assertThat(problem(db, empty.get(1))).containsEntry("kind", "SKIPPED").containsEntry("code", "SAME_CONTENT");
            assumingThat(wrapper != null, () -> {
                assertThat(problem(db, unreadable)).containsEntry("kind", "WAITING").containsEntry("code", "FILE_UNREADABLE");
                assertThat(problem(db, unreadableFolder)).containsEntry("kind", "WAITING")
                    .containsEntry("code", "FOLDER_UNREADABLE");
            });
            assertThat(db.queryForObject("SELECT COUNT(*) FROM source_file WHERE file_name IN ('hostile/vanished.csv', "
                    + "'hostile/link-to-secret.csv', 'hostile/fifo.csv', 'empty/Tam Nông 09-9.csv')", Integer.class)).isZero();
            // a file changed after it was registered: its old registration is dropped unread, its bytes now go in
            assertThat(db.queryForList("SELECT checksum FROM source_file WHERE file_name = 'hostile/grown.csv'", String.class))
                .containsExactly(Checksums.sha256(Files.readAllBytes(inbox.resolve("hostile/grown.csv"))));
            assertThat(db.queryForObject("SELECT COUNT(*) FROM daily_fact WHERE report_date = DATE '2021-09-10'", Integer.class))
                .isEqualTo(3);
            String logged = Files.readString(briefing.output().resolve("logs/briefing.log"));
            assertThat(logged).contains("hostile/grown.csv: not read now, it waits for the next run (FILE_CHANGED)");

            // what people read: every hostile name and cell escaped, nothing forged, copies named with their outcome
            Path runFolder = ingestRunFolders(briefing).getLast();
            String summary = Files.readString(runFolder.resolve("summary.txt"));
            assertThat(summary.chars().filter(c -> c < 0x20 && c != '\n')).as("control characters in summary.txt").isEmpty();
            assertThat(summary).doesNotContain("%n").doesNotContainPattern("(?m)^08:00 INFO")
                .contains("hostile/báo cáo\\n08:00 INFO all files loaded \\u001B[31mred.csv")
                .contains("value \"1\\n\\u0007forged line\": rejected NOT_A_NUMBER")
                .contains("empty/Tam Nông 09-9.csv: SAME_CONTENT: same content as empty/Tháp Mười 09-9.csv: rejected (the file is empty)")
                .contains("Waiting, not read now (the next run tries again)", "Skipped, never read");
            assertThat(printed).doesNotContain("\u001B[31m", "\u001B[2J");
            assertThat(Files.readString(runFolder.resolve("summary.json"))).contains("\"sameContentAs\"", "\"SYMBOLIC_LINK\"");
            assertThat(Files.readString(runFolder.resolve("rejects.csv"))).contains("hostile/passwd.csv,,,,SKIPPED,SYMBOLIC_LINK,");

            // nothing outside the inbox was read: its marker (and /etc/passwd's first line) appears nowhere
            List<String> everything = new ArrayList<>(List.of(dump(db), printed, logged));
            try (Stream<Path> runs = Files.walk(briefing.output().resolve("runs"))) {
                for (Path f : runs.filter(Files::isRegularFile).toList()) {
                    everything.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
            assertThat(everything).allSatisfy(text -> assertThat(text).doesNotContain(HostileInbox.MARKER, "root:x:0:0"));

            // the next run: what could not be read is tried again and goes in; the vanished file is forgotten
            if (wrapper != null) {
                Files.setPosixFilePermissions(inbox.resolve(unreadable), PosixFilePermissions.fromString("rw-r--r--"));
                Files.setPosixFilePermissions(inbox.resolve(unreadableFolder), PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            Briefing.Result next = briefing.run("ingest");
            assertThat(next.exitCode()).as(next.out()).isEqualTo(3);
            assertThat(db.queryForObject("SELECT COUNT(*) FROM inbox_problem WHERE path = 'hostile/vanished.csv'", Integer.class))
                .isZero();
            assertThat(problem(db, "hostile/passwd.csv")).as("still there, still skipped").containsEntry("code", "SYMBOLIC_LINK");
            assumingThat(wrapper != null, () -> {
                assertThat(db.queryForList("SELECT EXTRACT(DAY FROM report_date) FROM district_day "
                        + "WHERE report_date IN (DATE '2021-09-09', DATE '2021-09-12')", Integer.class)).containsExactlyInAnyOrder(9, 12);
                assertThat(db.queryForObject("SELECT COUNT(*) FROM inbox_problem WHERE code IN ('FILE_UNREADABLE', "
                        + "'FOLDER_UNREADABLE')", Integer.class)).as("rows of files that went in are removed").isZero();
            });
        }
        finally {
            hostile.close();
            HostileInbox.run("rm", "-rf", inbox.resolve("hostile/deep").toString()); // deeper than Java can delete
        }
    }

    /** A file registered PENDING by an earlier run with the checksum of {@code content}, not read since. */
    private static void registeredButNotRead(JdbcTemplate db, String path, String content) {
        Timestamp earlier = Timestamp.from(Instant.parse("2021-09-10T12:00:00Z"));
        db.update("INSERT INTO source_file (checksum, file_name, size_bytes, modified_at, registered_at, registered_by, status) "
                + "VALUES (?, ?, ?, ?, ?, 1, 'PENDING')", Checksums.sha256(content), path,
                content.getBytes(StandardCharsets.UTF_8).length, earlier, earlier);
    }

    private static Map<String, Object> problem(JdbcTemplate db, String path) {
        return db.queryForMap("SELECT kind, code, message FROM inbox_problem WHERE path = ?", path);
    }

    private static List<Path> ingestRunFolders(Briefing briefing) throws IOException {
        try (Stream<Path> runs = Files.list(briefing.output().resolve("runs"))) {
            return runs.filter(p -> p.getFileName().toString().contains("-ingest-")).sorted().toList();
        }
    }

    /** Every row of every table, as text. */
    private static String dump(JdbcTemplate db) {
        List<String> tables = db.execute((ConnectionCallback<List<String>>) c -> {
            List<String> names = new ArrayList<>();
            try (var rs = c.getMetaData().getTables(null, null, "%", new String[] { "TABLE" })) {
                while (rs.next()) {
                    if ("public".equalsIgnoreCase(rs.getString("TABLE_SCHEM"))) {
                        names.add(rs.getString("TABLE_NAME"));
                    }
                }
            }
            return names;
        });
        assertThat(tables).as("tables dumped").hasSizeGreaterThan(10);
        StringBuilder out = new StringBuilder();
        for (String table : tables) {
            db.query("SELECT * FROM \"" + table + "\"", rs -> {
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    out.append(rs.getString(i)).append('|');
                }
                out.append('\n');
            });
        }
        return out.toString();
    }
}
