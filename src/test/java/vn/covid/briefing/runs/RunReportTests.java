package vn.covid.briefing.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.covid.briefing.ingest.IngestSummary;

class RunReportTests {

    @Test
    void cellsASpreadsheetWouldEvaluateAreDefused() {
        assertThat(RunReport.safe("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(RunReport.safe("+1")).isEqualTo("'+1");
        assertThat(RunReport.safe("-3")).isEqualTo("'-3");
        assertThat(RunReport.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(RunReport.safe("Xã Hòa An")).isEqualTo("Xã Hòa An");
    }

    @Test
    void theRejectsReportOpensInExcelWithVietnameseIntact() {
        var issue = new IngestSummary.FileIssue("Báo cáo ngày 13-9 Châu Thành.csv", 4, "deaths", "=1+1", "REJECT",
                "NOT_A_NUMBER", "not a number");
        var summary = new IngestSummary(1, 1, 0, 0, 0, Map.of("LOADED", 0, "PARTIAL", 1, "REJECTED", 0, "OTHER_SCOPE", 0),
                2, 0, 1, 0, List.of(issue), List.of(), List.of(), List.of());

        String csv = RunReport.rejectsCsv(summary);

        assertThat(csv).isEqualTo("\uFEFFfile,line,column,value,severity,code,reason\r\n"
                + "Báo cáo ngày 13-9 Châu Thành.csv,4,deaths,'=1+1,REJECT,NOT_A_NUMBER,not a number\r\n");
    }
}
