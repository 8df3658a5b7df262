package vn.covid.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Decoding as the file streams in: never the whole file in memory, and every reason named. */
class ReportTextTests {

    private static String read(byte[] bytes) throws IOException {
        try (Reader text = ReportText.open(new ByteArrayInputStream(bytes))) {
            StringWriter out = new StringWriter();
            text.transferTo(out);
            return out.toString();
        }
    }

    private static Issue rejection(byte[] bytes) {
        try {
            read(bytes);
        }
        catch (ContentRejected e) {
            return e.issue();
        }
        catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the bytes were read as text");
    }

    @Test
    void utf8WithBomIsReadWithoutTheBom() throws IOException {
        assertThat(read("\uFEFFNgày báo cáo;Mã xã\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("Ngày báo cáo;Mã xã\n");
    }

    @Test
    void utf16WithBomIsReadToo() throws IOException {
        assertThat(read("\uFEFFTử vong\t3\n".getBytes(StandardCharsets.UTF_16LE))).isEqualTo("Tử vong\t3\n");
    }

    @Test
    void latin1BytesAreNotUtf8AndTheLineIsNamed() {
        Issue issue = rejection("a,b\nc,Hòa\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(issue.code()).isEqualTo(IssueCode.NOT_UTF8);
        assertThat(issue.line()).isEqualTo(2);
        assertThat(issue.value()).isEqualTo("byte 0xF2 at offset 7");
    }

    @Test
    void aBadByteFarIntoTheFileIsNamedByItsOffsetAndLine() {
        byte[] bytes = ("h\n" + "1,2\n".repeat(10_000) + "x").getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 1] = (byte) 0xFF;
        Issue issue = rejection(bytes);
        assertThat(issue.code()).isEqualTo(IssueCode.NOT_UTF8);
        assertThat(issue.line()).isEqualTo(10_002);
        assertThat(issue.value()).isEqualTo("byte 0xFF at offset " + (bytes.length - 1));
    }

    @Test
    void aNulByteAnywhereMakesTheFileBinary() {
        byte[] bytes = ("h\n" + "1,2\n".repeat(40_000)).getBytes(StandardCharsets.UTF_8);
        assertThat(bytes.length).isGreaterThan(128 * 1024);
        bytes[bytes.length - 3] = 0;
        Issue issue = rejection(bytes);
        assertThat(issue.code()).isEqualTo(IssueCode.NOT_CSV_TEXT);
        assertThat(issue.message()).contains("NUL");
        assertThat(issue.line()).isEqualTo(40_001);
    }

    @Test
    void aWorkbookIsNamedFromItsFirstBytes() {
        byte[] bytes = Arrays.copyOf(new byte[] { 'P', 'K', 3, 4 }, 100);
        assertThat(rejection(bytes)).satisfies(i -> {
            assertThat(i.code()).isEqualTo(IssueCode.NOT_CSV_TEXT);
            assertThat(i.message()).contains(".xlsx");
        });
    }

    @Test
    void theHeaderDecidesTheDelimiter() {
        assertThat(ReportText.detectDelimiter("Ngày;Mã xã;Ca cộng đồng")).isEqualTo(';');
        assertThat(ReportText.detectDelimiter("date,code,\"a;b\"")).isEqualTo(',');
        assertThat(ReportText.detectDelimiter("date\tcode\tdeaths")).isEqualTo('\t');
    }
}
