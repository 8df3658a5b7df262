package vn.covid.briefing.sample;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import vn.covid.briefing.profile.RealData;
import vn.covid.briefing.sample.SampleReference.District;
import vn.covid.briefing.system.Allocation;

/**
 * The sample's opening balances (input/reference/balances.csv) at the day before its reports begin: what
 * the real series says of the wave before it (27/4 … 30/6/2021: the cases by the sample's own rule, the
 * deaths by NCSC), the districts' shares of it (synthetic, from where FEBaoCaoCovid located the cases of
 * that period), and, said as such, what no source gives (discharges, tests, doses: no provincial figure).
 */
final class SampleBalances {

    private static final LocalDate WAVE_START = LocalDate.of(2021, 4, 27);
    private static final String SERIES = "the sample's real provincial series (sample-provenance.csv's rule: NCSC, "
            + "VnExpress and VNCDC) summed over 27/4-30/6/2021";

    private SampleBalances() {
    }

    static String csv(Path realdata, RealProvinceSeries real, SampleReference reference, ProvincialBulletins bulletins,
            LocalDate asOf) throws IOException {
        long cases = 0;
        long deaths = 0;
        for (LocalDate d = WAVE_START; !d.isAfter(asOf); d = d.plusDays(1)) {
            RealProvinceSeries.Day day = real.day(d);
            cases += day.cases();
            deaths += day.deaths();
        }
        List<District> districts = reference.districts;
        // where FEBaoCaoCovid (a volunteers' tool, not an official source) placed the period's cases; "Cao Lãnh" and
        // "Hồng Ngự" without their type could be the city or the district, so their cases are left out of the shares
        Map<String, Double> located = new LinkedHashMap<>();
        districts.forEach(d -> located.put(d.code(), 0.0));
        for (CSVRecord r : RealData.read(realdata.resolve("febaocaocovid_district_daily.csv"))) {
            if (r.get("gso_code").equals(reference.provinceCode) && r.get("district_in_province").equals("true")
                    && !LocalDate.parse(r.get("date")).isAfter(asOf)
                    && !List.of("Cao Lãnh", "Hồng Ngự").contains(r.get("district"))) {
                located.merge(bulletins.district(districtName(r.get("district"))), Double.parseDouble(r.get("new_cases")),
                        Double::sum);
            }
        }
        long[] shares = Allocation.proportional(cases, located.values().stream().mapToDouble(Double::doubleValue).toArray());
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
            .setHeader("unit_code", "item", "as_of", "value", "counts_from", "basis", "source").get())) {
            String p = reference.provinceCode;
            csv.printRecord(p, "cases", asOf, cases, WAVE_START, "PUBLISHED", SERIES);
            csv.printRecord(p, "deaths", asOf, deaths, WAVE_START, "PUBLISHED",
                    "NCSC's daily deaths of the province summed over 27/4-30/6/2021");
            for (int i = 0; i < districts.size(); i++) {
                csv.printRecord(districts.get(i).code(), "cases", asOf, shares[i], WAVE_START, "SYNTHETIC",
                        "synthetic: the province's " + cases + " split by the districts' shares of the cases "
                                + "FEBaoCaoCovid located by 30/6/2021 (volunteer data)");
            }
            for (District d : districts) {
                csv.printRecord(d.code(), "deaths", asOf, 0, WAVE_START, "PUBLISHED",
                        "the province had no death in 27/4-30/6/2021 (NCSC), so neither had any district");
            }
            for (String item : List.of("recovered", "pcr_tests", "rapid_tests", "dose1", "dose2", "booster")) {
                csv.printRecord(p, item, asOf, null, null, "NOT_KNOWN",
                        "no source gives the province's figure at 30/6/2021 (realdata/README: no provincial discharges, "
                                + "tests or vaccination series); the figure counts the reports from 01/7/2021");
                for (District d : districts) {
                    csv.printRecord(d.code(), item, asOf, null, null, "NOT_KNOWN",
                            "no source gives the district's figure at 30/6/2021; the figure counts the reports from 01/7/2021");
                }
            }
        }
        return out.toString();
    }

    /** FEBaoCaoCovid writes districts without their type: Sa Đéc is a city, the others (ambiguous ones aside) huyện. */
    private static String districtName(String name) {
        return (name.equals("Sa Đéc") ? "Thành phố " : "Huyện ") + name;
    }
}
