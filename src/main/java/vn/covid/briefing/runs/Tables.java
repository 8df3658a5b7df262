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
}
