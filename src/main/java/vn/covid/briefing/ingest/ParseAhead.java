package vn.covid.briefing.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Future;

/**
 * The files being parsed ahead of the writer, oldest first, bounded by their number and by their bytes
 * (as registered): a window of a night's small files, or one large file alone.
 */
final class ParseAhead {

    private record Parsing(Future<FileRead> read, long size) {
    }

    private final Deque<Parsing> files = new ArrayDeque<>();
    private final int maxFiles;
    private final long maxBytes;
    private long bytes;

    ParseAhead(int maxFiles, long maxBytes) {
        this.maxFiles = Math.max(1, maxFiles);
        this.maxBytes = maxBytes;
    }

    /** Whether a file of this size may start now: always when nothing is being parsed, so that any file goes through. */
    boolean hasRoomFor(long size) {
        return files.isEmpty() || files.size() < maxFiles && bytes + size <= maxBytes;
    }

    void add(Future<FileRead> read, long size) {
        files.add(new Parsing(read, size));
        bytes += size;
    }

    /** The oldest file's reading, or null when none is being parsed. */
    Future<FileRead> poll() {
        Parsing oldest = files.poll();
        if (oldest == null) {
            return null;
        }
        bytes -= oldest.size();
        return oldest.read();
    }

    int size() {
        return files.size();
    }

    void clear() {
        files.forEach(p -> p.read().cancel(true));
        files.clear();
        bytes = 0;
    }
}
