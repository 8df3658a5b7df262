package vn.covid.briefing.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an inbox that tries everything a file can do to a night's run (issue 9), beside good files. Big
 * files are written in the test's temp folder, never committed. Each method names what it makes and
 * returns its path relative to the inbox.
 */
final class HostileInbox {

    /** Appears in the files outside the inbox, and must appear nowhere after the run. */
    static final String MARKER = "SECRET-OUTSIDE-THE-INBOX-5c1e9a";
    static final String HEADER = "report_date,unit_code,unit_name,cases_arrival,cases_quarantine,cases_lockdown,"
            + "cases_community,deaths\n";

    private final Path inbox;
    private final Path outside;
    private final List<ServerSocketChannel> sockets = new ArrayList<>();

    HostileInbox(Path inbox, Path outside) throws IOException {
        this.inbox = inbox;
        this.outside = outside;
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("secret.csv"), HEADER.replace("deaths", "deaths," + MARKER)
                + "2021-09-20,30244," + MARKER + ",0,0,0,1,0,1\n");
        Files.writeString(outside.resolve("inner.csv"), HEADER + "2021-09-21,30247," + MARKER + ",0,0,0,9,0\n");
    }

    /** A Châu Thành report of 13 September 2021's week, two communes. */
    static String dayReport(int day, int cases) {
        return HEADER + "2021-09-%02d,30244,Thị trấn Cái Tàu Hạ,0,0,0,%d,0\n".formatted(day, cases)
                + "2021-09-%02d,30247,Xã An Hiệp,0,1,0,1,0\n".formatted(day);
    }

    String write(String path, String content) throws IOException {
        Path file = inbox.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return path;
    }

    String symbolicLink(String path, Path target) throws IOException {
        Path link = inbox.resolve(path);
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, target);
        return path;
    }

    String linkToASecretOutside() throws IOException {
        return symbolicLink("hostile/link-to-secret.csv", outside.resolve("secret.csv"));
    }

    String linkToPasswd() throws IOException {
        return symbolicLink("hostile/passwd.csv", Path.of("/etc/passwd"));
    }

    String linkToAFolderOutside() throws IOException {
        return symbolicLink("hostile/linked-folder", outside);
    }

    String linkLoop() throws IOException {
        return symbolicLink("hostile/loop", Path.of("."));
    }

    String danglingLink() throws IOException {
        return symbolicLink("hostile/dangling.csv", outside.resolve("no-such-file.csv"));
    }

    String hardLinkToASecretOutside() throws IOException {
        Path link = inbox.resolve("hostile/hard-link-to-secret.csv");
        Files.createDirectories(link.getParent());
        Files.createLink(link, outside.resolve("secret.csv"));
        return "hostile/hard-link-to-secret.csv";
    }

    String fifo() throws IOException, InterruptedException {
        Files.createDirectories(inbox.resolve("hostile"));
        run("mkfifo", inbox.resolve("hostile/fifo.csv").toString());
        return "hostile/fifo.csv";
    }

    String socket() throws IOException {
        Files.createDirectories(inbox.resolve("hostile"));
        ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        socket.bind(UnixDomainSocketAddress.of(inbox.resolve("hostile/socket.csv")));
        sockets.add(socket);
        return "hostile/socket.csv";
    }

    /** The null device under another name; null when this system does not let the test make one. */
    String device() throws IOException, InterruptedException {
        Files.createDirectories(inbox.resolve("hostile"));
        Process p = new ProcessBuilder("mknod", inbox.resolve("hostile/device.csv").toString(), "c", "1", "3")
            .redirectErrorStream(true).start();
        return p.waitFor() == 0 ? "hostile/device.csv" : null;
    }

    String unreadable(String path, String content) throws IOException {
        write(path, content);
        Files.setPosixFilePermissions(inbox.resolve(path), PosixFilePermissions.fromString("---------"));
        return path;
    }

    String unreadableFolder() throws IOException {
        write("hostile/unreadable-folder/Châu Thành 12-9.csv", dayReport(12, 3));
        Files.setPosixFilePermissions(inbox.resolve("hostile/unreadable-folder"), PosixFilePermissions.fromString("---------"));
        return "hostile/unreadable-folder";
    }

    /** A path of more than 4096 bytes (Linux's PATH_MAX), made with relative steps, as bash can (dash cannot). */
    String pathBeyondPathMax() throws IOException, InterruptedException {
        String folder = "d".repeat(250);
        Files.createDirectories(inbox.resolve("hostile/deep"));
        run("bash", "-c", "cd \"$1\" && for i in $(seq 1 18); do mkdir " + folder + " && cd " + folder
                + " || exit 1; done && printf 'x' > report.csv", "bash", inbox.resolve("hostile/deep").toString());
        return "hostile/deep/"; // the folder at which the path grows too long depends on where the inbox is
    }

    /** A report under a path of some 1.200 characters: over the old column width, and a good file. */
    String longButValidPath() throws IOException {
        String folder = "thu muc dai ".repeat(20).strip(); // a name may have 255 bytes
        return write("good/" + (folder + "/").repeat(5) + "Châu Thành 08-9.csv", dayReport(8, 2));
    }

    String rows(String path, int rows) throws IOException {
        Path file = inbox.resolve(path);
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            for (int i = 0; i < rows; i++) {
                // 70 bytes a row: the name is padded with blanks, which the parser trims
                out.write("2021-09-14,30244,Thị trấn Cái Tàu Hạ" + " ".repeat(15) + ",0,1,0,2,0\n");
            }
        }
        return path;
    }

    /** A header of short names (so that the count, not the line's length, is what is too much). */
    String columns(String path, int columns) throws IOException {
        Path file = inbox.resolve(path);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < columns; i++) {
                out.write(i == 0 ? "report_date" : ",c" + i % 10);
            }
            out.write("\n2021-09-14\n");
        }
        return path;
    }

    /** One line of {@code megabytes} MB of short values and no line break. */
    String singleLine(String path, int megabytes) throws IOException {
        Path file = inbox.resolve(path);
        byte[] block = "0123456789,".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
        try (var out = Files.newOutputStream(file)) {
            for (long written = 0; written < megabytes * 1_000_000L; written += block.length) {
                out.write(block);
            }
        }
        return path;
    }

    String nulAfter64Kilobytes() throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        while (text.length() < 70 * 1024) {
            text.append("2021-09-15,30244,Thị trấn Cái Tàu Hạ,0,0,0,1,0\n");
        }
        byte[] bytes = text.append("2021-09-15,30247,Xã An Hiệp,0,0,0,1,0\n").toString().getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 4] = 0;
        Path file = inbox.resolve("hostile/nul-after-64kb.csv");
        Files.write(file, bytes);
        return "hostile/nul-after-64kb.csv";
    }

    /** A file name that would forge a log line and colour a terminal, on a file rejected for a value that is no number. */
    String nameWithLineBreakAndEscape() throws IOException {
        return write("hostile/báo cáo\n08:00 INFO all files loaded \u001B[31mred.csv",
                HEADER + "2021-09-16,30244,Thị trấn Cái Tàu Hạ,0,0,0,một,0\n");
    }

    String controlCharactersInCells() throws IOException {
        return write("hostile/control characters in cells.csv", HEADER
                + "2021-09-16,30244,Thị trấn \u001B[2JCái Tàu Hạ,0,0,0,1,\"1\n\u0007forged line\"\n");
    }

    /** A name whose bytes are not UTF-8 (Latin-1 "Châu.csv"), as only a shell can make on a UTF-8 system. */
    String invalidUtf8Name() throws IOException, InterruptedException {
        run("sh", "-c", "printf 'x' > \"$1/$(printf 'Ch\\342u.csv')\"", "sh", inbox.resolve("hostile").toString());
        return "hostile/Ch\uFFFDu.csv";
    }

    /** Two empty files from two districts: the second is the first, by its bytes. */
    List<String> identicalEmptyFiles() throws IOException {
        write("empty/Tháp Mười 09-9.csv", "");
        write("empty/Tam Nông 09-9.csv", "");
        // the first to arrive is the one registered
        Files.setLastModifiedTime(inbox.resolve("empty/Tháp Mười 09-9.csv"), FileTime.from(Instant.parse("2021-09-09T10:00:00Z")));
        return List.of("empty/Tháp Mười 09-9.csv", "empty/Tam Nông 09-9.csv");
    }

    String totalsLabelInTheFirstColumn() throws IOException {
        return write("good/Châu Thành 07-9 tổng ở cột đầu.csv", """
                Ngày báo cáo;Mã xã;Tên xã;Ca về từ vùng dịch;Ca trong khu cách ly;Ca trong khu phong tỏa;Ca cộng đồng;Tử vong
                07/9/2021;30244;Thị trấn Cái Tàu Hạ;0;0;0;4;0
                07/9/2021;30247;Xã An Hiệp;0;1;0;1;0
                Tổng cộng;;;0;1;0;5;0
                """);
    }

    /** Many tiny files in one folder, each a header and nothing else (and each different, so none is a copy). */
    List<String> tinyFiles(int count) throws IOException {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            paths.add(write("hostile/tiny/header-only-%05d.csv".formatted(i), HEADER + " ".repeat(i % 50) + "\n" + "\n".repeat(i / 50)));
        }
        return paths;
    }

    void close() throws IOException {
        for (ServerSocketChannel s : sockets) {
            s.close();
        }
    }

    /**
     * How to start a process so that file permissions hold for it: as is, unless the tests run as root, who
     * reads a file of mode 000 all the same; then in a user namespace of its own (unshare --user), where
     * root's files are checked by their owner bits. Null when neither works: then the unreadable cases
     * cannot be made here.
     */
    static List<String> wrapperThatEnforcesPermissions(Path temp) throws IOException, InterruptedException {
        Path probe = temp.resolve("permission-probe");
        Files.writeString(probe, "x");
        Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("---------"));
        try {
            for (List<String> wrapper : List.of(List.<String>of(), List.of("unshare", "--user"))) {
                List<String> command = new ArrayList<>(wrapper);
                command.addAll(List.of("cat", probe.toString()));
                Process p;
                try {
                    p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                }
                catch (IOException e) {
                    continue; // no unshare here
                }
                if (p.waitFor() != 0 && (wrapper.isEmpty() || runs(wrapper))) {
                    return wrapper;
                }
            }
            return null;
        }
        finally {
            Files.delete(probe);
        }
    }

    /** The wrapper itself works (so that a failing cat meant "permission denied", not "no such command"). */
    private static boolean runs(List<String> wrapper) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(wrapper);
        command.add("true");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start().waitFor() == 0;
    }

    static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
    }
}
