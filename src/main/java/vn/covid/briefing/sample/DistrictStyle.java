package vn.covid.briefing.sample;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import vn.covid.briefing.ingest.Column;

/**
 * How one district office writes its daily file: the real variety the ingest must accept (Vietnamese or
 * English headers, ';' or ',', BOM or none, thousands separators, dates as 13/09/2021, a totals row,
 * tone marks placed the old way, blank trailing lines, one row for the whole district, columns left out).
 */
record DistrictStyle(String district, boolean vietnamese, char delimiter, DateTimeFormatter dates, boolean bom,
        boolean thousands, boolean totalsRow, boolean districtRowOnly, boolean oldToneMarks, boolean trailingBlankLines,
        Set<Column> omitted, String fileNamePattern) {

    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter VN_SHORT = DateTimeFormatter.ofPattern("d/M/yyyy");

    /** The file name for a day: {d} day, {m} month, {dd} {mm} two digits, {yyyy} year, {iso} 2021-09-13. */
    String fileName(LocalDate date) {
        return fileNamePattern.replace("{iso}", date.toString())
            .replace("{yyyy}", String.valueOf(date.getYear()))
            .replace("{dd}", "%02d".formatted(date.getDayOfMonth()))
            .replace("{mm}", "%02d".formatted(date.getMonthValue()))
            .replace("{d}", String.valueOf(date.getDayOfMonth()))
            .replace("{m}", String.valueOf(date.getMonthValue()));
    }

    // only the three districts with a hospital ICU (866, 867, 868) send "giường ICU hiện có"
    static final Set<Column> NO_ICU_BEDS = Set.of(Column.ICU_BEDS);
    static final Set<Column> NO_CLUSTERS_NOR_ICU_BEDS = Set.of(Column.NEW_CLUSTERS, Column.ICU_BEDS);

    /** Đồng Tháp's twelve district-level units, each with its own habits. */
    static final java.util.List<DistrictStyle> DONG_THAP = java.util.List.of(
            new DistrictStyle("866", false, ',', ISO, false, false, false, false, false, false, Set.of(Column.NEW_CLUSTERS),
                    "866 TP Cao Lãnh/{iso}.csv"),
            new DistrictStyle("867", true, ';', VN, true, true, true, false, false, false, Set.of(Column.NEW_CLUSTERS),
                    "867 TP Sa Đéc/TP Sa Đéc - {dd}.{mm}.{yyyy}.csv"),
            new DistrictStyle("868", false, ',', ISO, false, false, false, true, false, false,
                    Set.of(Column.NEW_CLUSTERS, Column.HOUSEHOLDS_SAMPLED, Column.HOUSEHOLDS_FIRST_SAMPLED, Column.ICU_IN_USE),
                    "868 TP Hồng Ngự/hong-ngu-city_{yyyy}{mm}{dd}.csv"),
            new DistrictStyle("869", true, ',', VN_SHORT, false, false, false, false, true, true,
                    Set.of(Column.NEW_CLUSTERS, Column.ICU_BEDS, Column.OXYGEN),
                    "869 Tân Hồng/Tân Hồng {d}-{m}-{yyyy}.csv"),
            new DistrictStyle("870", false, ';', ISO, false, false, false, false, false, false, NO_CLUSTERS_NOR_ICU_BEDS,
                    "870 H Hồng Ngự/{iso} Hong Ngu district.csv"),
            new DistrictStyle("871", true, ';', VN, true, true, false, false, false, false, NO_ICU_BEDS,
                    "871 Tam Nông/Tam Nông_{dd}{mm}{yyyy}.csv"),
            new DistrictStyle("872", false, ',', ISO, true, false, false, false, false, true,
                    Set.of(Column.NEW_CLUSTERS, Column.ICU_BEDS, Column.HOME_TREATMENT),
                    "872 Tháp Mười/thap-muoi-{iso}.csv"),
            new DistrictStyle("873", true, ';', VN, true, true, true, false, true, false, NO_CLUSTERS_NOR_ICU_BEDS,
                    "873 H Cao Lãnh/BC H.Cao Lãnh {dd}-{mm}-{yyyy}.csv"),
            new DistrictStyle("874", false, ',', ISO, false, false, false, false, false, false, NO_CLUSTERS_NOR_ICU_BEDS,
                    "874 Thanh Bình/thanh-binh_{iso}.csv"),
            new DistrictStyle("875", true, ',', VN, false, false, false, false, false, false, NO_ICU_BEDS,
                    "875 Lấp Vò/Lấp Vò {dd}.{mm}.{yyyy}.csv"),
            new DistrictStyle("876", true, ';', VN, true, true, false, false, false, false, NO_CLUSTERS_NOR_ICU_BEDS,
                    "876 Lai Vung/Lai Vung ngày {dd}-{mm}-{yyyy}.csv"),
            new DistrictStyle("877", true, ';', VN_SHORT, true, true, true, false, false, false, NO_ICU_BEDS,
                    "877 Châu Thành/Báo cáo ngày {d}-{m} Châu Thành.csv"));
}
