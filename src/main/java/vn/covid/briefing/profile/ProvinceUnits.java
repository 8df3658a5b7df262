package vn.covid.briefing.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * A province's administrative units as GSO listed them in force in 2021 ({@code realdata/vn_units_2021.csv}):
 * its districts (quận, huyện, thị xã, thành phố) and their communes (phường, xã, thị trấn), with their types.
 */
public record ProvinceUnits(String code, String name, List<District> districts) {

    public record District(String code, String name, String type, List<Commune> communes) {
    }

    public record Commune(String code, String name, String type) {
    }

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** A "Thành phố trực thuộc Trung ương" (Hà Nội, Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ), not a "Tỉnh". */
    public boolean centrallyRun() {
        return name.startsWith("Thành phố ");
    }

    /** "Đồng Nai", "Hà Nội": the name without "Tỉnh" or "Thành phố". */
    public String bareName() {
        return name.replaceFirst("^(Tỉnh|Thành phố) ", "");
    }

    /** Every province of the file, by code, in the file's order. */
    public static Map<String, ProvinceUnits> read(Path realdata) throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Map<String, District>> districts = new LinkedHashMap<>();
        for (CSVRecord r : RealData.read(realdata.resolve("vn_units_2021.csv"))) {
            names.putIfAbsent(r.get("province_code"), r.get("province_name"));
            District d = districts.computeIfAbsent(r.get("province_code"), p -> new LinkedHashMap<>())
                .computeIfAbsent(r.get("district_code"), c -> new District(c, r.get("district_name"), r.get("district_type"),
                        new ArrayList<>()));
            if (!r.get("commune_code").isEmpty()) {
                d.communes().add(new Commune(r.get("commune_code"), r.get("commune_name"), r.get("commune_type")));
            }
        }
        Map<String, ProvinceUnits> provinces = new LinkedHashMap<>();
        names.forEach((code, name) -> provinces.put(code, new ProvinceUnits(code, name,
                List.copyOf(districts.get(code).values()))));
        return provinces;
    }

    /** One province; an unknown code is a usage error naming the codes that exist. */
    public static ProvinceUnits read(Path realdata, String code) throws IOException {
        Map<String, ProvinceUnits> all = read(realdata);
        ProvinceUnits p = all.get(code);
        if (p == null) {
            throw new IllegalArgumentException("no province " + code + " in " + realdata.resolve("vn_units_2021.csv")
                    + " (the codes are " + String.join(", ", all.keySet()) + ")");
        }
        return p;
    }
}
