package vn.covid.briefing.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.covid.briefing.reference.Unit.Level;
import vn.covid.briefing.reference.UnitLists.Row;

/** How a scope's own units.csv takes the place of its part of the national list, on a made-up country. */
class UnitListsTests {

    private static final List<Row> NATIONAL = List.of(row("VN", "Việt Nam", Level.COUNTRY, null),
            row("87", "Tỉnh Đồng Tháp", Level.PROVINCE, "VN"), row("877", "Huyện Châu Thành", Level.DISTRICT, "87"),
            row("30244", "Thị trấn Cái Tàu Hạ", Level.COMMUNE, "877"), row("89", "Tỉnh An Giang", Level.PROVINCE, "VN"),
            row("883", "Thành phố Long Xuyên", Level.DISTRICT, "89"), row("30280", "Phường Mỹ Bình", Level.COMMUNE, "883"));

    private static Row row(String code, String name, Level level, String parent) {
        return new Row(code, name, level, parent, null, 0);
    }

    @Test
    void aCopyOfTheNationalListIsNoOwnList() {
        assertThat(UnitLists.ownPart("units.csv", NATIONAL, NATIONAL, "87")).isEmpty();
    }

    @Test
    void theOwnListReplacesTheScopesPartAndNothingElse() {
        List<Row> own = List.of(row("877", "Huyện Châu Thành", Level.DISTRICT, "87"),
                row("30244", "Thị trấn Cái Tàu Hạ", Level.COMMUNE, "877"), row("39999", "Xã Mới", Level.COMMUNE, "877"));

        List<Row> part = UnitLists.ownPart("units.csv", own, NATIONAL, "87").orElseThrow();
        List<Row> merged = UnitLists.merge(NATIONAL, Map.of("87", part));

        assertThat(merged).extracting(Row::code).containsExactlyInAnyOrder("VN", "87", "877", "30244", "39999", "89", "883",
                "30280");
        assertThat(merged).filteredOn(r -> r.listedBy() != null).extracting(Row::code)
            .containsExactlyInAnyOrder("877", "30244", "39999");
    }

    @Test
    void aProvincesOwnListWinsOverTheCountrysOwn() {
        List<Row> country = List.of(row("87", "Tỉnh Đồng Tháp", Level.PROVINCE, "VN"),
                row("877", "Huyện Châu Thành", Level.DISTRICT, "87"), row("89", "Tỉnh An Giang", Level.PROVINCE, "VN"),
                row("883", "Thành phố Long Xuyên", Level.DISTRICT, "89"));
        List<Row> anGiang = List.of(row("883", "Thành phố Long Xuyên", Level.DISTRICT, "89"),
                row("30280", "Phường Mỹ Bình", Level.COMMUNE, "883"), row("30283", "Phường Mỹ Long", Level.COMMUNE, "883"));

        List<Row> merged = UnitLists.merge(NATIONAL, Map.of("VN",
                UnitLists.ownPart("vn/units.csv", country, NATIONAL, "VN").orElseThrow(), "89",
                UnitLists.ownPart("89/units.csv", anGiang, NATIONAL, "89").orElseThrow()));

        assertThat(merged).extracting(r -> r.code() + " " + r.listedBy()).containsExactlyInAnyOrder("VN null", "87 VN",
                "877 VN", "89 VN", "883 89", "30280 89", "30283 89");
    }

    @Test
    void aLineOutsideTheScopeMustBeAsTheNationalListHasIt() {
        List<Row> own = List.of(row("877", "Huyện Châu Thành", Level.DISTRICT, "87"),
                new Row("30280", "Phường Khác", Level.COMMUNE, "883", "87", 3));

        assertThatThrownBy(() -> UnitLists.ownPart("profiles/x/units.csv", own, NATIONAL, "87"))
            .hasMessage("profiles/x/units.csv line 3, column code, value '30280': not a unit under 87, and not as the "
                    + "national list (reference/units.csv) has it; a scope's own units.csv changes only the units under it");
    }

    @Test
    void aCodeOfAnotherScopesPartCannotBeTaken() {
        List<Row> own = List.of(new Row("30280", "Xã Lấn", Level.COMMUNE, "877", "87", 2));

        assertThatThrownBy(() -> UnitLists.merge(NATIONAL, Map.of("87",
                UnitLists.ownPart("units.csv", own, NATIONAL, "87").orElseThrow())))
            .hasMessageContaining("the code 30280 is already Phường Mỹ Bình, a unit outside 87");
    }

    @Test
    void relatedScopesAreTheOnesAboveAndBelow() {
        assertThat(UnitLists.related("87", "VN", NATIONAL)).isTrue();
        assertThat(UnitLists.related("VN", "89", NATIONAL)).isTrue();
        assertThat(UnitLists.related("87", "89", NATIONAL)).isFalse();
    }
}
