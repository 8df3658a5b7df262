package vn.covid.briefing.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.Database;

/** What a person or cron sees at the command line: help, usage errors, plain failure reasons. */
class LauncherTests {

    @Nested
    class BadUsageExitsWith2BeforeAnythingStarts {

        @Test
        void unknownCommand() {
            Briefing.Result result = Briefing.runArgs("ingets");
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).isEqualTo("briefing: unknown command 'ingets' (did you mean ingest?); "
                    + "see bin/briefing --help\n");
        }

        @Test
        void anOptionTheCommandDoesNotHave() {
            Briefing.Result result = Briefing.runArgs("status", "--force");
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err().lines()).containsExactly(
                    "briefing status: unknown option '--force'; see bin/briefing status --help");
        }

        @Test
        void noCommand() {
            assertThat(Briefing.runArgs().exitCode()).isEqualTo(2);
        }
    }

    @Test
    void aProfileWithoutItsReferenceFilesFailsWithExit1AndSaysWhatIsMissing(@TempDir Path temp) throws Exception {
        Path inbox = Files.createDirectories(temp.resolve("inbox"));
        Path profile = Files.createDirectories(temp.resolve("dong-nai"));
        Files.writeString(profile.resolve("profile.yml"), "briefing:\n  scope: \"75\"\n");
        Briefing briefing = new Briefing(inbox, temp.resolve("out"), Database.H2.freshUrl(temp)).with("--profile").with(
                profile.toString());

        Briefing.Result result = briefing.run("ingest");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("briefing ingest: failed:", "must hold figures.csv").doesNotContain("\tat ");
    }

    @Test
    void anotherProvincesScopeOnTheCommandLineFailsInOneLineBeforeAnythingIsTouched(@TempDir Path temp) throws Exception {
        Briefing briefing = new Briefing(Briefing.emptyInbox(temp), temp.resolve("out"), Database.H2.freshUrl(temp))
            .with("--briefing.scope=74");

        Briefing.Result result = briefing.run("ingest");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).containsExactly("briefing ingest: failed: briefing.scope 74 is not the scope of "
                + "the profile 'dong-thap' (87): a province's figures come from its own profile; give its profile instead "
                + "(--profile <id>; bin/briefing profile new --province 74 makes one)");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void aProfileThatIsNotThereFailsInOneLine(@TempDir Path temp) throws Exception {
        Briefing.Result ingest = new Briefing(Briefing.emptyInbox(temp), temp.resolve("out"), Database.H2.freshUrl(temp))
            .with("--profile").with("dong-nia").run("ingest");

        assertThat(ingest.exitCode()).isEqualTo(1);
        assertThat(ingest.err()).startsWith("briefing ingest: failed: the profile 'dong-nia' has no ")
            .contains("profiles/dong-nia/profile.yml (no such folder; bin/briefing profile new --province <code> makes one)")
            .doesNotContain("\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = { "status", "ingest" })
    void aDatabaseThatCannotBeReachedFailsWithExit1AndOneLineAndTheLogHasTheDetails(String command, @TempDir Path temp)
            throws Exception {
        Briefing briefing = new Briefing(Briefing.emptyInbox(temp), temp.resolve("out"),
                "jdbc:postgresql://127.0.0.1:1/none?user=x&connectTimeout=2");

        Briefing.Result result = briefing.run(command);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("briefing " + command + ": failed: the database cannot be reached",
                "check --db or spring.datasource.url").doesNotContain("\tat ");
        assertThat(Files.readString(briefing.output().resolve("logs/briefing.log")))
            .contains("briefing " + command + " failed: the database cannot be reached", "Connection refused", "\tat ");
    }
}
