package vn.covid.briefing.runs;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tables a database has, from its catalogue rather than a failing query (which would end a
 * PostgreSQL transaction): what a database older than a migration does not have yet. Names in lower case.
 */
final class Tables {

    private Tables() {
    }

    static Set<String> of(JdbcTemplate jdbc) {
        Set<String> tables = jdbc.execute((Connection c) -> {
            Set<String> names = new HashSet<>();
            try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "%", new String[] { "TABLE" })) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return names;
        });
        return tables == null ? Set.of() : tables;
    }

    /** Whether the table has the column (a database older than the migration that added it has not). */
    static boolean hasColumn(JdbcTemplate jdbc, String table, String column) {
        Boolean has = jdbc.execute((Connection c) -> {
            // H2 keeps unquoted names in upper case, PostgreSQL in lower case
            for (String name : Set.of(table.toLowerCase(Locale.ROOT), table.toUpperCase(Locale.ROOT))) {
                try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), null, name, null)) {
                    while (rs.next()) {
                        if (rs.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        });
        return Boolean.TRUE.equals(has);
    }
}
