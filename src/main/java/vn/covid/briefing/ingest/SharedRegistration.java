package vn.covid.briefing.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one profile's registration learnt of the inbox, kept for the next profiles of the same
 * {@code --profile a,b,…} run: their ingests walk the same inbox, under the same lock, into the same database,
 * moments later.
 * <ul>
 * <li>The checksums of the files it read: reading and hashing every file again was a quarter of a province's
 * night. A file is taken as unchanged only if its path, size, modification time and file key (the inode) are
 * all the same.</li>
 * <li>The files it found registered in {@code source_file}, by checksum: asking the database again for the
 * country's ten thousand files took a province's ingest 50 to 150 ms. A registered file stays registered
 * (only a file withdrawn unread is deleted, and it is forgotten here too).</li>
 * </ul>
 * Nothing is kept once the run ends, so a long-lived process ({@code schedule}) reads each night's inbox afresh.
 */
public final class SharedRegistration implements AutoCloseable {

    private record Key(Path path, long size, Instant modified, Object fileKey) {
    }

    private static volatile Map<Key, String> checksums;
    private static volatile Map<String, SourceFiles.Known> registered;

    private SharedRegistration() {
        checksums = new ConcurrentHashMap<>();
        registered = new ConcurrentHashMap<>();
    }

    /** Keeps what registrations learn between the ingests run until this is closed. */
    public static SharedRegistration keepWhileOpen() {
        return new SharedRegistration();
    }

    @Override
    public void close() {
        checksums = null;
        registered = null;
    }

    /** Of these checksums, the files another profile of this run found registered. */
    static Map<String, SourceFiles.Known> registered(java.util.Collection<String> of) {
        Map<String, SourceFiles.Known> map = registered;
        Map<String, SourceFiles.Known> found = new java.util.HashMap<>();
        if (map != null) {
            for (String checksum : of) {
                SourceFiles.Known k = map.get(checksum);
                if (k != null) {
                    found.put(checksum, k);
                }
            }
        }
        return found;
    }

    static void rememberRegistered(Map<String, SourceFiles.Known> known) {
        Map<String, SourceFiles.Known> map = registered;
        if (map != null) {
            map.putAll(known);
        }
    }

    /** Files deleted from {@code source_file} (withdrawn unread): no longer registered. */
    static void forgetRegistered(java.util.Collection<Long> ids) {
        Map<String, SourceFiles.Known> map = registered;
        if (map != null && !ids.isEmpty()) {
            java.util.Set<Long> gone = new java.util.HashSet<>(ids);
            map.values().removeIf(k -> gone.contains(k.id()));
        }
    }

    /** The checksum another profile's registration read from these very bytes, or null. */
    static String checksum(Path inbox, InboxWalk.Candidate f) {
        Map<Key, String> map = checksums;
        return map == null || f.fileKey() == null ? null : map.get(key(inbox, f));
    }

    static void rememberChecksum(Path inbox, InboxWalk.Candidate f, String checksum) {
        Map<Key, String> map = checksums;
        if (map != null && f.fileKey() != null) {
            map.put(key(inbox, f), checksum);
        }
    }

    private static Key key(Path inbox, InboxWalk.Candidate f) {
        return new Key(inbox.resolve(f.path()), f.size(), f.modified(), f.fileKey());
    }
}
