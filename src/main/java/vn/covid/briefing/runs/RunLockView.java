package vn.covid.briefing.runs;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who holds the run lock of a database right now, seen from outside without taking it: the lock file
 * beside an H2 database, the advisory lock of a PostgreSQL one.
 *
 * @param databaseUrl the database as configured (a reader of H2 may be connected through the run instead)
 */
record RunLockView(String databaseUrl) {

    Optional<String> holder(JdbcTemplate jdbc) {
        Optional<H2Database> h2 = H2Database.of(databaseUrl);
        if (h2.isPresent()) {
            return h2.get().holder();
        }
        return PostgresRunLock.isPostgres(databaseUrl) ? PostgresRunLock.holder(jdbc) : Optional.empty();
    }
}
