package vn.covid.briefing.briefing.edition;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every briefing ever issued, and the snapshots that can make one again: the only class that reads or
 * writes {@code briefing_edition} and {@code briefing_snapshot}. A scope's report date has editions 1, 2, …,
 * each fixed to the content it was made from; another scope's editions of the same date are its own. The PDF
 * of an edition is never rewritten with other content. Snapshots are content-addressed (their key is the
 * checksum of what they hold), so scopes may share one without either being able to change it.
 */
@Component
public class Editions {

    private static final String COLUMNS = "scope, report_date, edition, data_revision, settings_checksum, notes_checksum, "
            + "template_checksum, issued_at, pdf_checksum, pdf_path, provisional, headline, snapshot_checksum, reasons, "
            + "texts_version";

    private final JdbcTemplate jdbc;

    public Editions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An edition as recorded.
     *
     * @param identity what it was made of (data, settings, notes) and its wording
     * @param reasons why it was made, e.g. [DATA] (empty for a first edition)
     */
    public record Edition(String scope, LocalDate reportDate, int number, Identity identity, Instant issuedAt,
            String pdfChecksum, Path pdf, boolean provisional, Map<String, String> headline, String snapshot,
            List<String> reasons, String textsVersion) {
    }

    public Optional<Edition> latest(String scope, LocalDate date) {
        return jdbc.query("SELECT " + COLUMNS + " FROM briefing_edition WHERE scope = ? AND report_date = ? "
                + "ORDER BY edition DESC FETCH FIRST 1 ROWS ONLY", Editions::edition, scope, Date.valueOf(date))
            .stream().findFirst();
    }

    /** The edition just before this one, if any. */
    public Optional<Edition> previous(Edition e) {
        return jdbc.query("SELECT " + COLUMNS + " FROM briefing_edition WHERE scope = ? AND report_date = ? AND edition = ?",
                Editions::edition, e.scope(), Date.valueOf(e.reportDate()), e.number() - 1).stream().findFirst();
    }

    /** The latest edition of each report date of the scope, newest date first. */
    public List<Edition> latestOfEachDate(String scope) {
        return jdbc.query("SELECT " + COLUMNS + " FROM briefing_edition e WHERE e.scope = ? AND e.edition = "
                + "(SELECT MAX(x.edition) FROM briefing_edition x WHERE x.scope = e.scope AND x.report_date = e.report_date) "
                + "ORDER BY e.report_date DESC", Editions::edition, scope);
    }

    /** The latest edition of the newest report date of every scope that issued one, in scope order. */
    public List<Edition> newestOfEachScope() {
        return jdbc.query("SELECT " + COLUMNS + " FROM briefing_edition e WHERE e.report_date = (SELECT MAX(x.report_date) "
                + "FROM briefing_edition x WHERE x.scope = e.scope) AND e.edition = (SELECT MAX(y.edition) FROM "
                + "briefing_edition y WHERE y.scope = e.scope AND y.report_date = e.report_date) ORDER BY e.scope",
                Editions::edition);
    }

    /** Whether a file at this path is one of ours (an edition's PDF), damaged or not. */
    public boolean knows(Path pdf) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM briefing_edition WHERE pdf_path = ?", Integer.class,
                pdf.toAbsolutePath().toString());
        return n != null && n > 0;
    }

    public void record(Edition e) {
        jdbc.update("INSERT INTO briefing_edition (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.scope(), Date.valueOf(e.reportDate()), e.number(), e.identity().dataRevision(), e.identity().settings(),
                e.identity().notes(), e.identity().wording(), Timestamp.from(e.issuedAt()), e.pdfChecksum(),
                e.pdf().toAbsolutePath().toString(), e.provisional(), Headline.encode(e.headline()), e.snapshot(),
                String.join(",", e.reasons()), e.textsVersion());
    }

    /** Snapshots stored by the briefings of several profiles that one process runs side by side. */
    private static final Object SNAPSHOTS = new Object();

    /**
     * Stores a snapshot (content-addressed: the same wording twice is stored once), committed at once and
     * one at a time: two profiles' briefings running side by side store the same snapshot (no notes, say),
     * and inside their briefings' transactions neither would see the other's. A snapshot whose briefing
     * then fails is left unused, which is harmless.
     */
    public void saveSnapshot(String checksum, String content) {
        TransactionTemplate own = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        synchronized (SNAPSHOTS) {
            own.executeWithoutResult(status -> {
                Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM briefing_snapshot WHERE checksum = ?", Integer.class,
                        checksum);
                if (n == null || n == 0) {
                    jdbc.update("INSERT INTO briefing_snapshot (checksum, content) VALUES (?, ?)", checksum, content);
                }
            });
        }
    }

    public Optional<String> snapshot(String checksum) {
        return jdbc.queryForList("SELECT content FROM briefing_snapshot WHERE checksum = ?", String.class, checksum)
            .stream().findFirst();
    }

    private static Edition edition(ResultSet rs, int row) throws SQLException {
        String reasons = rs.getString(14);
        return new Edition(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getInt(3), new Identity(rs.getString(4),
                nullToEmpty(rs.getString(5)), nullToEmpty(rs.getString(6)), rs.getString(7)),
                rs.getTimestamp(8).toInstant(), rs.getString(9), Path.of(rs.getString(10)), rs.getBoolean(11),
                Headline.decode(rs.getString(12)), rs.getString(13),
                reasons == null || reasons.isEmpty() ? List.of() : List.of(reasons.split(",")), rs.getString(15));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * The headline figures as stored: a JSON object in the order printed. Editions recorded before held
     * one "key=value" per line, and are still read.
     */
    static final class Headline {

        private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .build();

        private Headline() {
        }

        static String encode(Map<String, String> headline) {
            return JSON.writeValueAsString(headline);
        }

        static Map<String, String> decode(String text) {
            Map<String, String> h = new LinkedHashMap<>();
            if (text == null || text.isBlank()) {
                return h;
            }
            if (text.startsWith("{")) {
                JSON.readTree(text).properties().forEach(e -> h.put(e.getKey(), e.getValue().asString()));
                return h;
            }
            text.lines().filter(l -> l.contains("=")).forEach(l -> h.put(l.substring(0, l.indexOf('=')),
                    l.substring(l.indexOf('=') + 1)));
            return h;
        }
    }
}
