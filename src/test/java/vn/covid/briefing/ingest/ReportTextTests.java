package vn.covid.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ReportTextTests {

    @Test
    void utf8WithBomIsReadAsNfcText() {
        byte[] bytes = "\uFEFFNgày báo cáo;Mã xã\n".getBytes(StandardCharsets.UTF_8);
        assertThat(ReportText.decode(bytes)).isEqualTo(new ReportText.Text("Ngày báo cáo;Mã xã\n"));
    }

    @Test
    void utf16WithBomIsReadToo() {
        byte[] bytes = "\uFEFFTử vong\t3\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(ReportText.decode(bytes)).isEqualTo(new ReportText.Text("Tử vong\t3\n"));
    }

    @Test
    void latin1BytesAreNotUtf8AndTheLineIsNamed() {
        byte[] bytes = "a,b\nc,Hòa\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ReportText.decode(bytes)).isInstanceOfSatisfying(ReportText.Unreadable.class, u -> {
            assertThat(u.issue().code()).isEqualTo(IssueCode.NOT_UTF8);
            assertThat(u.issue().line()).isEqualTo(2);
        });
    }

    @Test
    void theHeaderDecidesTheDelimiter() {
        assertThat(ReportText.detectDelimiter("Ngày;Mã xã;Ca cộng đồng\n1,5;2;3")).isEqualTo(';');
        assertThat(ReportText.detectDelimiter("date,code,\"a;b\"\n")).isEqualTo(',');
        assertThat(ReportText.detectDelimiter("date\tcode\tdeaths")).isEqualTo('\t');
    }
}
