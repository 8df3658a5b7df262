package vn.covid.briefing.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.Installation;

/**
 * The README's crontab line, run as cron runs it (env -i: no locale, PATH=/usr/bin:/bin), on an
 * installation whose inbox has Vietnamese folder and file names, ends exactly as the same run from a
 * terminal: the same exit code, the same files loaded, the same status with its Vietnamese letters.
 */
class UnattendedLauncherIT {

    @TempDir
    Path temp;

    @Test
    void theCrontabLineUnderCronsEmptyEnvironmentDoesWhatATerminalDoes() throws Exception {
        Installation installation = Installation.at(temp.resolve("briefing"));
        Path home = installation.home();
        Briefing.reducedSample(home.resolve("input"));

        Installation.Result fromTerminal = installation.run(Installation.terminal(), installation.briefing("nightly"),
                temp.resolve("terminal.log"));
        Installation.Result terminalStatus = installation.run(Installation.terminal(), installation.briefing("status"),
                temp.resolve("terminal-status.log"));
        deleteRecursively(home.resolve("data"));
        deleteRecursively(home.resolve("output"));
        Files.createDirectories(home.resolve("output"));

        Installation.Result fromCron = installation.run(Installation.CRON, installation.crontabCommand(),
                temp.resolve("cron-shell.log"));
        String cronLog = Files.readString(home.resolve("output/cron.log"), StandardCharsets.UTF_8);
        Installation.Result cronStatus = installation.run(Installation.CRON, installation.briefing("status"),
                temp.resolve("cron-status.log"));

        assertThat(fromTerminal.exitCode()).as(fromTerminal.output()).isEqualTo(3);
        assertThat(fromCron.exitCode()).as(cronLog).isEqualTo(fromTerminal.exitCode());
        assertThat(summary(cronLog)).isEqualTo(summary(fromTerminal.output()))
            .anySatisfy(line -> assertThat(line).contains("29 processed now: 28 loaded, 1 partly loaded, 0 rejected"));
        assertThat(cronLog).contains("reports/877 Châu Thành/Báo cáo ngày 10-9 Châu Thành (gửi lại).csv line 14")
            .doesNotContain("??");
        assertThat(districts(cronStatus.output())).isEqualTo(districts(terminalStatus.output()))
            .contains("  877   Huyện Châu Thành         2021-09-01 2021-09-14    14       0      1",
                    "  867   Thành phố Sa Đéc         2021-09-01 2021-09-14    14       0      0");
        assertThat(cronStatus.output()).contains("Scope: 87 Tỉnh Đồng Tháp").doesNotContain("?");
        try (Stream<Path> pdfs = Files.walk(home.resolve("output"))) {
            assertThat(pdfs.filter(p -> p.toString().endsWith(".pdf")).count()).isEqualTo(3);
        }
    }

    /** What the ingest loaded: the summary's Files and Rows lines. */
    private static List<String> summary(String output) {
        return output.lines().filter(l -> l.startsWith("Files: ") || l.startsWith("Rows: ")).toList();
    }

    /** The status's district table. */
    private static List<String> districts(String status) {
        return status.lines().dropWhile(l -> !l.startsWith("Reports loaded per district")).skip(2)
            .takeWhile(l -> !l.isBlank()).toList();
    }

    private static void deleteRecursively(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
