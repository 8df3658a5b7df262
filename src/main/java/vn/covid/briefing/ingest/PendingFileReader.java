package vn.covid.briefing.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the files still PENDING, oldest registration first, and hands them over parsed and validated (or
 * with the reason they cannot be read now).
 * The files are parsed ahead on other threads: while the writer stores one chunk, the next is parsed, so
 * that the writer seldom waits for the parsers (with a few files ahead, as before, the parsers stood idle
 * for most of each write). Memory stays bounded whatever the inbox ({@link ParseAhead}): at most
 * {@code ahead} files, and no more than {@link #AHEAD_BYTES} of them unless it is a single file.
 *
 * <p>It keeps no restart state on purpose: a loaded file leaves the PENDING set in the same transaction as
 * its rows, so after a crash the query itself says where to resume.
 */
class PendingFileReader implements ItemStreamReader<FileRead> {

    private static final int PAGE = 1000;
    /** File bytes parsed ahead at most: two chunks of a night's small files fit many times over; a large file goes alone. */
    static final long AHEAD_BYTES = 16L << 20;

    private final SourceFiles sourceFiles;
    private final DistrictReportProcessor processor;
    private final int threads;
    private final ParseAhead parsing;
    private final Deque<PendingFile> page = new ArrayDeque<>();
    private long lastId;
    private boolean more;
    private ExecutorService executor;

    /** @param ahead files parsed ahead at most: two chunks, so that the next chunk is ready when one is written */
    PendingFileReader(JdbcTemplate jdbc, DistrictReportProcessor processor, int threads, int ahead) {
        this.sourceFiles = new SourceFiles(jdbc);
        this.processor = processor;
        // by default a core is left to the writer and the database: they are the ingest's critical path
        this.threads = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        this.parsing = new ParseAhead(ahead, AHEAD_BYTES);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        lastId = 0;
        more = true;
        page.clear();
        executor = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("validate-", 1).daemon(true).factory());
    }

    @Override
    public FileRead read() throws Exception {
        while (hasNext() && parsing.hasRoomFor(page.peek().size())) {
            PendingFile next = page.poll();
            lastId = next.id();
            parsing.add(executor.submit(() -> processor.process(next)), next.size());
        }
        Future<FileRead> head = parsing.poll();
        if (head == null) {
            return null;
        }
        try {
            return head.get();
        }
        catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /**
     * Pages through the pending files by id, so that a large inbox is never held in memory whole. Ordered
     * as the (status, id) index is, so that the database reads one page from it instead of sorting them all.
     */
    private boolean hasNext() {
        if (page.isEmpty() && more) {
            List<PendingFile> next = sourceFiles.pending(lastId, PAGE);
            more = next.size() == PAGE;
            page.addAll(next);
        }
        return !page.isEmpty();
    }

    @Override
    public void close() throws ItemStreamException {
        if (executor != null) {
            executor.shutdownNow();
            parsing.clear();
        }
    }
}
