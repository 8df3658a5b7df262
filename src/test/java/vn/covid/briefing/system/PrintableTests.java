package vn.covid.briefing.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTests {

    @Test
    void textWithoutControlCharactersIsShownAsItIs() {
        assertThat(Printable.of("Báo cáo ngày 13-9 Châu Thành.csv")).isEqualTo("Báo cáo ngày 13-9 Châu Thành.csv");
        assertThat(Printable.of(null)).isNull();
    }

    @Test
    void lineBreaksCannotStartAForgedLine() {
        assertThat(Printable.of("a.csv\n08:00 INFO all files loaded\r"))
            .isEqualTo("a.csv\\n08:00 INFO all files loaded\\r")
            .doesNotContain("\n", "\r");
        assertThat(Printable.of("x\u2028y\u2029z\u0085")).isEqualTo("x\\u2028y\\u2029z\\u0085");
    }

    @Test
    void controlCharactersAndBidirectionalOverridesAreEscaped() {
        assertThat(Printable.of("\u001B[2J\u0000\u0007\t\u007F")).isEqualTo("\\u001B[2J\\u0000\\u0007\\t\\u007F");
        assertThat(Printable.of("cod\u202Eexe.csv")).isEqualTo("cod\\u202Eexe.csv");
    }

    @Test
    void aBackslashIsEscapedSoThatEveryEscapeIsUnambiguous() {
        assertThat(Printable.of("a\\nb")).isEqualTo("a\\\\nb");
    }
}
