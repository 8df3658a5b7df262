package vn.covid.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "0|0", "17|17", "1.234|1234", "1,234|1234", "12.345.678|12345678",
            "' 1 234 '|1234", "-0|0",
            "999999999999999999|999999999999999999", "0000000000000000017|17", "' 42'|42" })
    void countsAreReadWithThousandsSeparators(String raw, long expected) {
        assertThat(Cells.count(raw)).isEqualTo(new Cells.Value(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "''", "' '", "-", "–" })
    void blanksAndDashesAreNotReported(String raw) {
        assertThat(Cells.count(raw)).isInstanceOf(Cells.NotReported.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "1,5|NOT_AN_INTEGER", "2.50|NOT_AN_INTEGER", "12.34.567|NOT_AN_INTEGER",
            "abc|NOT_A_NUMBER", "5 ca|NOT_A_NUMBER", "-3|NEGATIVE_COUNT", "99999999999999999999|NOT_A_NUMBER",
            "٣|NOT_A_NUMBER", "1２|NOT_A_NUMBER" })
    void badCountsSayWhy(String raw, IssueCode expected) {
        assertThat(Cells.count(raw)).isInstanceOfSatisfying(Cells.Invalid.class, i -> assertThat(i.code()).isEqualTo(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "2021-09-13", "13/09/2021", "13/9/2021", "13-9-2021", "13.09.2021",
            "2021/9/13", "13/9/2021 0:00" })
    void datesInTheUsualFormsAreRead(String raw) {
        assertThat(Cells.date(raw)).isEqualTo(LocalDate.of(2021, 9, 13));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "31/09/2021", "2021-02-29", "13/9", "hôm nay", "9/13/2021",
            "2021-13-01", "2021-09-00", "2021-9-130", "2021-0a-13" })
    void impossibleOrIncompleteDatesAreNotDates(String raw) {
        assertThat(Cells.date(raw)).isNull();
    }
}
