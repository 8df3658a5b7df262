package vn.covid.briefing.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** Polling for a condition with a generous timeout: what tests do instead of sleeping and hoping. */
public final class Wait {

    public interface Check {
        boolean ok() throws Exception;
    }

    private Wait() {
    }

    public static void until(String what, Duration timeout, Check check) throws Exception {
        Instant end = Instant.now().plus(timeout);
        while (!check.ok()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError(what + ": not reached in " + timeout);
            }
            Thread.sleep(50);
        }
    }

    /** Until the run's log (output/logs/briefing.log) says {@code text}. */
    public static void forLog(Path output, String text, Duration timeout) throws Exception {
        Path log = output.resolve("logs/briefing.log");
        until("the log saying '" + text + "'", timeout, () -> Files.exists(log) && contains(log, text));
    }

    /** Read leniently: the writer may be in the middle of a Vietnamese letter. */
    private static boolean contains(Path log, String text) throws IOException {
        return new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8).contains(text);
    }
}
