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
import vn.covid.briefing.support.RealData;

/** The committed sample is exactly what the committed generator makes from the real data. */
class SampleGeneratorTests {

    private static final Path REALDATA = RealData.FOLDER;

    @Test
    void regeneratingTheSampleGivesTheCommittedFilesByteForByte(@TempDir Path temp) throws Exception {
        RealData.assumePresent();

        SampleGenerator.Target target = SampleGenerator.Target.of(temp, temp.resolve("input"));
        int exit = SampleGenerator.run(REALDATA, target);

        assertThat(exit).isZero();
        // the reports, the profile's reference files, and the national list of units, each where it is committed
        SampleGenerator.Target committed = SampleGenerator.Target.of(Briefing.PROJECT, Briefing.PROJECT.resolve("input"));
        assertThat(Files.mismatch(target.units(), committed.units())).as("the national list of units").isEqualTo(-1L);
        compare(target.inbox(), committed.inbox(), 2669);
        // decisions.csv is transcribed from the bulletins by hand, not simulated: the one reference file not generated
        compare(target.reference(), committed.reference(), 5);
        assertThat(committed.reference().resolve("decisions.csv")).isRegularFile();
    }

    private static void compare(Path made, Path committed, int count) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(made)) {
            files = walk.filter(Files::isRegularFile).map(made::relativize).sorted().toList();
        }
        try (Stream<Path> walk = Files.walk(committed)) {
            assertThat(walk.filter(Files::isRegularFile).map(committed::relativize)
                .filter(p -> !p.toString().equals("README.md") && !p.toString().equals("decisions.csv"))
                .sorted().toList()).isEqualTo(files);
        }
        assertThat(files).hasSize(count);
        for (Path f : files) {
            assertThat(Files.mismatch(made.resolve(f), committed.resolve(f))).as(f.toString()).isEqualTo(-1L);
        }
    }
}
