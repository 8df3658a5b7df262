package vn.covid.briefing.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.system.Checksums;

/**
 * Finds the inbox files not seen before, by the SHA-256 of their bytes (a renamed copy is the same
 * file; an edited file with the same name is a new one), and registers them PENDING in arrival order.
 * Files are only read: never moved, changed or deleted. A file over the size limit is rejected unread.
 */
final class InboxRegistrar {

    /** What registration found: every file looked at, and how many were new. */
    record Registration(int seen, int registered, int alreadyKnown, int tooLarge) {
    }

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final long maxBytes;

    InboxRegistrar(JdbcTemplate jdbc, Clock clock, long maxBytes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** @param skipped folders of the inbox that hold no reports (reference data, the office's notes) */
    Registration register(Path inbox, List<Path> skipped, long jobInstanceId) {
        List<Candidate> files = list(inbox, skipped);
        Timestamp now = Timestamp.from(Instant.now(clock));
        int registered = 0;
        int alreadyKnown = 0;
        int tooLarge = 0;
        // in batches, so that memory holds one batch of checksums, not the whole inbox's
        for (int from = 0; from < files.size(); from += BATCH) {
            List<Candidate> batch = files.subList(from, Math.min(files.size(), from + BATCH));
            // reading and hashing thousands of small files is most of registration: on all cores, order kept
            List<String> checksums = batch.parallelStream().map(f -> f.size() > maxBytes
                    ? "unread:" + Checksums.sha256(inbox.relativize(f.path()) + "|" + f.size() + "|" + f.modified())
                    : Checksums.sha256(f.path())).toList();
            Map<String, Candidate> byChecksum = new LinkedHashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                if (byChecksum.putIfAbsent(checksums.get(i), batch.get(i)) != null) {
                    alreadyKnown++;
                }
            }
            List<String> known = jdbc.queryForList("SELECT checksum FROM source_file WHERE checksum IN ("
                    + String.join(", ", Collections.nCopies(byChecksum.size(), "?")) + ")", String.class,
                    byChecksum.keySet().toArray());
            known.forEach(byChecksum::remove);
            alreadyKnown += known.size();
            List<Object[]> rows = new ArrayList<>();
            List<String> large = new ArrayList<>();
            byChecksum.forEach((checksum, f) -> {
                boolean tooBig = f.size() > maxBytes;
                rows.add(new Object[] { checksum, inbox.relativize(f.path()).toString(), f.size(),
                        Timestamp.from(f.modified()), now, jobInstanceId, tooBig ? "REJECTED" : "PENDING",
                        tooBig ? jobInstanceId : null, tooBig ? now : null, tooBig ? tooLargeMessage(f.size()) : null });
                if (tooBig) {
                    large.add(checksum);
                }
            });
            jdbc.batchUpdate("INSERT INTO source_file (checksum, file_name, size_bytes, modified_at, registered_at, "
                    + "registered_by, status, processed_by, processed_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows, new int[] { Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.TIMESTAMP, Types.TIMESTAMP,
                            Types.BIGINT, Types.VARCHAR, Types.BIGINT, Types.TIMESTAMP, Types.VARCHAR });
            for (String checksum : large) {
                jdbc.update("INSERT INTO ingest_issue (file_id, severity, code, message) SELECT id, 'REJECT', ?, reason "
                        + "FROM source_file WHERE checksum = ?", IssueCode.FILE_TOO_LARGE.name(), checksum);
            }
            registered += rows.size() - large.size();
            tooLarge += large.size();
        }
        return new Registration(files.size(), registered, alreadyKnown, tooLarge);
    }

    private String tooLargeMessage(long size) {
        return "the file is %d bytes, over the limit of %d bytes (briefing.ingest.max-file-size); it was not read"
            .formatted(size, maxBytes);
    }

    private record Candidate(Path path, long size, Instant modified) {
    }

    /** Every regular file below the inbox but the skipped folders, hidden files and READMEs, oldest first. */
    private static List<Candidate> list(Path inbox, List<Path> skipped) {
        List<Candidate> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(inbox)) {
            walk.filter(p -> skipped.stream().noneMatch(p::startsWith))
                .filter(p -> inbox.relativize(p).toString().chars().noneMatch(c -> c == 0))
                .filter(p -> !isHidden(inbox, p))
                .filter(Files::isRegularFile)
                .filter(p -> !p.getFileName().toString().toUpperCase(java.util.Locale.ROOT).startsWith("README"))
                .forEach(p -> {
                    try {
                        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                        files.add(new Candidate(p, a.size(), a.lastModifiedTime().toInstant()));
                    }
                    catch (IOException e) {
                        throw new UncheckedIOException("cannot read the attributes of " + p, e);
                    }
                });
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot list the inbox " + inbox, e);
        }
        files.sort(Comparator.comparing(Candidate::modified).thenComparing(c -> c.path().toString()));
        return files;
    }

    private static boolean isHidden(Path inbox, Path p) {
        for (Path part : inbox.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
