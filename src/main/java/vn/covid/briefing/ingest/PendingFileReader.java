package vn.covid.briefing.ingest;

import java.util.Iterator;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the files still PENDING, oldest registration first. It keeps no restart state on purpose: a
 * loaded file leaves the PENDING set in the same transaction as its rows, so after a crash the query
 * itself says where to resume.
 */
final class PendingFileReader implements ItemStreamReader<PendingFile> {

    private final JdbcTemplate jdbc;
    private Iterator<PendingFile> pending;

    PendingFileReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        pending = jdbc.query("SELECT id, file_name, size_bytes FROM source_file WHERE status = 'PENDING' ORDER BY id",
                (rs, i) -> new PendingFile(rs.getLong(1), rs.getString(2), rs.getLong(3)))
            .iterator();
    }

    @Override
    public PendingFile read() {
        return pending.hasNext() ? pending.next() : null;
    }
}
