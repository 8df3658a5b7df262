package vn.covid.briefing.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.Installation;
import vn.covid.briefing.support.Poppler;
import vn.covid.briefing.support.Wait;

/**
 * The database password given the README's way (briefing.env, read by the launcher; or ~/.pgpass) to a
 * PostgreSQL that demands it: the nightly works, and the password shows nowhere: not in ps, the log, the
 * run summaries and rejects, the briefings, or the run record.
 */
class CredentialsIT {

    private static final String SECRET = "Ph0ng-D1ch-" + UUID.randomUUID();
    private static EmbeddedPostgres server;

    @TempDir
    Path temp;

    /** A server of its own whose role "briefing" must give its password (scram-sha-256), everyone else trusted. */
    @BeforeAll
    static void startAServerThatWantsThePassword() throws Exception {
        server = EmbeddedPostgres.builder().start();
        JdbcTemplate admin = new JdbcTemplate(server.getPostgresDatabase());
        admin.execute("SET password_encryption = 'scram-sha-256'");
        admin.execute("CREATE ROLE briefing LOGIN PASSWORD '" + SECRET + "'");
        Path hba = Path.of(admin.queryForObject("SHOW hba_file", String.class));
        Files.writeString(hba, "host all briefing 127.0.0.1/32 scram-sha-256\nhost all briefing ::1/128 scram-sha-256\n"
                + Files.readString(hba));
        admin.execute("SELECT pg_reload_conf()");
        assertThatThrownBy(() -> DriverManager.getConnection(serverUrl("postgres"), "briefing", "wrong").close())
            .as("the server checks the password").isInstanceOf(SQLException.class);
    }

    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** Each test its own database, owned by the role. */
    private String url;

    @BeforeEach
    void freshDatabase() {
        String name = "briefing_" + DATABASES.incrementAndGet();
        new JdbcTemplate(server.getPostgresDatabase()).execute("CREATE DATABASE " + name + " OWNER briefing");
        url = serverUrl(name);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    private static String serverUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + database;
    }

    private String url() {
        return url;
    }

    private Installation installation(String envFile) throws IOException {
        Installation installation = Installation.at(temp.resolve("briefing"));
        Briefing.reducedSample(installation.home().resolve("input"));
        Path env = installation.home().resolve("briefing.env");
        Files.writeString(env, envFile);
        Files.setPosixFilePermissions(env, PosixFilePermissions.fromString("rw-------"));
        return installation;
    }

    @Test
    void thePasswordInBriefingEnvWorksAndShowsNowhere() throws Exception {
        Installation installation = installation("# the database of the nightly run (chmod 600)\n"
                + "SPRING_DATASOURCE_URL=" + url() + "\nSPRING_DATASOURCE_USERNAME=briefing\n"
                + "SPRING_DATASOURCE_PASSWORD='" + SECRET + "'\n");
        Path home = installation.home();

        Process nightly = installation.start(Installation.CRON, installation.crontabCommand(), temp.resolve("shell.log"));
        List<String> processTables = new ArrayList<>();
        Wait.until("the nightly's JVM in ps", Duration.ofMinutes(3), () -> {
            String ps = run("ps", "-eo", "pid,args");
            processTables.add(ps);
            return ps.lines().anyMatch(l -> l.contains("java") && l.contains("nightly") && l.contains(home.toString()));
        });
        String jvm = processTables.getLast().lines().filter(l -> l.contains("java") && l.contains("nightly")
                && l.contains(home.toString())).findFirst().orElseThrow().strip().split("\\s+")[0];
        String cmdline = Files.readString(Path.of("/proc", jvm, "cmdline")).replace('\0', ' ');
        assertThat(nightly.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(nightly.exitValue()).as(Files.readString(home.resolve("output/cron.log"))).isEqualTo(3);
        assertThat(cmdline).contains("nightly").doesNotContain(SECRET);
        assertThat(processTables).allSatisfy(ps -> assertThat(ps).doesNotContain(SECRET));
        assertThat(new JdbcTemplate(new DriverManagerDataSource(url(), "briefing", SECRET))
            .queryForList("SELECT arguments FROM command_run", String.class)).isNotEmpty()
            .allSatisfy(a -> assertThat(a).doesNotContain(SECRET));
        List<Path> written;
        try (Stream<Path> files = Files.walk(home.resolve("output"))) {
            written = files.filter(Files::isRegularFile).toList();
        }
        assertThat(written).anyMatch(f -> f.toString().endsWith("logs/briefing.log"))
            .anyMatch(f -> f.toString().endsWith("rejects.csv")).anyMatch(f -> f.toString().endsWith("summary.json"))
            .anyMatch(f -> f.toString().endsWith(".pdf"));
        for (Path f : written) {
            String text = f.toString().endsWith(".pdf") ? Poppler.text(f)
                    : new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            assertThat(text).as(f.toString()).doesNotContain(SECRET);
        }
    }

    @Test
    void aWrongPasswordFailsInOneLineWithoutRepeatingIt() throws Exception {
        String wrong = "Sai-" + UUID.randomUUID();
        Installation installation = installation("SPRING_DATASOURCE_URL=" + url() + "\nSPRING_DATASOURCE_USERNAME=briefing\n"
                + "SPRING_DATASOURCE_PASSWORD=" + wrong + "\n");

        Installation.Result status = installation.run(Installation.CRON, installation.briefing("status"),
                temp.resolve("status.log"));

        assertThat(status.exitCode()).isEqualTo(1);
        assertThat(status.output()).contains("password authentication failed for user \"briefing\"")
            .doesNotContain(wrong);
        assertThat(Files.readString(installation.home().resolve("output/logs/briefing.log"))).doesNotContain(wrong);
    }

    @Test
    void aPgpassFileWorksWithoutAnyPasswordInTheEnvironment() throws Exception {
        Installation installation = installation("SPRING_DATASOURCE_URL=" + url() + "?user=briefing\n");
        Path pgpass = temp.resolve("pgpass");
        Files.writeString(pgpass, "127.0.0.1:" + server.getPort() + ":*:briefing:" + SECRET + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        Map<String, String> cron = new HashMap<>(Installation.CRON);
        cron.put("PGPASSFILE", pgpass.toString()); // instead of ~/.pgpass, which this test must not touch

        Installation.Result ingest = installation.run(cron, installation.briefing("ingest"), temp.resolve("ingest.log"));

        assertThat(ingest.exitCode()).as(ingest.output()).isEqualTo(3);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
