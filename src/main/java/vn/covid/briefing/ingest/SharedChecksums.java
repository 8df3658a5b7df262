package vn.covid.briefing.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checksums of the inbox files read by one profile's registration, kept for the next profiles of the
 * same {@code --profile a,b,…} run: their ingests walk the same inbox, under the same lock, minutes later,
 * and reading and hashing every file again was a quarter of a province's night. A file is taken as unchanged
 * only if its path, size, modification time and file key (the inode) are all the same; nothing is kept once
 * the run ends, so a long-lived process ({@code schedule}) reads each night's inbox afresh.
 */
public final class SharedChecksums implements AutoCloseable {

    private record Key(Path path, long size, Instant modified, Object fileKey) {
    }

    private static volatile Map<Key, String> shared;

    private SharedChecksums() {
        shared = new ConcurrentHashMap<>();
    }

    /** Keeps checksums between the ingests run until this is closed. */
    public static SharedChecksums keepWhileOpen() {
        return new SharedChecksums();
    }

    @Override
    public void close() {
        shared = null;
    }

    /** The checksum another profile's registration read from these very bytes, or null. */
    static String known(Path inbox, InboxWalk.Candidate f) {
        Map<Key, String> map = shared;
        return map == null || f.fileKey() == null ? null : map.get(key(inbox, f));
    }

    static void remember(Path inbox, InboxWalk.Candidate f, String checksum) {
        Map<Key, String> map = shared;
        if (map != null && f.fileKey() != null) {
            map.put(key(inbox, f), checksum);
        }
    }

    private static Key key(Path inbox, InboxWalk.Candidate f) {
        return new Key(inbox.resolve(f.path()), f.size(), f.modified(), f.fileKey());
    }
}
