package vn.covid.briefing.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.Database;

/** What a person or cron sees at the command line: help, usage errors, plain failure reasons. */
class LauncherTests {

    @Test
    void helpPrintsTheCommandsOptionsAndExitCodes() {
        Briefing.Result result = Briefing.runArgs("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("ingest", "status", "--input DIR", "--db URL|DIR", "--output DIR",
                "75 another run holds the lock");
    }

    @Nested
    class BadUsageExitsWith2 {

        @Test
        void unknownCommand() {
            Briefing.Result result = Briefing.runArgs("ingets");
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).startsWith("briefing: unknown command 'ingets'").contains("Usage: bin/briefing");
        }

        @Test
        void unknownOption() {
            assertThat(Briefing.runArgs("ingest", "--fast").err()).startsWith("briefing: unknown option --fast");
        }

        @Test
        void optionWithoutValue() {
            Briefing.Result result = Briefing.runArgs("ingest", "--input");
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).startsWith("briefing: --input needs a value");
        }

        @Test
        void noCommand() {
            assertThat(Briefing.runArgs().exitCode()).isEqualTo(2);
        }
    }

    @Test
    void aMissingReferenceFolderFailsWithExit1AndSaysWhatIsMissing(@TempDir Path temp) throws Exception {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Briefing briefing = new Briefing(inbox, temp.resolve("out"), Database.H2.freshUrl(temp));

        Briefing.Result result = briefing.run("ingest");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("briefing ingest: failed:", "units.csv and figures.csv")
            .doesNotContain("\tat ");
    }

    @Test
    void aDatabaseThatCannotBeReachedFailsWithExit1AndOneLine(@TempDir Path temp) throws Exception {
        Briefing briefing = new Briefing(Briefing.inboxWithReference(temp), temp.resolve("out"),
                "jdbc:postgresql://127.0.0.1:1/none?user=x&connectTimeout=2");

        Briefing.Result result = briefing.run("status");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("briefing status: failed:").doesNotContain("\tat ");
    }
}
