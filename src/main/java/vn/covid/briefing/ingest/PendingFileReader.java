package vn.covid.briefing.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
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
 * The next few files are parsed ahead on other threads while the writer stores the current chunk, so
 * reading and writing overlap; at most {@code ahead} files are held in memory, whatever the inbox size.
 *
 * <p>It keeps no restart state on purpose: a loaded file leaves the PENDING set in the same transaction as
 * its rows, so after a crash the query itself says where to resume.
 */
class PendingFileReader implements ItemStreamReader<FileRead> {

    private static final int PAGE = 1000;

    private final SourceFiles sourceFiles;
    private final DistrictReportProcessor processor;
    private final int threads;
    private final int ahead;
    private final Deque<Future<FileRead>> parsing = new ArrayDeque<>();
    private Iterator<PendingFile> page = java.util.Collections.emptyIterator();
    private long lastId;
    private boolean more;
    private ExecutorService executor;

    PendingFileReader(JdbcTemplate jdbc, DistrictReportProcessor processor, int threads) {
        this.sourceFiles = new SourceFiles(jdbc);
        this.processor = processor;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.ahead = 8 * this.threads;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        lastId = 0;
        more = true;
        executor = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("validate-", 1).daemon(true).factory());
    }

    @Override
    public FileRead read() throws Exception {
        while (parsing.size() < ahead && hasNext()) {
            PendingFile next = page.next();
            lastId = next.id();
            parsing.add(executor.submit(() -> processor.process(next)));
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
        if (!page.hasNext() && more) {
            List<PendingFile> next = sourceFiles.pending(lastId, PAGE);
            more = next.size() == PAGE;
            page = next.iterator();
        }
        return page.hasNext();
    }

    @Override
    public void close() throws ItemStreamException {
        if (executor != null) {
            executor.shutdownNow();
            parsing.clear();
        }
    }
}
