package vn.covid.briefing.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/** The one line a failed run prints: the cause that names what to fix. */
class FailuresTests {

    @Test
    void aSessionEndedByTheServerIsALostConnectionWhereverItSitsInTheCauses() {
        SQLException terminated = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")); // no SQLSTATE at all
        rollback.addSuppressed(new DataAccessResourceFailureException("chunk", terminated));

        assertThat(Failures.reason(rollback)).startsWith("the database connection was lost during the run (")
            .endsWith("check that the database server runs and is reachable at spring.datasource.url (--db), then run "
                    + "again: it resumes");
    }

    @Test
    void aRollbackThatFailedAfterTheServerEndedTheSessionStillNamesTheLoss() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")); // Hikari's words for a connection closed under it
        rollback.initApplicationException(new DataAccessResourceFailureException("chunk",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01")));

        assertThat(Failures.reason(rollback)).startsWith("the database connection was lost during the run (");
    }

    @Test
    void aServerThatRefusesTheConnectionCannotBeReached() {
        Exception e = new IllegalStateException("Failed to obtain JDBC Connection",
                new SQLException("Connection to 127.0.0.1:1 refused", "08001", new ConnectException("Connection refused")));

        assertThat(Failures.reason(e)).isEqualTo("the database cannot be reached (Connection refused); check --db or "
                + "spring.datasource.url and that the server runs");
    }

    @Test
    void otherwiseTheDeepestMessageNotANameWithoutOne() {
        Exception e = new IllegalStateException("the briefing of 2021-09-13 failed",
                new IllegalArgumentException("templates/texts.yml line 4: no key 'title'", new NullPointerException()));

        assertThat(Failures.reason(e)).isEqualTo("templates/texts.yml line 4: no key 'title'");
    }
}
