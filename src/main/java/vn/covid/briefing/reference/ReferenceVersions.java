package vn.covid.briefing.reference;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The SQL of {@code reference_version}: per scope, the checksum of the reference data it loaded. What a
 * week's data revision and a file's validation rest on; another scope's reference data is not part of it.
 */
public final class ReferenceVersions {

    /**
     * @param unitsChecksum the checksum of the scope's own units.csv, or null when it uses the national list
     */
    public record Version(String scope, String checksum, String unitsChecksum, Instant loadedAt, int units, int figures) {
    }

    private static final RowMapper<Version> VERSION = (rs, i) -> new Version(rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getInt(5), rs.getInt(6));
    private static final String SELECT = "SELECT scope, checksum, units_checksum, loaded_at, unit_count, figure_count "
            + "FROM reference_version";

    private ReferenceVersions() {
    }

    public static Optional<Version> of(JdbcTemplate jdbc, String scope) {
        return jdbc.query(SELECT + " WHERE scope = ?", VERSION, scope).stream().findFirst();
    }

    /** The checksum of the scope's reference data, or "none" before it was first loaded. */
    public static String checksum(JdbcTemplate jdbc, String scope) {
        return of(jdbc, scope).map(Version::checksum).orElse("none");
    }

    /** Every scope that loaded reference data into this database, in code order. */
    public static List<Version> all(JdbcTemplate jdbc) {
        return jdbc.query(SELECT + " ORDER BY scope", VERSION);
    }

    static void replace(JdbcTemplate jdbc, Version v) {
        jdbc.update("DELETE FROM reference_version WHERE scope = ?", v.scope());
        jdbc.update("INSERT INTO reference_version (scope, checksum, units_checksum, loaded_at, unit_count, figure_count) "
                + "VALUES (?, ?, ?, ?, ?, ?)", v.scope(), v.checksum(), v.unitsChecksum(), Timestamp.from(v.loadedAt()),
                v.units(), v.figures());
    }
}
