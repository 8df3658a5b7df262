package vn.covid.briefing.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import vn.covid.briefing.BriefingApplicationAccess;
import vn.covid.briefing.runs.Launcher;

/**
 * Runs bin/briefing's commands for tests: in this JVM through the real {@link Launcher} (usage, lock,
 * Spring context, command, exit code), or as a separate process with the real main class, for kill -9
 * and lock tests.
 */
public final class Briefing {

    /** What a run printed and returned. */
    public record Result(int exitCode, String out, String err) {
    }

    public static final Path PROJECT = Path.of("").toAbsolutePath();

    /** The shipped sample's profile (Đồng Tháp), and its reference files. */
    public static final Path SAMPLE_PROFILE = PROJECT.resolve("profiles/dong-thap");
    public static final Path SAMPLE_REFERENCE = SAMPLE_PROFILE.resolve("reference");

    private final Path input;
    private final Path output;
    private final String dbUrl;
    private final List<String> settings = new ArrayList<>();

    public Briefing(Path input, Path output, String dbUrl) {
        this.input = input;
        this.output = output;
        this.dbUrl = dbUrl;
    }

    /**
     * The runs of one scope of a database that serves several: its scope and its reference folder (outside
     * the inbox, which scopes may share). The one place that says how a scope is given its settings.
     */
    public static Briefing ofScope(String scope, Path reference, Path input, Path output, String dbUrl) {
        try {
            return new Briefing(input, output, dbUrl).with("--briefing.profile=" + profileOf(scope, reference));
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A profile of the scope whose reference folder is the given one (linked, so that a test may change it
     * later): Đồng Tháp's settings and wording for 87, a plain header and signer for any other scope.
     */
    private static Path profileOf(String scope, Path reference) throws IOException {
        Path profile = reference.resolveSibling("profile-of-" + reference.getFileName());
        if (Files.isDirectory(profile)) {
            return profile;
        }
        Files.createDirectories(profile);
        Files.createSymbolicLink(profile.resolve("reference"), reference.toAbsolutePath());
        if (scope.equals("87")) {
            Files.copy(SAMPLE_PROFILE.resolve("profile.yml"), profile.resolve("profile.yml"));
            Files.copy(SAMPLE_PROFILE.resolve("texts.yml"), profile.resolve("texts.yml"));
        }
        else {
            Files.writeString(profile.resolve("profile.yml"), "briefing:\n  scope: \"" + scope + "\"\n");
            Files.writeString(profile.resolve("texts.yml"), """
                    header: { superior: "TỈNH ỦY", issuer: "BAN CÁN SỰ ĐẢNG UBND TỈNH", reference: "{number}-BC/BCSĐ", place: "Tỉnh" }
                    signature: { on-behalf: "T/M BAN CÁN SỰ ĐẢNG", title: "BÍ THƯ", name: "Người ký" }
                    recipients: ["Lưu Văn phòng"]
                    """);
        }
        return profile;
    }

    public Briefing with(String setting) {
        settings.add(setting);
        return this;
    }

    public String dbUrl() {
        return dbUrl;
    }

    public Path output() {
        return output;
    }

    public Path input() {
        return input;
    }

    private List<String> args(String command) {
        List<String> args = new ArrayList<>(List.of(command, "--input", input.toString(), "--output", output.toString(),
                "--db", dbUrl));
        args.addAll(settings);
        return args;
    }

    public Result run(String command) {
        return runArgs(args(command).toArray(String[]::new));
    }

    public static synchronized Result runArgs(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int code = Launcher.launch(BriefingApplicationAccess::start, args);
            return new Result(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        }
        finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /**
     * How a separate JVM is started: a command to run it under (e.g. {@code unshare --user}), its options
     * (a heap limit) and environment variables to set (e.g. a locale, as cron's would be).
     */
    public record Launch(List<String> wrapper, List<String> jvmOptions, Map<String, String> environment) {

        public static final Launch DEFAULT = new Launch(List.of(), List.of("-Xmx512m"), Map.of());
    }

    /** The same command in a separate JVM (the real main class), started and left running. */
    public Process start(String command, Path log) throws IOException {
        return start(command, log, Launch.DEFAULT);
    }

    public Process start(String command, Path log, Launch launch) throws IOException {
        List<String> cmd = new ArrayList<>(launch.wrapper());
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(launch.jvmOptions());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "vn.covid.briefing.BriefingApplication"));
        cmd.addAll(args(command));
        ProcessBuilder process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        process.environment().putAll(launch.environment());
        return process.start();
    }

    public Result runProcess(String command, Path log) throws IOException, InterruptedException {
        return runProcess(command, log, Launch.DEFAULT);
    }

    public Result runProcess(String command, Path log, Launch launch) throws IOException, InterruptedException {
        Process p = start(command, log, launch);
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("the run did not end in 3 minutes");
        }
        return new Result(p.exitValue(), Files.readString(log), "");
    }

    /** Copies a folder (the sample input, a fixture folder) into the test's inbox. */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                }
                else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * Two districts' first two weeks of September 2021 from the sample (29 files, one of them the resent
     * Châu Thành report with four bad rows), under their Vietnamese folder and file names: the sample's
     * character in a minute's run. Its reference data is the shipped profile's.
     */
    public static Path reducedSample(Path inbox) throws IOException {
        java.util.regex.Pattern days = java.util.regex.Pattern.compile(
                "Báo cáo ngày ([1-9]|1[0-4])-9 Châu Thành.*\\.csv|TP Sa Đéc - (0[1-9]|1[0-4])\\.09\\.2021\\.csv");
        for (String district : List.of("877 Châu Thành", "867 TP Sa Đéc")) {
            Path from = PROJECT.resolve("input/reports").resolve(district);
            Path to = Files.createDirectories(inbox.resolve("reports").resolve(district));
            try (Stream<Path> files = Files.list(from)) {
                for (Path f : files.filter(f -> days.matcher(f.getFileName().toString()).matches()).toList()) {
                    Files.copy(f, to.resolve(f.getFileName().toString()));
                }
            }
        }
        return inbox;
    }

    /**
     * One week (7-13/9/2021) of Châu Thành and Sa Đéc from the sample, with the sample's resent Châu Thành
     * report of 10/9 and its four bad rows (15 files), under {@code reports/} of the inbox; no reference data.
     */
    public static Path sampleWeek(Path inbox) throws IOException {
        java.util.regex.Pattern week = java.util.regex.Pattern.compile(
                "Báo cáo ngày ([7-9]|1[0-3])-9 Châu Thành.*\\.csv|TP Sa Đéc - (0[7-9]|1[0-3])\\.09\\.2021\\.csv");
        for (String district : List.of("877 Châu Thành", "867 TP Sa Đéc")) {
            Path to = Files.createDirectories(inbox.resolve("reports").resolve(district));
            try (Stream<Path> files = Files.list(PROJECT.resolve("input/reports").resolve(district))) {
                for (Path f : files.filter(f -> week.matcher(f.getFileName().toString()).matches()).toList()) {
                    Files.copy(f, to.resolve(f.getFileName().toString()));
                }
            }
        }
        return inbox;
    }

    /** An empty inbox (the reference data is the shipped profile's). */
    public static Path emptyInbox(Path tempDir) throws IOException {
        return Files.createDirectories(tempDir.resolve("inbox"));
    }

    /** A copy of the shipped profile, for a test that changes it: {@code with("--briefing.profile=" + copy)}. */
    public static Path sampleProfileCopy(Path tempDir) throws IOException {
        Path profile = tempDir.resolve("profile");
        copy(SAMPLE_PROFILE, profile);
        return profile;
    }
}
