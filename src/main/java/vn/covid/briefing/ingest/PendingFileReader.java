package vn.covid.briefing.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the files still PENDING, oldest registration first, and hands them over parsed and validated.
 * The next few files are parsed ahead on other threads while the writer stores the current chunk, so
 * reading and writing overlap; at most {@code ahead} files are held in memory, whatever the inbox size.
 *
 * <p>It keeps no restart state on purpose: a loaded file leaves the PENDING set in the same transaction as
 * its rows, so after a crash the query itself says where to resume.
 */
class PendingFileReader implements ItemStreamReader<ParsedReport> {

    private final JdbcTemplate jdbc;
    private final DistrictReportProcessor processor;
    private final int threads;
    private final int ahead;
    private final Deque<Future<ParsedReport>> parsing = new ArrayDeque<>();
    private Iterator<PendingFile> pending;
    private ExecutorService executor;

    PendingFileReader(JdbcTemplate jdbc, DistrictReportProcessor processor, int threads) {
        this.jdbc = jdbc;
        this.processor = processor;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.ahead = 8 * this.threads;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        pending = jdbc.query("SELECT id, file_name, size_bytes FROM source_file WHERE status = 'PENDING' ORDER BY id",
                (rs, i) -> new PendingFile(rs.getLong(1), rs.getString(2), rs.getLong(3)))
            .iterator();
        executor = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("validate-", 1).daemon(true).factory());
    }

    @Override
    public ParsedReport read() throws Exception {
        while (parsing.size() < ahead && pending.hasNext()) {
            PendingFile next = pending.next();
            parsing.add(executor.submit(() -> processor.process(next)));
        }
        Future<ParsedReport> head = parsing.poll();
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

    @Override
    public void close() throws ItemStreamException {
        if (executor != null) {
            executor.shutdownNow();
            parsing.clear();
        }
    }
}
