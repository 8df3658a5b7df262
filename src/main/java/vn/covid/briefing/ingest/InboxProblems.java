package vn.covid.briefing.ingest;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import vn.covid.briefing.system.Checksums;
import vn.covid.briefing.system.Printable;

/**
 * The SQL of {@code inbox_problem}: the files of the inbox that wait (cannot be read now) or are skipped
 * (never read), as the last run of a scope saw them (two scopes may read two inboxes, so each keeps its
 * own). A row is kept up to date while its problem lasts and goes once its file goes in or leaves the
 * inbox. Paths and messages are stored escaped for people ({@link Printable}).
 */
public final class InboxProblems {

    /** A problem as found: the path relative to the inbox (as found, not escaped) and, for a copy, the file it copies. */
    record Found(String path, FileProblem problem, String message, Long sameAs) {

        Found(String path, FileProblem problem, String message) {
            this(path, problem, message, null);
        }
    }

    /**
     * A problem as recorded, for people. For a copy ({@link FileProblem#SAME_CONTENT}) {@code sameAs} names
     * the file registered with those bytes and its outcome (e.g. "rejected (the file is empty)").
     */
    public record Problem(String path, String kind, String code, String message, Instant firstSeen, Instant lastSeen,
            long seenBy, String sameAsFile, String sameAsOutcome) {
    }

    private static final String SELECT = "SELECT p.path, p.kind, p.code, p.message, p.first_seen, p.last_seen, "
            + "p.seen_by, f.file_name, f.status, f.reason FROM inbox_problem p LEFT JOIN source_file f ON f.id = p.same_as ";

    private final JdbcTemplate jdbc;
    private final String scope;
    private boolean mayHaveRows = true;

    /** @param scope whose runs' problems these are */
    public InboxProblems(JdbcTemplate jdbc, String scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /** Remembers whether the scope has none, so that a run without problems pays nothing per chunk. */
    InboxProblems checkedForRows() {
        mayHaveRows = jdbc.queryForObject("SELECT COUNT(*) FROM inbox_problem WHERE scope = ?", Integer.class, scope) > 0;
        return this;
    }

    /** Records or refreshes each problem; the first time a path was seen with a problem is kept. */
    void record(Collection<Found> found, Timestamp now, long jobInstanceId) {
        if (found.isEmpty()) {
            return;
        }
        mayHaveRows = true;
        Map<String, Found> byHash = new LinkedHashMap<>(); // one row per path, the last problem found for it
        found.forEach(f -> byHash.put(hash(f.path()), f));
        List<Object[]> updates = new ArrayList<>();
        byHash.forEach((hash, f) -> updates.add(new Object[] { DbText.truncate(Printable.of(f.path()), 4000),
                f.problem().kind().name(), f.problem().name(), DbText.truncate(Printable.of(f.message()), 2000), now,
                jobInstanceId, f.sameAs(), scope, hash }));
        int[] updated = jdbc.batchUpdate("UPDATE inbox_problem SET path = ?, kind = ?, code = ?, message = ?, "
                + "last_seen = ?, seen_by = ?, same_as = ? WHERE scope = ? AND path_hash = ?", updates,
                new int[] { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP, Types.BIGINT,
                        Types.BIGINT, Types.VARCHAR, Types.VARCHAR });
        List<Object[]> inserts = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                Object[] u = updates.get(i);
                inserts.add(new Object[] { scope, u[8], u[0], u[1], u[2], u[3], now, now, jobInstanceId, u[6] });
            }
        }
        jdbc.batchUpdate("INSERT INTO inbox_problem (scope, path_hash, path, kind, code, message, first_seen, last_seen, "
                + "seen_by, same_as) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts,
                new int[] { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.TIMESTAMP, Types.TIMESTAMP, Types.BIGINT, Types.BIGINT });
    }

    /** The files at these paths went in: whatever kept them out is over. */
    void forget(Collection<String> paths) {
        if (mayHaveRows && !paths.isEmpty()) {
            jdbc.batchUpdate("DELETE FROM inbox_problem WHERE scope = ? AND path_hash = ?",
                    paths.stream().map(p -> new Object[] { scope, hash(p) }).toList());
        }
    }

    /** Problems this run's look at the inbox did not find again: their files went in or left the inbox. */
    int forgetNotSeenSince(Timestamp inboxListedAt) {
        return jdbc.update("DELETE FROM inbox_problem WHERE scope = ? AND last_seen < ?", scope, inboxListedAt);
    }

    /** What one ingest run found, waiting files first. */
    public List<Problem> seenBy(long jobInstanceId) {
        return jdbc.query(SELECT + "WHERE p.seen_by = ? ORDER BY p.kind DESC, p.path", MAPPER, jobInstanceId);
    }

    /** Every file that waits or is skipped now for the scope, waiting files first. */
    public List<Problem> all() {
        return jdbc.query(SELECT + "WHERE p.scope = ? ORDER BY p.kind DESC, p.path", MAPPER, scope);
    }

    private static final RowMapper<Problem> MAPPER = (rs, n) -> {
        String reason = rs.getString(10);
        String outcome = rs.getString(9) == null ? null : switch (rs.getString(9)) {
            case "LOADED" -> "loaded";
            case "PARTIAL" -> "partly loaded";
            case "REJECTED" -> "rejected";
            default -> "not loaded yet";
        } + (reason == null ? "" : " (" + Printable.of(reason) + ")");
        return new Problem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), rs.getLong(7),
                Printable.of(rs.getString(8)), outcome);
    };

    static String hash(String path) {
        return Checksums.sha256(path);
    }
}
