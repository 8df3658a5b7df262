package vn.covid.briefing.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The two real databases every integration test runs on: an H2 file database (the default) and a real
 * PostgreSQL server started from Maven artifacts (no Docker), one server per test JVM, one fresh
 * database per test.
 */
public enum Database {

    H2, POSTGRES;

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    /** A JDBC URL for an empty database of this kind. */
    public String freshUrl(Path tempDir) {
        return switch (this) {
            case H2 -> "jdbc:h2:file:" + tempDir.resolve("db-" + COUNTER.incrementAndGet()).resolve("briefing").toAbsolutePath()
                    + ";DB_CLOSE_ON_EXIT=FALSE";
            case POSTGRES -> createPostgres("");
        };
    }

    /** A PostgreSQL database made as a copy of the one at {@code url} (which nothing may be connected to), for benchmarks. */
    public static String copyOfPostgres(String url) {
        return createPostgres(" TEMPLATE " + url.replaceFirst(".*/([^/?]+)\\?.*", "$1"));
    }

    private static String createPostgres(String template) {
        String name = "briefing_" + COUNTER.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + template);
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return server().getJdbcUrl("postgres", name) + "&reWriteBatchedInserts=true";
    }

    public static JdbcTemplate jdbc(String url) {
        DataSource ds = new DriverManagerDataSource(url, url.startsWith("jdbc:h2:") ? "sa" : "postgres", "");
        return new JdbcTemplate(ds);
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            }
            catch (java.io.IOException e) {
                throw new IllegalStateException("cannot start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                }
                catch (java.io.IOException e) {
                    // the JVM is ending anyway
                }
            }));
        }
        return postgres;
    }
}
