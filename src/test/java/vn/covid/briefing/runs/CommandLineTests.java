package vn.covid.briefing.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine.ParameterException;
import vn.covid.briefing.support.Briefing;

/** The command line as picocli reads it: per-command options, usage errors in one line, help in 80 columns. */
class CommandLineTests {

    private static Invocation parse(String... args) {
        return Cli.parse(args).orElseThrow();
    }

    @Test
    void aFolderMeansTheEmbeddedH2DatabaseThereAndAPostgresUrlGetsBatchedInserts() {
        assertThat(Invocation.jdbcUrl("/srv/briefing-db")).isEqualTo("jdbc:h2:file:/srv/briefing-db/briefing;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(Invocation.jdbcUrl("jdbc:postgresql://db/briefing?user=a"))
            .isEqualTo("jdbc:postgresql://db/briefing?user=a&reWriteBatchedInserts=true");
        assertThat(Invocation.jdbcUrl("jdbc:postgresql://db/briefing"))
            .isEqualTo("jdbc:postgresql://db/briefing?reWriteBatchedInserts=true");
    }

    @Test
    void optionsBecomeSpringSettingsAndAnySettingPassesThrough() {
        Invocation ingest = parse("ingest", "--input=/data/inbox", "--output", "out", "--briefing.scope=VN");

        assertThat(ingest).isInstanceOf(Cli.Ingest.class);
        assertThat(ingest.kind()).isEqualTo(Invocation.Kind.RUN);
        assertThat(ingest.springArguments()).containsExactlyInAnyOrder("--briefing.input=/data/inbox", "--briefing.scope=VN",
                "--briefing.output=" + Path.of("out").toAbsolutePath());
    }

    @Test
    void eachCommandHasItsOwnOptions() {
        Cli.Report report = (Cli.Report) parse("report", "--date", "2021-09-13", "--force");
        Cli.Rerun rerun = (Cli.Rerun) parse("rerun", "--from=2021-09-06", "--to=2021-09-13");

        assertThat(report.date).isEqualTo(LocalDate.of(2021, 9, 13));
        assertThat(report.force).isTrue();
        assertThat(List.of(rerun.from, rerun.to)).containsExactly(LocalDate.of(2021, 9, 6), LocalDate.of(2021, 9, 13));
        assertThat(rerun.force).isFalse();
        assertThat(parse("status").kind()).isEqualTo(Invocation.Kind.READ);
        assertThat(parse("indicators", "--date", "2021-09-13").kind()).isEqualTo(Invocation.Kind.READ);
    }

    @Test
    void theSettingsOfLauncherAreOnePerName() {
        List<String> args = new java.util.ArrayList<>(List.of("--spring.datasource.url=jdbc:h2:file:/a", "--briefing.scope=VN"));
        Launcher.set(args, "spring.datasource.url", "jdbc:h2:tcp://127.0.0.1:1/k");
        assertThat(args).containsExactly("--briefing.scope=VN", "--spring.datasource.url=jdbc:h2:tcp://127.0.0.1:1/k");
    }

    @Test
    void aPasswordInTheArgumentsIsNeverRecorded() {
        assertThat(CommandRuns.masked("ingest --db jdbc:postgresql://db/b?user=u&password=s3cret&ssl=true"))
            .isEqualTo("ingest --db jdbc:postgresql://db/b?user=u&password=***&ssl=true");
        assertThat(CommandRuns.masked("ingest --spring.datasource.password=s3cret")).doesNotContain("s3cret");
    }

    @Nested
    class UsageErrorsAreOneLineWithAPointerToHelp {

        private String error(String... args) {
            assertThatThrownBy(() -> parse(args)).isInstanceOf(ParameterException.class);
            try {
                parse(args);
                throw new AssertionError("no usage error");
            }
            catch (ParameterException e) {
                return Cli.usageError(e);
            }
        }

        @Test
        void anOptionOfAnotherCommand() {
            assertThat(error("status", "--force"))
                .isEqualTo("briefing status: unknown option '--force'; see bin/briefing status --help");
        }

        @Test
        void anUnknownCommandWithASuggestion() {
            assertThat(error("ingets")).isEqualTo("briefing: unknown command 'ingets' (did you mean ingest?); "
                    + "see bin/briefing --help");
        }

        @Test
        void aMissingOrMalformedValue() {
            assertThat(error("ingest", "--input")).startsWith("briefing ingest: missing required parameter for option "
                    + "'--input'").endsWith("; see bin/briefing ingest --help");
            assertThat(error("report")).isEqualTo("briefing report: missing required option: '--date=D'; "
                    + "see bin/briefing report --help");
            assertThat(error("report", "--date", "13/9/2021")).contains("'13/9/2021' is not a date of the form YYYY-MM-DD");
            assertThat(error("rerun", "--from", "2021-09-13", "--to", "2021-09-06"))
                .contains("--from 2021-09-13 is after --to 2021-09-06");
        }

        @Test
        void theSeriesGeneratorsOptionsGoTogether() {
            assertThat(error("sample", "--province", "75", "--from", "2021-09-01"))
                .isEqualTo("briefing sample: --province needs --from, --to and --into; see bin/briefing sample --help");
            assertThat(error("sample", "--into", "x")).startsWith("briefing sample: --from, --to, --into and "
                    + "--district-rows go with --province");
            assertThat(error("sample", "--province", "all", "--from", "2021-09-13", "--to", "2021-09-06", "--into", "x"))
                .contains("--from 2021-09-13 is after --to 2021-09-06");
        }

        @Test
        void twoCommandsOrNone() {
            assertThat(error("ingest", "status")).isEqualTo("briefing ingest: unexpected argument 'status'; "
                    + "see bin/briefing ingest --help");
            assertThat(error()).isEqualTo("briefing: no command given; see bin/briefing --help");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "nightly", "ingest", "report", "rerun", "schedule", "status", "indicators", "sample" })
    void everyLineOfHelpFitsEightyColumns(String command) {
        Briefing.Result help = command.isEmpty() ? Briefing.runArgs("--help") : Briefing.runArgs(command, "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: bin/briefing " + command).contains("-h, --help");
        assertThat(help.out().lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
    }

    @Test
    void theOverviewListsEveryCommandAndTheExitCodes() {
        String help = Briefing.runArgs("--help").out();

        assertThat(help).contains("nightly", "ingest", "report", "rerun", "schedule", "status", "indicators", "sample",
                "75 another run holds the lock", "--name=value");
        assertThat(Briefing.runArgs("help", "report").out()).contains("--date=D", "--force");
    }

    @Test
    void theVersionNamesTheProgramAndItsJava() {
        Briefing.Result version = Briefing.runArgs("--version");

        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("briefing 0.1.0 (Java " + Runtime.version().feature());
        assertThat(Briefing.runArgs("status", "--version").out()).isEqualTo(version.out());
    }
}
