package vn.covid.briefing.sample;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import vn.covid.briefing.profile.ProvinceFigures;
import vn.covid.briefing.profile.RealData;
import vn.covid.briefing.profile.UnitPopulation;
import vn.covid.briefing.reference.Names;

/**
 * The reference files of the sample, made from the real data: every unit of the country in force in 2021
 * (units.csv), and Đồng Tháp's figures (figures.csv), each with its source and year. Figures no public
 * source gives are estimated by a stated rule and marked {@code estimated=true}.
 */
final class SampleReference {

    record Commune(String code, String name, String district, long population, boolean populationEstimated) {
    }

    record District(String code, String name, long population, List<Commune> communes) {
    }

    static final long PROVINCE_POPULATION = 1_599_504L;
    /** Implied by the bulletin of 12/01/2022 (doses ÷ percentage): methodology.md §6.2. */
    static final long ADULTS_18PLUS = 1_245_100L;
    /** Implied by the same bulletin for ages 12 to 17. */
    static final long AGED_12_17 = 159_970L;
    static final double SHARE_65PLUS = 0.077;
    static final double PERSONS_PER_HOUSEHOLD = 3.5;
    static final double ICU_BEDS_PER_100K = 5.0;


    final String provinceCode;
    final String provinceName;
    final List<District> districts = new ArrayList<>();
    private final List<String[]> units = new ArrayList<>();
    final int communesMatched;

    SampleReference(Path realdata, String provinceCode) throws IOException {
        this.provinceCode = provinceCode;
        Map<String, String[]> provinces = new LinkedHashMap<>();
        Map<String, String[]> allDistricts = new LinkedHashMap<>();
        Map<String, List<String[]>> provinceCommunes = new LinkedHashMap<>();
        units.add(new String[] { "VN", "Việt Nam", "COUNTRY", "" });
        for (CSVRecord r : RealData.read(realdata.resolve("vn_units_2021.csv"))) {
            provinces.putIfAbsent(r.get("province_code"), new String[] { r.get("province_code"), r.get("province_name"),
                    "PROVINCE", "VN" });
            allDistricts.putIfAbsent(r.get("district_code"), new String[] { r.get("district_code"),
                    r.get("district_name"), "DISTRICT", r.get("province_code"), r.get("district_type") });
            if (!r.get("commune_code").isEmpty()) {
                units.add(new String[] { r.get("commune_code"), r.get("commune_name"), "COMMUNE", r.get("district_code") });
                if (r.get("province_code").equals(provinceCode)) {
                    provinceCommunes.computeIfAbsent(r.get("district_code"), d -> new ArrayList<>())
                        .add(new String[] { r.get("commune_code"), r.get("commune_name") });
                }
            }
        }
        List<String[]> head = new ArrayList<>(provinces.values());
        allDistricts.values().forEach(d -> head.add(new String[] { d[0], d[1], d[2], d[3] }));
        units.addAll(1, head);
        provinceName = provinces.get(provinceCode)[1];

        Map<String, Long> districtPopulation = new HashMap<>();
        for (CSVRecord r : RealData.read(realdata.resolve("dong_thap_district_population_2019.csv"))) {
            districtPopulation.put(r.get("district_code"), Long.parseLong(r.get("pop_2019_census")));
        }
        // commune populations: the 2019 census by ward, matched by folded name within the district
        Map<String, Long> wardPopulation = new HashMap<>();
        for (CSVRecord r : RealData.read(realdata.resolve("raw/hgscarlette_VN_Population_ward_dongthap.csv"))) {
            String urban = Names.fold(r.get("dist_title")).replace(" ", "").equals("huyen") ? "rural" : "urban";
            wardPopulation.put(Names.unitKey(r.get("district")) + "|" + urban + "|" + Names.unitKey(r.get("ward")),
                    Long.parseLong(r.get("total")));
        }
        int matched = 0;
        for (String[] d : allDistricts.values()) {
            if (!d[3].equals(provinceCode)) {
                continue;
            }
            String urban = d[4].equals("Huyện") ? "rural" : "urban";
            long population = districtPopulation.get(d[0]);
            List<String[]> raw = provinceCommunes.getOrDefault(d[0], List.of());
            Long[] pops = new Long[raw.size()];
            long known = 0;
            int unknown = 0;
            for (int i = 0; i < raw.size(); i++) {
                pops[i] = wardPopulation.get(Names.unitKey(d[1]) + "|" + urban + "|" + Names.unitKey(raw.get(i)[1]));
                if (pops[i] == null) {
                    unknown++;
                }
                else {
                    known += pops[i];
                    matched++;
                }
            }
            List<Commune> communes = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                boolean estimated = pops[i] == null;
                long p = estimated ? Math.max(0, population - known) / unknown : pops[i];
                communes.add(new Commune(raw.get(i)[0], raw.get(i)[1], d[0], p, estimated));
            }
            districts.add(new District(d[0], d[1], population, communes));
        }
        communesMatched = matched;
    }

    String unitsCsv() throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
            .setHeader("code", "name", "level", "parent_code").setRecordSeparator('\n').get())) {
            for (String[] u : units) {
                csv.printRecord((Object[]) u);
            }
        }
        return out.toString();
    }

    String figuresCsv() {
        String census = "GSO Population and Housing Census 1/4/2019 (realdata/dong_thap_district_population_2019.csv)";
        List<UnitPopulation> parts = new ArrayList<>();
        for (District d : districts) {
            List<UnitPopulation> communes = d.communes().stream().map(c -> new UnitPopulation(c.code(), c.name(),
                    c.population(), c.populationEstimated(), c.populationEstimated()
                            ? "estimate: district census population minus its matched communes, split equally"
                            : "GSO census 2019 by ward (realdata/raw/hgscarlette_VN_Population_ward_dongthap.csv)",
                    List.of())).toList();
            parts.add(new UnitPopulation(d.code(), d.name(), d.population(), false, census, communes));
        }
        UnitPopulation province = new UnitPopulation(provinceCode, provinceName, PROVINCE_POPULATION, false, census, parts);
        long icu = Math.round(PROVINCE_POPULATION * ICU_BEDS_PER_100K / 100_000);
        return ProvinceFigures.csv(province, 2019, List.of(
                new ProvinceFigures.Estimate("population_18plus", ADULTS_18PLUS, 2022,
                        "estimate: the 18+ denominator implied by the provincial bulletin of 12/01/2022 "
                                + "(doses / percentage, methodology.md §6.2)",
                        "estimate: the province's implied 18+ denominator split by 2019 population share", true, true),
                new ProvinceFigures.Estimate("population_12_17", AGED_12_17, 2022,
                        "estimate: the 12-17 denominator implied by the provincial bulletin of 12/01/2022 "
                                + "(157.430 first doses = 98,41 %, methodology.md §6.2)",
                        "estimate: the province's implied 12-17 denominator split by 2019 population share", true, true),
                new ProvinceFigures.Estimate("population_65plus", Math.round(PROVINCE_POPULATION * SHARE_65PLUS), 2019,
                        "estimate: 7.7% (national share aged 65+, census 2019) of the 2019 population",
                        "estimate: the province's 65+ estimate split by 2019 population share", true, true),
                new ProvinceFigures.Estimate("households", Math.round(PROVINCE_POPULATION / PERSONS_PER_HOUSEHOLD), 2019,
                        "estimate: population / 3.5 persons per household (national average, census 2019)",
                        "estimate: population / 3.5 persons per household (national average, census 2019)", true, true),
                new ProvinceFigures.Estimate("icu_beds", icu, 2021,
                        "estimate: 5 ICU beds per 100,000 population (no published figure found; replace with Sở Y tế's)",
                        "estimate: the province's ICU estimate split by 2019 population share", true, false)));
    }
}
