package vn.covid.briefing.runs;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The run locks of a command: the H2 database's (with the server its readers reach it through) and the
 * output folder's, taken before any application starts; PostgreSQL's, taken once with the first
 * application (it needs its data source). Released in the reverse order.
 */
final class RunLocks implements AutoCloseable {

    private final List<AutoCloseable> locks = new ArrayList<>();
    private final String url;
    private final String shortHolder;
    private final boolean h2Exists;
    private boolean postgresTaken;
    private Optional<Properties> putBack = Optional.empty();

    private RunLocks(String url, String shortHolder, boolean h2Exists) {
        this.url = url;
        this.shortHolder = shortHolder;
        this.h2Exists = h2Exists;
    }

    /** @param oneScope whether the run is of one scope (then the lock file names it, for a run that finds it dead) */
    static RunLocks take(EffectiveSettings settings, String holder, String command, boolean oneScope)
            throws Exception {
        String url = settings.databaseUrl();
        Optional<H2Database> h2 = H2Database.of(url);
        RunLocks lock = new RunLocks(url, RunLock.shortDescription(command), h2.isPresent() && h2.get().exists());
        try {
            if (h2.isPresent()) {
                Map<String, String> about = new java.util.HashMap<>(Map.of("command", command, "host", RunLock.hostName(),
                        "started", LocalDateTime.now().toString()));
                if (oneScope) {
                    about.put("scope", settings.properties().scope());
                }
                H2Database.Locked locked = h2.get().lockAndServe(holder, about);
                lock.putBack = locked.putBack();
                lock.locks.add(locked);
            }
            lock.locks.add(RunLock.acquire(settings.output().resolve(".briefing.lock"), holder, Map.of()));
        }
        catch (Exception e) {
            lock.close();
            throw e;
        }
        return lock;
    }

    /** The run that died before this one, when the database was put back as it was at its start. */
    Launcher.DeadRun deadRun() {
        return new Launcher.DeadRun(putBack);
    }

    /** PostgreSQL's lock, with the first application's data source; later ones find it held by this run. */
    synchronized void takeWith(ApplicationContext context) throws Exception {
        if (!postgresTaken && PostgresRunLock.isPostgres(url)) {
            locks.add(PostgresRunLock.acquire(unpooled(context), shortHolder));
            postgresTaken = true;
        }
    }

    /** Each released even if another fails to be: a lock left held would read as a run that died. */
    @Override
    public void close() throws Exception {
        Collections.reverse(locks);
        Exception failed = null;
        for (AutoCloseable lock : locks) {
            try {
                lock.close();
            }
            catch (Exception e) {
                if (failed == null) {
                    failed = e;
                }
                else {
                    failed.addSuppressed(e);
                }
            }
        }
        locks.clear();
        if (failed != null) {
            throw failed;
        }
    }

    /** Whether the H2 database was there before the run (a reader may have it open for a moment). */
    boolean h2Existed() {
        return h2Exists;
    }

    /** The run lock's own connection, outside the pool: it must live exactly as long as the run. */
    private static DataSource unpooled(ApplicationContext context) {
        return context.getBean(DataSourceProperties.class).initializeDataSourceBuilder().type(SimpleDriverDataSource.class)
            .build();
    }
}
