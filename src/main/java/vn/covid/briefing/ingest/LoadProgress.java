package vn.covid.briefing.ingest;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Periodic progress lines for a long load (a first ingest, a national benchmark): files done of all,
 * and an estimate of the time left from the rate so far. At most one line every ten seconds, and one
 * after the first chunk so that a watcher knows loading has begun.
 */
class LoadProgress implements StepExecutionListener, ItemWriteListener<FileRead> {

    private static final Logger log = LoggerFactory.getLogger(LoadProgress.class);
    private static final Duration EVERY = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private long total;
    private long done;
    private long started;
    private long lastLine;

    LoadProgress(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        total = jdbc.queryForObject("SELECT COUNT(*) FROM source_file WHERE status = 'PENDING'", Long.class);
        done = 0;
        started = clock.millis();
        lastLine = 0;
    }

    @Override
    public void afterWrite(Chunk<? extends FileRead> items) {
        done += items.size();
        long now = clock.millis();
        if (lastLine == 0 || now - lastLine >= EVERY.toMillis() || done == total) {
            lastLine = now;
            long elapsed = Math.max(1, now - started);
            long left = (total - done) * elapsed / Math.max(1, done);
            log.info("Loading reports: {} of {} files ({}%), about {} s left", done, total,
                    total == 0 ? 100 : done * 100 / total, left / 1000);
        }
    }
}
