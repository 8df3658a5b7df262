package vn.covid.briefing.runs;

import java.sql.ResultSet;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whether a table exists, from the database's catalogue rather than a failing query (which would end a
 * PostgreSQL transaction): what a database older than a migration does not have yet.
 */
final class Tables {

    private Tables() {
    }

    static boolean exist(JdbcTemplate jdbc, String table) {
        Boolean found = jdbc.execute((java.sql.Connection c) -> {
            for (String name : new String[] { table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT) }) {
                try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, name, new String[] { "TABLE" })) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
            return false;
        });
        return Boolean.TRUE.equals(found);
    }
}
