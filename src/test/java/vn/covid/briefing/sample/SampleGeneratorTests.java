package vn.covid.briefing.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.covid.briefing.support.Briefing;

/** The committed sample is exactly what the committed generator makes from the real data. */
class SampleGeneratorTests {

    private static final Path REALDATA = Briefing.PROJECT.resolve("../shared/realdata");

    @Test
    void regeneratingTheSampleGivesTheCommittedFilesByteForByte(@TempDir Path temp) throws Exception {
        assumeTrue(Files.isDirectory(REALDATA), "../shared/realdata is not beside the project");

        int exit = SampleGenerator.run(REALDATA, temp);

        assertThat(exit).isZero();
        Path committed = Briefing.PROJECT.resolve("input");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(temp)) {
            files = walk.filter(Files::isRegularFile).map(temp::relativize).sorted().toList();
        }
        // decisions.csv is transcribed from the bulletins by hand, not simulated: the one input file not generated
        try (Stream<Path> walk = Files.walk(committed)) {
            assertThat(walk.filter(Files::isRegularFile).map(committed::relativize)
                .filter(p -> !p.toString().equals("README.md") && !p.toString().equals("reference/decisions.csv"))
                .sorted().toList()).isEqualTo(files);
        }
        assertThat(committed.resolve("reference/decisions.csv")).isRegularFile();
        // units, figures, balances, the two provenance files, district boundaries
        assertThat(files).hasSize(2669 + 6);
        for (Path f : files) {
            assertThat(Files.mismatch(temp.resolve(f), committed.resolve(f))).as(f.toString()).isEqualTo(-1L);
        }
    }
}
