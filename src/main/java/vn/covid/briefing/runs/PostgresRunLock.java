package vn.covid.briefing.runs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The run lock on a PostgreSQL database: a session advisory lock ({@code pg_try_advisory_lock}) on a
 * connection of its own, held for the run. It dies with the connection, so with the process; the
 * connection's application_name names the holder for a refused run and for {@code status}.
 */
final class PostgresRunLock implements AutoCloseable {

    /** "brif", 1: the two-key form, so it shows in pg_locks as classid/objid with objsubid 2. */
    private static final int CLASS_ID = 0x62726966;
    private static final int OBJECT_ID = 1;
    private static final String HOLDER = "SELECT a.application_name, a.client_addr, a.backend_start FROM pg_locks l "
            + "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
            + "AND l.classid = " + CLASS_ID + " AND l.objid = " + OBJECT_ID + " AND l.objsubid = 2 "
            + "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())";

    private final Connection connection;

    private PostgresRunLock(Connection connection) {
        this.connection = connection;
    }

    static boolean isPostgres(String url) {
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    /**
     * @param dataSource a data source outside the pool: the connection must live exactly as long as the run
     * @param holder who takes it, as {@link RunLock#shortDescription} says it (PostgreSQL adds since when)
     */
    static PostgresRunLock acquire(DataSource dataSource, String holder) throws RunLock.Held, SQLException {
        Connection c = dataSource.getConnection();
        try {
            try (PreparedStatement s = c.prepareStatement("SELECT set_config('application_name', ?, false)")) {
                // PostgreSQL keeps 63 bytes of it
                s.setString(1, shorten("briefing " + holder, 63));
                s.execute();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
                s.setInt(1, CLASS_ID);
                s.setInt(2, OBJECT_ID);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        String who;
                        try (PreparedStatement h = c.prepareStatement(HOLDER); ResultSet r = h.executeQuery()) {
                            who = r.next() ? describe(r.getString(1), r.getString(2), r.getTimestamp(3)) : "another run";
                        }
                        c.close();
                        throw new RunLock.Held(who);
                    }
                }
            }
            return new PostgresRunLock(c);
        }
        catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** Who holds the lock now, if anyone (without taking it). */
    static Optional<String> holder(JdbcTemplate jdbc) {
        return jdbc.query(HOLDER, (rs, i) -> describe(rs.getString(1), rs.getString(2), rs.getTimestamp(3)))
            .stream().findFirst();
    }

    private static String describe(String applicationName, String clientAddress, java.sql.Timestamp since) {
        String name = applicationName == null ? "a run" : applicationName.replaceFirst("^briefing ", "");
        return name + (clientAddress == null ? "" : " from " + clientAddress)
                + (since == null ? "" : ", since " + since.toLocalDateTime().withNano(0).toString().replace('T', ' '));
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    @Override
    public void close() throws SQLException {
        connection.close(); // the session ends, and with it the lock
    }
}
