package vn.covid.briefing.runs;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output and error that a thread can keep to itself for a while: the runs of several profiles
 * print side by side, and each run's text is shown whole when it ends, not mixed line by line with the
 * others'. A thread that keeps nothing writes straight through.
 */
final class RoutedOutput implements AutoCloseable {

    private final PrintStream out;
    private final PrintStream err;
    /** Inherited: the threads a run starts (its weeks side by side) print into its text too. */
    private final InheritableThreadLocal<ByteArrayOutputStream> kept = new InheritableThreadLocal<>();

    private RoutedOutput() {
        this.out = System.out;
        this.err = System.err;
        System.setOut(new PrintStream(new Router(out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Router(err), true, StandardCharsets.UTF_8));
    }

    /** Routes System.out and System.err until closed. */
    static RoutedOutput install() {
        return new RoutedOutput();
    }

    /** From now on this thread's output (both streams, in order) is kept. */
    void keep() {
        kept.set(new ByteArrayOutputStream());
    }

    /** What this thread printed since {@link #keep()}; it writes straight through again. */
    String release() {
        ByteArrayOutputStream buffer = kept.get();
        kept.remove();
        return buffer == null ? "" : buffer.toString(StandardCharsets.UTF_8);
    }

    /** The real standard output, for what is shown at once. */
    PrintStream out() {
        return out;
    }

    @Override
    public void close() {
        System.out.flush();
        System.err.flush();
        System.setOut(out);
        System.setErr(err);
    }

    private final class Router extends OutputStream {

        private final OutputStream through;

        Router(OutputStream through) {
            this.through = through;
        }

        private OutputStream target() {
            ByteArrayOutputStream buffer = kept.get();
            return buffer != null ? buffer : through;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            target().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            target().write(b, off, len);
        }

        @Override
        public void flush() throws java.io.IOException {
            target().flush();
        }
    }
}
