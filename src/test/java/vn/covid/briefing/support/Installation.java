package vn.covid.briefing.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An installation as an office has one: bin/, templates/ and the built jar (no sources, so the launcher never builds),
 * started the way cron starts it: {@code env -i} with cron's few variables, the README's crontab line.
 * For the tests that run after {@code package} (failsafe, *IT).
 */
public final class Installation {

    /** What cron gives a job: HOME, LOGNAME, SHELL and PATH=/usr/bin:/bin; no locale, no JAVA_HOME. */
    public static final Map<String, String> CRON = Map.of("HOME", System.getProperty("user.home"), "LOGNAME",
            System.getProperty("user.name"), "SHELL", "/bin/sh", "PATH", "/usr/bin:/bin");

    /** What a program started by hand in a terminal has. */
    public static Map<String, String> terminal() {
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.putIfAbsent("LANG", "C.UTF-8");
        return env;
    }

    public record Result(int exitCode, String output) {
    }

    private final Path home;

    private Installation(Path home) {
        this.home = home;
    }

    public static Installation at(Path home) throws IOException {
        Path jar = Briefing.PROJECT.resolve("target/briefing.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no target/briefing.jar: these tests run after `package` (bin/mvn verify)");
        }
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("target"));
        for (String script : List.of("briefing", "jdk.sh")) {
            Files.copy(Briefing.PROJECT.resolve("bin").resolve(script), home.resolve("bin").resolve(script),
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
        Files.copy(jar, home.resolve("target/briefing.jar"), StandardCopyOption.REPLACE_EXISTING);
        Briefing.copy(Briefing.PROJECT.resolve("templates"), home.resolve("templates")); // the office edits these
        Briefing.copy(Briefing.SAMPLE_PROFILE, home.resolve("profiles/dong-thap")); // the province's own files
        Files.writeString(home.resolve("target/.built"), ""); // built now, from no sources: never rebuilt
        Files.createDirectories(home.resolve("output")); // README: the crontab line appends to output/cron.log
        return new Installation(home);
    }

    public Path home() {
        return home;
    }

    /** The README's crontab line for the nightly run, with this installation in place of /srv/briefing. */
    public String crontabCommand() throws IOException {
        String readme = Files.readString(Briefing.PROJECT.resolve("README.md"));
        Matcher line = Pattern.compile("(?m)^30 23 \\* \\* \\*\\s+(/srv/briefing/bin/briefing nightly.*)$").matcher(readme);
        if (!line.find()) {
            throw new IllegalStateException("README.md has no crontab line '30 23 * * * /srv/briefing/bin/briefing nightly…'");
        }
        return line.group(1).replace("/srv/briefing", home.toString());
    }

    /** A shell command line, as cron runs one ({@code /bin/sh -c}), under {@code env -i} and the given variables. */
    public Process start(Map<String, String> environment, String commandLine, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of("/usr/bin/env", "-i"));
        environment.forEach((k, v) -> command.add(k + "=" + v));
        command.addAll(List.of("/bin/sh", "-c", commandLine));
        return new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
            .redirectOutput(log.toFile()).start();
    }

    public Result run(Map<String, String> environment, String commandLine, Path log) throws Exception {
        Process p = start(environment, commandLine, log);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("'" + commandLine + "' did not end in 5 minutes");
        }
        return new Result(p.exitValue(), new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
    }

    /** {@code bin/briefing <args>} of this installation. */
    public String briefing(String args) {
        return home.resolve("bin/briefing") + " " + args;
    }
}
