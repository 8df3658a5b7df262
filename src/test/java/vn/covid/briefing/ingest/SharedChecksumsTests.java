package vn.covid.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedChecksumsTests {

    @TempDir
    Path inbox;

    @Test
    void aFileIsTakenAsReadOnlyWhileItsPathSizeTimeAndInodeAreTheSameAndTheRunLasts() throws IOException {
        Path file = Files.writeString(inbox.resolve("a.csv"), "report_date,unit_code\n");
        InboxWalk.Candidate before = only();
        try (SharedChecksums shared = SharedChecksums.keepWhileOpen()) {
            assertThat(SharedChecksums.known(inbox, before)).isNull();
            SharedChecksums.remember(inbox, before, "abc");
            assertThat(SharedChecksums.known(inbox, only())).isEqualTo("abc");

            // the same length written again, a second later: another file as far as the cache is concerned
            Files.writeString(file, "report_date,unit_codX\n");
            Files.setLastModifiedTime(file, FileTime.from(before.modified().plusSeconds(1)));
            assertThat(SharedChecksums.known(inbox, only())).isNull();

            // replaced by another file (another inode) with the very same size and time
            Path other = Files.writeString(inbox.resolve("b.tmp"), "report_date,unit_code\n");
            Files.setLastModifiedTime(other, FileTime.from(before.modified()));
            Files.move(other, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertThat(only().size()).isEqualTo(before.size());
            assertThat(only().modified()).isEqualTo(before.modified());
            assertThat(SharedChecksums.known(inbox, only())).isNull();
        }
        SharedChecksums.remember(inbox, only(), "def");
        assertThat(SharedChecksums.known(inbox, only())).as("nothing is kept once the run ends").isNull();
    }

    private InboxWalk.Candidate only() {
        List<InboxWalk.Candidate> files = InboxWalk.list(inbox, List.of()).files();
        assertThat(files).hasSize(1);
        return files.getFirst();
    }
}
