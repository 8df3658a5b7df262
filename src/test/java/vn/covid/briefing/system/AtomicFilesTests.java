package vn.covid.briefing.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTests {

    @TempDir
    Path temp;

    @Test
    void aWriteReplacesTheFileWholeAndLeavesNothingBeside() throws Exception {
        Path target = temp.resolve("2021/2021-09-13_bao-cao-tuan_ban-1.pdf");
        AtomicFiles.write(target, "bản 1");
        AtomicFiles.write(target, "bản 2");

        assertThat(Files.readString(target)).isEqualTo("bản 2");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void theLeftoversOfAKilledWriteAreRemovedAndNothingElse() throws Exception {
        Path year = Files.createDirectories(temp.resolve("2021"));
        Path run = Files.createDirectories(temp.resolve("runs/20211213-233000-ingest-7"));
        Path pdfLeftover = Files.writeString(year.resolve(".2021-09-13_bao-cao-tuan_ban-1.pdf.8815431906563.tmp"), "half");
        Path summaryLeftover = Files.writeString(run.resolve(".summary.json.42.tmp"), "{");
        Path pdf = Files.writeString(year.resolve("2021-09-13_bao-cao-tuan_ban-1.pdf"), "whole");
        Path someoneElses = Files.writeString(year.resolve("notes.tmp"), "mine");
        Path hidden = Files.writeString(temp.resolve(".briefing.lock"), "nightly");

        assertThat(AtomicFiles.removeLeftovers(temp, 3)).containsExactlyInAnyOrder(pdfLeftover, summaryLeftover);

        assertThat(pdfLeftover).doesNotExist();
        assertThat(summaryLeftover).doesNotExist();
        assertThat(pdf).exists();
        assertThat(someoneElses).exists();
        assertThat(hidden).exists();
    }
}
