package vn.covid.briefing.runs;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database seen by a reader: who holds its run lock right now, without taking it (the lock file beside
 * an H2 database, the advisory lock of a PostgreSQL one), and the URL to read it by (an H2 database
 * through the run that has it open).
 *
 * @param databaseUrl the database as configured
 */
record RunLockView(String databaseUrl) {

    Optional<String> holder(JdbcTemplate jdbc) {
        Optional<H2Database> h2 = H2Database.of(databaseUrl);
        if (h2.isPresent()) {
            return h2.get().holder();
        }
        return PostgresRunLock.isPostgres(databaseUrl) ? PostgresRunLock.holder(jdbc) : Optional.empty();
    }

    String readerUrl() {
        return H2Database.of(databaseUrl).map(H2Database::readerUrl).orElse(databaseUrl);
    }

    boolean isH2() {
        return H2Database.of(databaseUrl).isPresent();
    }

    /** An H2 database that no run has made yet: nothing to show, and a reader must not create it. */
    Optional<String> missingDatabase() {
        return H2Database.of(databaseUrl).filter(h2 -> !h2.exists() && h2.holder().isEmpty())
            .map(h2 -> h2.lockFile().getParent().toString());
    }
}
