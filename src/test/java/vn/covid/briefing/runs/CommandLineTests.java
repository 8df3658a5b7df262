package vn.covid.briefing.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class CommandLineTests {

    @Test
    void aFolderMeansTheEmbeddedH2DatabaseThereAndAPostgresUrlGetsBatchedInserts() {
        assertThat(CommandLine.jdbcUrl("/srv/briefing-db")).isEqualTo("jdbc:h2:file:/srv/briefing-db/briefing;DB_CLOSE_ON_EXIT=FALSE");
        assertThat(CommandLine.jdbcUrl("jdbc:postgresql://db/briefing?user=a"))
            .isEqualTo("jdbc:postgresql://db/briefing?user=a&reWriteBatchedInserts=true");
        assertThat(CommandLine.jdbcUrl("jdbc:postgresql://db/briefing"))
            .isEqualTo("jdbc:postgresql://db/briefing?reWriteBatchedInserts=true");
    }

    @Test
    void optionsBecomeSpringSettingsAndAnySettingPassesThrough() throws UsageException {
        CommandLine cl = CommandLine.parse("ingest", "--input=/data/inbox", "--output", "out", "--briefing.scope=VN");

        assertThat(cl.command()).isEqualTo("ingest");
        assertThat(cl.springArguments()).contains("--briefing.input=/data/inbox", "--briefing.scope=VN",
                "--briefing.output=" + Path.of("out").toAbsolutePath());
        assertThat(cl.output(Path.of("/home"))).isEqualTo(Path.of("out"));
        assertThat(CommandLine.parse("status").output(Path.of("/home"))).isEqualTo(Path.of("/home/output"));
    }

    @Test
    void twoCommandsAreAMistake() {
        assertThatThrownBy(() -> CommandLine.parse("ingest", "status")).isInstanceOf(UsageException.class)
            .hasMessage("unexpected argument 'status'");
    }
}
