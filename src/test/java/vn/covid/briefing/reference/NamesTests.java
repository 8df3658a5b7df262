package vn.covid.briefing.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTests {

    @Test
    void tonesPlacedEitherWayFoldToTheSameKey() {
        assertThat(Names.unitKey("Xã Hòa An")).isEqualTo(Names.unitKey("Hoà An")).isEqualTo("hoaan");
        assertThat(Names.unitKey("Xã Phú Thành B")).isEqualTo(Names.unitKey("PhúThànhB"));
        assertThat(Names.unitKey("Thị trấn Cái Tàu Hạ")).isEqualTo(Names.unitKey("Thị Trấn Cái Tàu Hạ"));
    }

    @Test
    void theTypeWordIsDroppedButNumberedWardsKeepTheirNumber() {
        assertThat(Names.unitKey("Phường 11")).isEqualTo("11");
        assertThat(Names.unitKey("TP. Sa Đéc")).isEqualTo("sadec");
        assertThat(Names.unitKey("Thành phố Cao Lãnh")).isEqualTo(Names.unitKey("Huyện Cao Lãnh"));
    }

    @Test
    void headersFoldWithoutRemarksCaseOrPunctuation() {
        assertThat(Names.fold("Ca cộng đồng (ca)")).isEqualTo("ca cong dong");
        assertThat(Names.fold("RT-PCR dương tính")).isEqualTo("rt pcr duong tinh");
        assertThat(Names.fold("Đang điều trị")).isEqualTo("dang dieu tri");
    }

    @Test
    void nfcComposesDecomposedText() {
        String decomposed = "Ho\u0300a"; // o + combining grave, as some Mac tools write it
        assertThat(Names.nfc(decomposed)).isEqualTo("Hòa").hasSize(3);
    }
}
