package vn.covid.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.covid.briefing.reference.Unit;
import vn.covid.briefing.reference.Unit.Level;
import vn.covid.briefing.reference.UnitDirectory;
import vn.covid.briefing.system.Checksums;

/**
 * Reading one registered file: only the registered bytes are taken, and whatever goes wrong with one file
 * (it changed, vanished, became a link, or broke this program) is that file's, not the run's.
 */
class DistrictReportProcessorTests {

    private static final String REPORT = "report_date,unit_code,cases_arrival,cases_quarantine,cases_lockdown,"
            + "cases_community,deaths\n2021-09-13,29869,0,0,0,1,0\n";

    private static final UnitDirectory UNITS = new UnitDirectory(List.of(
            new Unit("VN", "Việt Nam", Level.COUNTRY, Optional.empty()),
            new Unit("87", "Tỉnh Đồng Tháp", Level.PROVINCE, Optional.of("VN")),
            new Unit("866", "Thành phố Cao Lãnh", Level.DISTRICT, Optional.of("87")),
            new Unit("29869", "Xã Hòa An", Level.COMMUNE, Optional.of("866")),
            // a unit the reference loader would never let through: validating a row of it fails
            new Unit("29999", "Xã Lỗi", null, Optional.of("866"))), Map.of(), Map.of(), "87");

    @TempDir
    Path temp;
    Path inbox;

    @BeforeEach
    void inbox() throws IOException {
        inbox = Files.createDirectories(temp.resolve("inbox")).toRealPath();
    }

    private FileRead read(String path, String registered) {
        var processor = new DistrictReportProcessor(inbox, new ReportValidator(UNITS, LocalDate.of(2022, 1, 1)), 1_000,
                ReportValidatorTests.LIMITS);
        return processor.process(new PendingFile(7, path, registered.length(), Checksums.sha256(registered), false));
    }

    private static FileRead.Waiting waiting(FileRead read) {
        assertThat(read).isInstanceOf(FileRead.Waiting.class);
        return (FileRead.Waiting) read;
    }

    @Test
    void theRegisteredBytesAreParsedAndValidated() throws IOException {
        Files.writeString(inbox.resolve("a.csv"), REPORT);

        assertThat(read("a.csv", REPORT)).isInstanceOfSatisfying(FileRead.Parsed.class,
                p -> assertThat(p.report().facts()).extracting(DailyFact::unitCode).containsExactly("29869"));
    }

    @Test
    void otherBytesThanTheRegisteredOnesAreNotTaken() throws IOException {
        Files.writeString(inbox.resolve("a.csv"), REPORT.replace(",1,0\n", ",2,0\n"));

        assertThat(waiting(read("a.csv", REPORT)).problem()).isEqualTo(FileProblem.FILE_CHANGED);
    }

    @Test
    void aFileThatGrewPastTheSizeLimitIsNotReadBeyondIt() throws IOException {
        Files.writeString(inbox.resolve("a.csv"), REPORT + "2021-09-13,29869,0,0,0,1,0\n".repeat(100));

        FileRead.Waiting w = waiting(read("a.csv", REPORT));
        assertThat(w.problem()).isEqualTo(FileProblem.FILE_CHANGED);
        assertThat(w.message()).contains("next run");
    }

    /** Within the size limit too: the read-ahead counts a file at its registered size, so no more is read. */
    @Test
    void aFileThatGrewSinceItWasRegisteredIsNotReadBeyondItsRegisteredBytes() throws IOException {
        Files.writeString(inbox.resolve("a.csv"), REPORT + "2021-09-13,29869,0,0,0,1,0\n");

        FileRead.Waiting w = waiting(read("a.csv", REPORT));
        assertThat(w.problem()).isEqualTo(FileProblem.FILE_CHANGED);
        assertThat(w.message()).contains("grown past the " + REPORT.length() + " bytes it had when registered");
    }

    @Test
    void aFileThatVanishedWaits() {
        assertThat(waiting(read("gone.csv", REPORT)).problem()).isEqualTo(FileProblem.FILE_VANISHED);
    }

    @Test
    void aFileThatBecameALinkIsNotFollowed() throws IOException {
        Path outside = Files.writeString(temp.resolve("outside.csv"), REPORT);
        Files.createSymbolicLink(inbox.resolve("a.csv"), outside);

        assertThat(waiting(read("a.csv", REPORT)).problem()).isEqualTo(FileProblem.SYMBOLIC_LINK);
    }

    @Test
    void aFolderThatBecameALinkLeadsOutsideAndIsNotOpened() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(outside.resolve("a.csv"), REPORT);
        Files.createSymbolicLink(inbox.resolve("district"), outside);

        assertThat(waiting(read("district/a.csv", REPORT)).problem()).isEqualTo(FileProblem.OUTSIDE_INBOX);
    }

    @Test
    void aHardLinkMayBeAFileOutsideAndIsNotRead() throws IOException {
        Path outside = Files.writeString(temp.resolve("outside.csv"), REPORT);
        Files.createLink(inbox.resolve("a.csv"), outside);

        assertThat(waiting(read("a.csv", REPORT)).problem()).isEqualTo(FileProblem.HARD_LINK);
    }

    @Test
    void anUnexpectedErrorIsTheFilesAndItWaits() throws IOException {
        String broken = REPORT.replace("29869", "29999");
        Files.writeString(inbox.resolve("a.csv"), broken);

        FileRead.Waiting w = waiting(read("a.csv", broken));
        assertThat(w.problem()).isEqualTo(FileProblem.INTERNAL_ERROR);
        assertThat(w.message()).contains("NullPointerException", "briefing.log");
    }
}
