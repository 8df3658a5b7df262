package vn.covid.briefing.ingest;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ingest's SQL on {@code source_file}: every file ever registered, identified by the SHA-256 of its
 * bytes, with its status and what its outcome rested on ({@code validated_against}, {@code validated_scope}).
 * A file of a district outside the scope that read it waits as OTHER_SCOPE until a scope holding it runs.
 */
final class SourceFiles {

    /** A registered file, as registration needs to know it. */
    record Known(long id, String name, String status, String reason) {
    }

    /** A file to register: PENDING, or REJECTED unread when it is over the size limit. */
    record NewFile(String checksum, String name, long size, Timestamp modified, String rejectedBecause) {
    }

    private final JdbcTemplate jdbc;
    /** Whether the database takes arrays as parameters (PostgreSQL); asked once, on first use. */
    private Boolean arrays;

    SourceFiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Known> known(Collection<String> checksums) {
        Map<String, Known> known = new HashMap<>();
        if (checksums.isEmpty()) {
            return known;
        }
        jdbc.query("SELECT checksum, id, file_name, status, reason FROM source_file WHERE checksum IN ("
                + String.join(", ", Collections.nCopies(checksums.size(), "?")) + ")", rs -> {
                    known.put(rs.getString(1), new Known(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }, checksums.toArray());
        return known;
    }

    void register(List<NewFile> files, Timestamp now, long jobInstanceId) {
        jdbc.batchUpdate("INSERT INTO source_file (checksum, file_name, size_bytes, modified_at, registered_at, "
                + "registered_by, status, processed_by, processed_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                files.stream().map(f -> {
                    boolean rejected = f.rejectedBecause() != null;
                    return new Object[] { f.checksum(), f.name(), f.size(), f.modified(), now, jobInstanceId,
                            rejected ? "REJECTED" : "PENDING", rejected ? jobInstanceId : null, rejected ? now : null,
                            f.rejectedBecause() };
                }).toList(), new int[] { Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.TIMESTAMP, Types.TIMESTAMP,
                        Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.TIMESTAMP, Types.VARCHAR });
        for (NewFile f : files) {
            if (f.rejectedBecause() != null) {
                jdbc.update("INSERT INTO ingest_issue (file_id, severity, code, message) SELECT id, 'REJECT', ?, reason "
                        + "FROM source_file WHERE checksum = ?", IssueCode.FILE_TOO_LARGE.name(), f.checksum());
            }
        }
    }

    /**
     * Files this scope validated whose outcome rested on other reference data than {@code basis} go back to
     * PENDING, to be validated again; their earlier outcome stays in the other columns until then.
     *
     * @return how many
     */
    int requeueUnless(String scope, String basis) {
        return jdbc.update("UPDATE source_file SET status = 'PENDING' WHERE validated_against IS NOT NULL "
                + "AND validated_scope = ? AND validated_against <> ? AND status <> 'PENDING'", scope, basis);
    }

    /**
     * The files kept for another scope whose district is one of these (the scope now running) go back to
     * PENDING, as files never read: nothing of them was stored.
     *
     * @return how many
     */
    int takeUp(Collection<String> districts) {
        java.util.Set<String> ours = new java.util.HashSet<>(districts);
        int taken = 0;
        for (String d : jdbc.queryForList("SELECT DISTINCT district_code FROM source_file WHERE status = 'OTHER_SCOPE'",
                String.class)) {
            if (ours.contains(d)) {
                taken += jdbc.update("UPDATE source_file SET status = 'PENDING', processed_by = NULL, processed_at = NULL, "
                        + "reason = NULL WHERE status = 'OTHER_SCOPE' AND district_code = ?", d);
            }
        }
        return taken;
    }

    /** The next page of pending files after {@code lastId}, in the order of the (status, id) index. */
    List<PendingFile> pending(long lastId, int page) {
        return jdbc.query("SELECT id, file_name, size_bytes, checksum, processed_by FROM source_file "
                + "WHERE status = 'PENDING' AND id > ? ORDER BY status, id FETCH FIRST " + page + " ROWS ONLY",
                (rs, i) -> new PendingFile(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getObject(5) != null), lastId);
    }

    /** Files that could not be read now and were never processed: forgotten, so that they register again. */
    void withdraw(Collection<Long> ids) {
        jdbc.batchUpdate("DELETE FROM source_file WHERE id = ? AND status = 'PENDING'",
                ids.stream().map(id -> new Object[] { id }).toList());
        SharedRegistration.forgetRegistered(ids);
    }

    /** Files to validate again that cannot be read now: their earlier outcome stands, and they stay due. */
    void keepEarlierOutcome(Collection<Long> ids) {
        jdbc.batchUpdate("UPDATE source_file SET status = CASE WHEN rows_accepted = 0 THEN 'REJECTED' "
                + "WHEN rows_rejected > 0 THEN 'PARTIAL' ELSE 'LOADED' END WHERE id = ?",
                ids.stream().map(id -> new Object[] { id }).toList());
    }

    /**
     * The outcome of each processed file; {@code basis} and {@code scope} are recorded for those whose outcome
     * rests on the scope's reference data. PostgreSQL takes a chunk's outcomes as one statement over arrays:
     * one bind and one reply per chunk for the writer's thread, not one per file (the server's own time, the
     * rows' new index entries, is the same either way).
     */
    void markProcessed(List<ParsedReport> reports, Timestamp now, long jobInstanceId, Map<Long, Integer> corrected,
            String scope, String basis) {
        List<Object[]> outcomes = reports.stream()
            .map(r -> new Object[] { r.status().name(), r.districtCode(),
                    r.reportDate() == null ? null : Date.valueOf(r.reportDate()), r.facts().size(),
                    corrected.getOrDefault(r.fileId(), 0), r.rowsRejected(), r.rowsWarned(),
                    DbText.truncate(r.reason(), 2000), r.dependsOnReference() ? basis : null,
                    r.dependsOnReference() ? scope : null, r.fileId() })
            .toList();
        if (outcomes.isEmpty()) {
            return;
        }
        if (arrays == null) {
            arrays = PostgresCopy.available(jdbc);
        }
        if (arrays) {
            jdbc.update(MARK_ALL, ps -> {
                ps.setLong(1, jobInstanceId);
                ps.setTimestamp(2, now);
                for (int c = 0; c < OUTCOME.size(); c++) {
                    Object[] column = new Object[outcomes.size()];
                    for (int i = 0; i < column.length; i++) {
                        column[i] = outcomes.get(i)[c];
                    }
                    ps.setArray(3 + c, ps.getConnection().createArrayOf(OUTCOME.get(c).arrayOf(), column));
                }
            });
            return;
        }
        jdbc.batchUpdate(MARK_ONE, outcomes.stream().map(o -> {
            Object[] args = new Object[o.length + 2];
            args[0] = jobInstanceId;
            args[1] = now;
            System.arraycopy(o, 0, args, 2, o.length);
            return args;
        }).toList(), java.util.stream.IntStream.concat(java.util.stream.IntStream.of(Types.BIGINT, Types.TIMESTAMP),
                OUTCOME.stream().mapToInt(OutcomeColumn::type)).toArray());
    }

    /** A column of a file's outcome: its name, its JDBC type, and its type as PostgreSQL names it in an array. */
    private record OutcomeColumn(String name, int type, String arrayOf) {
    }

    /** In the order of {@code markProcessed}'s rows; the file's id last, as the key. */
    private static final List<OutcomeColumn> OUTCOME = List.of(new OutcomeColumn("status", Types.VARCHAR, "varchar"),
            new OutcomeColumn("district_code", Types.VARCHAR, "varchar"), new OutcomeColumn("report_date", Types.DATE, "date"),
            new OutcomeColumn("rows_accepted", Types.INTEGER, "integer"),
            new OutcomeColumn("rows_corrected", Types.INTEGER, "integer"),
            new OutcomeColumn("rows_rejected", Types.INTEGER, "integer"),
            new OutcomeColumn("rows_warned", Types.INTEGER, "integer"), new OutcomeColumn("reason", Types.VARCHAR, "varchar"),
            new OutcomeColumn("validated_against", Types.VARCHAR, "varchar"),
            new OutcomeColumn("validated_scope", Types.VARCHAR, "varchar"), new OutcomeColumn("id", Types.BIGINT, "bigint"));
    private static final List<OutcomeColumn> SET = OUTCOME.subList(0, OUTCOME.size() - 1);
    private static final String MARK_ONE = "UPDATE source_file SET processed_by = ?, processed_at = ?, "
            + String.join(", ", SET.stream().map(c -> c.name() + " = ?").toList()) + " WHERE id = ?";
    private static final String MARK_ALL = "UPDATE source_file f SET processed_by = ?, processed_at = ?, "
            + String.join(", ", SET.stream().map(c -> c.name() + " = v." + c.name()).toList())
            + " FROM unnest(" + String.join(", ", OUTCOME.stream().map(c -> "?::" + c.arrayOf() + "[]").toList())
            + ") AS v(" + String.join(", ", OUTCOME.stream().map(OutcomeColumn::name).toList()) + ") WHERE f.id = v.id";
}
