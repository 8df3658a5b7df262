package vn.covid.briefing.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The one way the ingest opens a file of the inbox, for registration and for loading alike: never through
 * a symbolic link, never a file that resolves outside the inbox or has other names (hard links) that could
 * lie outside it, never a pipe or a device (opening a pipe would wait forever), and never past the size
 * limit. Linux and other Unix systems only (it reads the unix attribute view). The bytes are hashed as they are read, so that what
 * is validated is known to be what was registered.
 */
final class InboxFile {

    /** Per thread, so that draining thousands of files allocates nothing. */
    private static final ThreadLocal<byte[]> DRAIN = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

    private InboxFile() {
    }

    /** Why a file was not read, as a {@link FileProblem} and its particulars. */
    static final class NotRead extends IOException {

        private final FileProblem problem;

        NotRead(FileProblem problem, String detail) {
            super(detail == null ? problem.meaning() : problem.meaning() + " (" + detail + ")");
            this.problem = problem;
        }

        FileProblem problem() {
            return problem;
        }
    }

    /** More bytes came than the size limit allows. */
    static final class OverLimit extends IOException {
        OverLimit(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    /**
     * Opens a file found below {@code inbox} (which must be a real path, see {@link Path#toRealPath}).
     *
     * @throws NotRead when it must not or cannot be opened now
     */
    static Bytes open(Path inbox, Path file, long maxBytes) throws NotRead {
        try {
            Map<String, Object> a = Files.readAttributes(file, "unix:isSymbolicLink,isRegularFile,nlink",
                    LinkOption.NOFOLLOW_LINKS);
            if (Boolean.TRUE.equals(a.get("isSymbolicLink"))) {
                throw new NotRead(FileProblem.SYMBOLIC_LINK, null);
            }
            if (!Boolean.TRUE.equals(a.get("isRegularFile"))) {
                throw new NotRead(FileProblem.NOT_A_REGULAR_FILE, null);
            }
            // another name of the same bytes may stand anywhere on the disk, /etc/passwd as well as a report
            if (a.get("nlink") instanceof Integer links && links > 1) {
                throw new NotRead(FileProblem.HARD_LINK, links + " names");
            }
            // a folder on the way that became a link would lead elsewhere: the file must still be below the inbox
            if (!file.toRealPath().startsWith(inbox)) {
                throw new NotRead(FileProblem.OUTSIDE_INBOX, null);
            }
            return new Bytes(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), maxBytes);
        }
        catch (NotRead e) {
            throw e;
        }
        catch (IOException e) {
            throw notRead(e);
        }
    }

    /** What an I/O failure on a file of the inbox means for it. */
    static NotRead notRead(IOException e) {
        if (e instanceof NotRead n) {
            return n;
        }
        if (e instanceof NoSuchFileException) {
            return new NotRead(FileProblem.FILE_VANISHED, null);
        }
        if (e instanceof AccessDeniedException) {
            return new NotRead(FileProblem.FILE_UNREADABLE, "permission denied");
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (reason != null && reason.contains("File name too long")) {
            return new NotRead(FileProblem.PATH_TOO_LONG, reason);
        }
        if (reason != null && reason.contains("Too many levels of symbolic links")) {
            return new NotRead(FileProblem.SYMBOLIC_LINK, null); // the file became a link after it was listed
        }
        return new NotRead(FileProblem.FILE_UNREADABLE, reason == null ? e.getClass().getSimpleName() : reason);
    }

    /** A file's bytes as read: counted, hashed, and stopped at the size limit. */
    static final class Bytes extends FilterInputStream {

        private final MessageDigest digest;
        private final long limit;
        private long count;

        private Bytes(InputStream in, long limit) {
            super(in);
            this.limit = limit;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            }
            catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JDK has SHA-256", e);
            }
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
                digest.update((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
                digest.update(buffer, offset, n);
            }
            return n;
        }

        private void counted(int n) throws OverLimit {
            count += n;
            if (count > limit) {
                throw new OverLimit(limit);
            }
        }

        @Override
        public long skip(long n) throws IOException {
            throw new IOException("every byte is hashed; nothing is skipped");
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        /** Reads what is left, then returns the SHA-256 of every byte of the file. */
        String checksumOfAll() throws IOException {
            byte[] buffer = DRAIN.get();
            while (read(buffer, 0, buffer.length) >= 0) {
                // only the digest wants these bytes
            }
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
