package vn.covid.briefing.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * How the committee's documents name a province and its units, from the units' types: a "Tỉnh" is
 * "Tỉnh", its party committee "TỈNH ỦY", its districts "huyện, thị xã, thành phố" as far as it has them; a
 * "Thành phố trực thuộc Trung ương" is "Thành phố", its party committee "THÀNH ỦY", its districts "quận,
 * huyện, thị xã" or whatever it has. The texts of a starter profile are made of these.
 *
 * @param province how running text names the province itself ("Tỉnh", "Thành phố")
 * @param partyCommittee "Tỉnh ủy" or "Thành ủy"
 * @param issuer the issuing body as running text names it
 * @param districts the kinds of district-level units it has, in the committee's order
 * @param communes the kinds of communes it has
 * @param superior the header's first line: "TỈNH ỦY ĐỒNG NAI", "THÀNH ỦY HÀ NỘI"
 * @param issuerHeader the header's issuing body: "BAN CÁN SỰ ĐẢNG UBND TỈNH"
 * @param place the place of the date line: "Đồng Nai", "Thành phố Hồ Chí Minh"
 */
public record ProvinceWords(String province, String partyCommittee, String issuer, String districts, String communes,
        String superior, String issuerHeader, String place) {

    /** District types in the order the committee lists them ("các quận, huyện, thị xã"). */
    private static final List<String> DISTRICT_TYPES = List.of("Quận", "Huyện", "Thị xã", "Thành phố");

    public static ProvinceWords of(ProvinceUnits p) {
        boolean city = p.centrallyRun();
        String province = city ? "Thành phố" : "Tỉnh";
        String committee = city ? "Thành ủy" : "Tỉnh ủy";
        // the city named after a person is never shortened: "Thành phố Hồ Chí Minh, ngày …"
        String place = p.bareName().equals("Hồ Chí Minh") ? p.name() : p.bareName();
        List<String> districts = new ArrayList<>();
        for (String type : DISTRICT_TYPES) {
            if (p.districts().stream().anyMatch(d -> d.type().equals(type))) {
                districts.add(lower(type));
            }
        }
        // a city lists its wards first ("các phường, xã, thị trấn"), a province its rural communes
        List<String> communeTypes = city ? List.of("Phường", "Xã", "Thị trấn") : List.of("Xã", "Phường", "Thị trấn");
        List<String> communes = new ArrayList<>();
        for (String type : communeTypes) {
            if (p.districts().stream().flatMap(d -> d.communes().stream()).anyMatch(c -> c.type().equals(type))) {
                communes.add(lower(type));
            }
        }
        return new ProvinceWords(province, committee, "Ban cán sự đảng Ủy ban nhân dân " + province,
                String.join(", ", districts), String.join(", ", communes), upper(committee + " " + place),
                "BAN CÁN SỰ ĐẢNG UBND " + upper(province), place);
    }

    private static String lower(String s) {
        return s.toLowerCase(ProvinceUnits.VIETNAMESE);
    }

    private static String upper(String s) {
        return s.toUpperCase(ProvinceUnits.VIETNAMESE);
    }
}
