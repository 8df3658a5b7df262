package vn.covid.briefing.runs;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.h2.tools.Server;

/**
 * An embedded H2 database (a file) is open in one process only. So the run that holds the lock also
 * serves it, to this machine only ({@code h2.bindAddress}) and under a random key written into the lock
 * file that only its owner can read: {@code status} and {@code indicators} read through the run while it
 * goes on, and open the file themselves otherwise. The run's lock is a file beside the database's
 * ({@code <name>.run.lock}), taken before the database is opened, so a second run is refused with the
 * holder's name (75) instead of failing on H2's own file lock.
 *
 * <p>H2 does not always come back intact from a kill: in this project's tests and in a reproduction
 * with H2 alone (docs/design.md, "H2 and kill -9"), about one kill in fifty left an index that no longer
 * matched its table, with H2 2.4.240 and 2.5.252 alike. So a run on H2 starts from a copy of the file
 * taken as the run before it began, whenever that run died ({@link StartCopy}).
 */
final class H2Database {

    private final Path base;
    private final String settings;

    private H2Database(Path base, String settings) {
        this.base = base;
        this.settings = settings;
    }

    /** The embedded file database of a JDBC URL ({@code jdbc:h2:file:/x/briefing;...}), if it is one. */
    static Optional<H2Database> of(String url) {
        if (url == null || !url.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String rest = url.substring("jdbc:h2:".length());
        if (rest.matches("(?i)(mem|tcp|ssl|zip|split|nio\\w*|async|memFS|memLZF):.*")) {
            return Optional.empty();
        }
        rest = rest.startsWith("file:") ? rest.substring("file:".length()) : rest;
        int semicolon = rest.indexOf(';');
        String path = semicolon < 0 ? rest : rest.substring(0, semicolon);
        String settings = semicolon < 0 ? "" : rest.substring(semicolon);
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Optional.of(new H2Database(Path.of(path).toAbsolutePath().normalize(), settings));
    }

    /** Whether the database's file is there (a reader must not create an empty one). */
    boolean exists() {
        return java.nio.file.Files.exists(base.resolveSibling(base.getFileName() + ".mv.db"));
    }

    Path lockFile() {
        return base.resolveSibling(base.getFileName() + ".run.lock");
    }

    /**
     * The URL a reader uses: through the run that has the database open, or the file itself (never
     * creating an empty database where none is).
     */
    String readerUrl() {
        Optional<Properties> holder = RunLock.holder(lockFile());
        // a run that holds the lock and serves no one yet is copying the file (StartCopy): wait for its server
        for (int i = 0; i < STARTING_WAIT_MILLIS / 100 && holder.isPresent() && !holder.get().containsKey("server"); i++) {
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            holder = RunLock.holder(lockFile());
        }
        Optional<String> served = holder.map(p -> p.getProperty("server"));
        return served.map(s -> s + settings).orElse("jdbc:h2:file:" + base + settings + ";IFEXISTS=TRUE");
    }

    private static final long STARTING_WAIT_MILLIS = 60_000;

    /**
     * The lock on this database for a run, and the server readers reach it through; closing stops both.
     * Between the two, the database is put right if the last run died (see {@link StartCopy}), and copied
     * as this run finds it.
     *
     * @param about what the lock file says of the run besides its holder (command, scope), for the run
     *        that finds it dead
     */
    Locked lockAndServe(String holder, Map<String, String> about) throws RunLock.Held, IOException, SQLException {
        Optional<Properties> leftByAnyone = RunLock.read(lockFile()).filter(p -> !RunLock.alive(p));
        RunLock lock = RunLock.acquire(lockFile(), holder, about);
        // a run that died before its copy was whole (its lock names no server yet) never opened the
        // database: there is nothing to put back, and its copy is not to be trusted
        Optional<Properties> left = leftByAnyone.filter(p -> p.containsKey("server"));
        try {
            StartCopy copy = new StartCopy(base.resolveSibling(base.getFileName() + ".mv.db"));
            Optional<String> putBack = left.isPresent() ? copy.putBack() : Optional.empty();
            // the application's log is not set up yet: the operator is told here, the log by the run record
            putBack.ifPresent(what -> System.err.println("briefing: the last run (" + left.get().getProperty("holder", "?")
                    + ") died; " + what));
            Optional<Properties> died = putBack.isPresent() ? left : Optional.empty();
            copy.take();
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            String key = HexFormat.of().formatHex(random);
            Server server = Server.createTcpServer("-tcpPort", "0", "-tcpDaemon", "-key", key, base.toString()).start();
            Map<String, String> said = new java.util.HashMap<>(about);
            said.put("server", "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/" + key);
            try {
                lock.say(holder, said);
            }
            catch (IOException | RuntimeException e) {
                server.stop();
                throw e;
            }
            return new Locked(died, () -> {
                try {
                    server.stop();
                }
                finally {
                    lock.close();
                }
            });
        }
        catch (IOException | SQLException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * The run's hold on the database.
     *
     * @param putBack what the lock file said of the run that died, when the database was put back to the
     *        copy taken as it began
     */
    record Locked(Optional<Properties> putBack, AutoCloseable release) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            release.close();
        }
    }

    /** Who holds this database's run lock now, if anyone: what {@code status} shows as running. */
    Optional<String> holder() {
        return RunLock.holder(lockFile()).map((Properties p) -> p.getProperty("holder"));
    }
}
