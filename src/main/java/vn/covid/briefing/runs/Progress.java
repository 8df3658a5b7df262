package vn.covid.briefing.runs;

import java.io.Console;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a long run for people: on a terminal, one line rewritten in place with counts and the
 * time left; otherwise (cron, a log file) a log line every ten seconds.
 */
final class Progress {

    private static final Logger log = LoggerFactory.getLogger(Progress.class);
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;

    private final String what;
    private final int total;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastLog = start;
    private int done;

    Progress(String what, int total) {
        Console console = System.console();
        this.what = what;
        this.total = total;
        this.terminal = isTerminal(console);
    }

    /** Java 22+ hands out a Console even when output is redirected; its isTerminal() tells (compiled for 21). */
    private static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        }
        catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** Synchronized: the weeks of a rerun end in several threads. */
    synchronized void step(String item) {
        done++;
        String line = line(item);
        if (terminal) {
            System.out.print("\r" + line + "\033[K");
            if (done == total) {
                System.out.println();
            }
        }
        else if (System.nanoTime() - lastLog >= LOG_EVERY_NANOS || done == total) {
            lastLog = System.nanoTime();
            log.info(line);
        }
    }

    String line(String item) {
        double elapsed = (System.nanoTime() - start) / 1e9;
        long left = done == 0 ? 0 : Math.round(elapsed / done * (total - done));
        return "%s: %d of %d (%d%%), %s, about %s left".formatted(what, done, total, total == 0 ? 100 : done * 100 / total,
                item, left >= 60 ? left / 60 + " min " + left % 60 + " s" : left + " s");
    }
}
