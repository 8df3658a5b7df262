package vn.covid.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.covid.briefing.reference.Unit;
import vn.covid.briefing.reference.Unit.Level;
import vn.covid.briefing.reference.UnitDirectory;

/** Validation rules on a small made-up province, without a database. */
class ReportValidatorTests {

    private static final UnitDirectory UNITS = new UnitDirectory(List.of(
            unit("VN", "Việt Nam", Level.COUNTRY, null), unit("87", "Tỉnh Đồng Tháp", Level.PROVINCE, "VN"),
            unit("866", "Thành phố Cao Lãnh", Level.DISTRICT, "87"),
            unit("29863", "Phường 1", Level.COMMUNE, "866"), unit("29866", "Phường 1", Level.COMMUNE, "866"),
            unit("29869", "Xã Hòa An", Level.COMMUNE, "866"), unit("89", "Tỉnh An Giang", Level.PROVINCE, "VN"),
            unit("883", "Thành phố Long Xuyên", Level.DISTRICT, "89"), unit("30280", "Phường Mỹ Bình", Level.COMMUNE, "883"),
            unit("30283", "Phường Mỹ Long", Level.COMMUNE, "883")),
            Map.of("29869", 1000L), Map.of(), "87");

    private static Unit unit(String code, String name, Level level, String parent) {
        return new Unit(code, name, level, Optional.ofNullable(parent));
    }

    static final CsvLimits.Limits LIMITS = new CsvLimits.Limits(10_000, 16_384, 100_000, 2_000);

    static ParsedReport validate(String csv) {
        try {
            var parsed = (ReportParser.Rows) ReportParser.parse(new StringReader(csv), LIMITS);
            return new ReportValidator(UNITS, LocalDate.of(2022, 1, 1)).validate(1, "test.csv", parsed);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aFileOfADistrictOutsideTheScopeIsKeptWholeForItsScope() {
        ParsedReport report = validate("""
                report_date,unit_code,cases_arrival,cases_quarantine,cases_lockdown,cases_community,deaths
                2021-09-13,30280,0,0,0,1,0
                2021-09-13,30283,0,0,0,2,0
                2021-09-13,29869,0,0,0,3,0
                """);

        assertThat(report.status()).isEqualTo(ParsedReport.Status.OTHER_SCOPE);
        assertThat(report.districtCode()).isEqualTo("883");
        assertThat(report.reportDate()).isEqualTo(LocalDate.of(2021, 9, 13));
        assertThat(report.facts()).isEmpty();
        assertThat(report.issues()).isEmpty();
        assertThat(report.reason()).contains("Thành phố Long Xuyên of Tỉnh An Giang (89)");
    }

    @Test
    void aRowOfAnotherProvinceInAFileOfTheScopeIsRejectedAlone() {
        ParsedReport report = validate("""
                report_date,unit_code,cases_arrival,cases_quarantine,cases_lockdown,cases_community,deaths
                2021-09-13,29869,0,0,0,1,0
                2021-09-13,29863,0,0,0,2,0
                2021-09-13,30280,0,0,0,3,0
                """);

        assertThat(report.status()).isEqualTo(ParsedReport.Status.PARTIAL);
        assertThat(report.facts()).extracting(DailyFact::unitCode).containsExactly("29869", "29863");
        assertThat(report.issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IssueCode.UNIT_OTHER_PROVINCE);
            assertThat(i.line()).isEqualTo(4);
            assertThat(i.message()).isEqualTo("Phường Mỹ Bình belongs to Tỉnh An Giang, not to Tỉnh Đồng Tháp, which this "
                    + "file reports on");
        });
    }

    @Test
    void aFileOfNoDistrictIsRejectedAsBefore() {
        ParsedReport report = validate("""
                report_date,unit_code,cases_arrival,cases_quarantine,cases_lockdown,cases_community,deaths
                2021-09-13,99998,0,0,0,1,0
                """);

        assertThat(report.status()).isEqualTo(ParsedReport.Status.REJECTED);
        assertThat(report.issues()).extracting(Issue::code).containsExactly(IssueCode.UNKNOWN_UNIT);
    }

    @Test
    void aFileOfNamesOnlyOfAnotherProvinceIsFoundToBeIts() {
        ParsedReport report = validate("""
                report_date,unit_name,cases_arrival,cases_quarantine,cases_lockdown,cases_community,deaths
                2021-09-13,Phường Mỹ Bình,0,0,0,1,0
                2021-09-13,Phường Mỹ Long,0,0,0,2,0
                """);

        assertThat(report.status()).isEqualTo(ParsedReport.Status.OTHER_SCOPE);
        assertThat(report.districtCode()).isEqualTo("883");
    }

    @Test
    void aNameTwoUnitsShareIsAmbiguousWithoutItsCode() {
        ParsedReport report = validate("""
                report_date,unit_code,unit_name,cases_arrival,cases_quarantine,cases_lockdown,cases_community,deaths
                2021-09-13,29869,Xã Hòa An,0,0,0,1,0
                2021-09-13,,Phường 1,0,0,0,1,0
                """);

        assertThat(report.facts()).extracting(DailyFact::unitCode).containsExactly("29869");
        assertThat(report.issues()).extracting(Issue::code).containsExactly(IssueCode.UNIT_NAME_AMBIGUOUS);
        assertThat(report.issues().get(0).line()).isEqualTo(3);
    }

    @Test
    void aCodeWhoseLeadingZerosASpreadsheetDroppedIsStillFound() {
        assertThat(UNITS.find("866")).map(Unit::name).contains("Thành phố Cao Lãnh");
        assertThat(UNITS.find("8")).isEmpty();
    }

    @Test
    void aDistrictRowBesideCommuneRowsIsTheTotalAndIsNotCountedTwice() {
        ParsedReport report = validate("""
                report_date,unit_code,cases_arrival,cases_quarantine,cases_lockdown,cases_community,deaths
                2021-09-13,29869,0,0,0,4,0
                2021-09-13,29863,0,0,0,1,0
                2021-09-13,866,0,0,0,5,0
                """);

        assertThat(report.facts()).extracting(DailyFact::unitCode).containsExactly("29869", "29863");
        assertThat(report.issues()).isEmpty();
        assertThat(report.districtCode()).isEqualTo("866");
        assertThat(report.reportDate()).isEqualTo(LocalDate.of(2021, 9, 13));
    }

    @Test
    void theNewOptionalColumnsAreReadAndCheckedAgainstTheirWhole() {
        ParsedReport report = validate("""
                Ngày báo cáo,Mã xã,Ca cộng đồng,Ca chưa rõ nguồn lây,Ca về từ vùng dịch,Ca cách ly,Ca phong tỏa,Tử vong,\
                Đang điều trị,Ca thở oxy,Lượt hộ lấy mẫu,Hộ lấy mẫu lần đầu,Giường ICU đang sử dụng,Giường ICU hiện có,\
                Mũi 1 12-17 tuổi,F0 điều trị tại nhà
                13/9/2021,29869,1,2,0,0,0,0,10,3,40,25,2,5,7,4
                13/9/2021,29863,0,0,0,0,0,0,2,3,10,12,,,,
                """);

        assertThat(report.facts()).hasSize(1);
        DailyFact fact = report.facts().get(0);
        assertThat(fact.value(vn.covid.briefing.metric.Metric.CASES_UNCLASSIFIED)).isEqualTo(2);
        assertThat(fact.newCases()).as("unclassified cases are new cases").isEqualTo(3);
        assertThat(fact.value(vn.covid.briefing.metric.Metric.HOUSEHOLDS_FIRST_SAMPLED)).isEqualTo(25);
        assertThat(fact.value(vn.covid.briefing.metric.Metric.ICU_BEDS)).isEqualTo(5);
        assertThat(fact.value(vn.covid.briefing.metric.Metric.DOSE1_12_17)).isEqualTo(7);
        assertThat(fact.value(vn.covid.briefing.metric.Metric.DOSE1)).as("not reported").isNull();
        assertThat(fact.value(vn.covid.briefing.metric.Metric.HOME_TREATMENT)).isEqualTo(4);
        assertThat(report.issues()).extracting(Issue::code, Issue::line).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(IssueCode.OXYGEN_EXCEEDS_TREATMENT, 3),
                org.assertj.core.groups.Tuple.tuple(IssueCode.FIRST_SAMPLED_EXCEED_VISITS, 3));
    }

    @Test
    void icuBedsInUseAreComparedWithTheBedsTheSameRowReports() {
        ParsedReport report = validate("""
                report_date,unit_code,cases_arrival,cases_quarantine,cases_lockdown,cases_community,deaths,icu_in_use,icu_beds
                2021-09-13,29869,0,0,0,0,0,6,4
                """);

        assertThat(report.facts()).hasSize(1);
        assertThat(report.issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IssueCode.ICU_OVER_CAPACITY);
            assertThat(i.message()).contains("the 4 beds the same row reports");
        });
    }

    @Test
    void aTotalsLabelInTheDateColumnIsATotalsRowAndIsCheckedAgainstTheSum() {
        ParsedReport report = validate("""
                Ngày báo cáo;Mã xã;Ca về từ vùng dịch;Ca trong khu cách ly;Ca trong khu phong tỏa;Ca cộng đồng;Tử vong
                13/9/2021;29869;0;0;0;4;0
                13/9/2021;29863;0;0;0;1;0
                Tổng cộng;;0;0;0;6;0
                """);

        assertThat(report.facts()).extracting(DailyFact::unitCode).containsExactly("29869", "29863");
        assertThat(report.rowsRejected()).isZero();
        assertThat(report.issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IssueCode.TOTALS_ROW_MISMATCH);
            assertThat(i.line()).isEqualTo(4);
            assertThat(i.column()).isEqualTo("cases_community");
            assertThat(i.message()).contains("says 6", "add up to 5");
        });
    }

    @Test
    void aTotalsLabelInAnyColumnWithoutFiguresCounts() {
        ParsedReport report = validate("""
                report_date,unit_code,Ghi chú,cases_arrival,cases_quarantine,cases_lockdown,cases_community,deaths
                2021-09-13,29869,,0,0,0,4,0
                ,,Cộng,0,0,0,4,0
                """);

        assertThat(report.facts()).hasSize(1);
        assertThat(report.issues()).extracting(Issue::code).containsExactly(IssueCode.UNKNOWN_COLUMN);
    }
}
