package vn.covid.briefing.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVRecord;

/**
 * Turns the real NCSC series of all 63 provinces (../shared/realdata/ncsc_province_daily_cases_deaths.csv)
 * into the input contract: a country "VN" whose 63 provinces are its reporting units (level DISTRICT, one
 * row each), populations from the NCSC lookup, one file per province and day. The cases are not split
 * by source in this series, so they are all put in the community column.
 */
public final class RealProvinceInput {

    public static final Path REALDATA = RealData.FOLDER;

    /** One province-day as the source has it (blank cells stay null). */
    public record Day(String code, LocalDate date, Long cases, Long deaths) {
    }

    private RealProvinceInput() {
    }

    public static Map<String, Long> populations() throws IOException {
        Map<String, Long> result = new TreeMap<>();
        for (CSVRecord r : CsvFiles.read(REALDATA.resolve("provinces_lookup.csv"))) {
            result.put(r.get("gso_code"), Long.parseLong(r.get("ncsc_population")));
        }
        return result;
    }

    /** The source's days in the given date ranges (inclusive pairs). */
    public static List<Day> days(LocalDate... ranges) throws IOException {
        List<Day> days = new ArrayList<>();
        for (CSVRecord r : CsvFiles.read(REALDATA.resolve("ncsc_province_daily_cases_deaths.csv"))) {
            LocalDate date = LocalDate.parse(r.get("date"));
            for (int i = 0; i + 1 < ranges.length; i += 2) {
                if (!date.isBefore(ranges[i]) && !date.isAfter(ranges[i + 1])) {
                    days.add(new Day(r.get("gso_code"), date, number(r.get("new_cases")), number(r.get("new_deaths"))));
                }
            }
        }
        return days;
    }

    private static Long number(String cell) {
        return cell.isBlank() ? null : Long.parseLong(cell.trim());
    }

    /**
     * Writes the country's profile (profile.yml with scope VN, reference/units.csv and figures.csv) and
     * reports/&lt;code&gt;/&lt;date&gt;.csv under inbox.
     */
    public static void write(Path profile, Path inbox, List<Day> days) throws IOException {
        Map<String, Long> populations = populations();
        Map<String, String> names = new TreeMap<>();
        for (CSVRecord r : CsvFiles.read(REALDATA.resolve("provinces_lookup.csv"))) {
            names.put(r.get("gso_code"), r.get("province"));
        }
        Path reference = Files.createDirectories(profile.resolve("reference"));
        Files.writeString(profile.resolve("profile.yml"), "briefing:\n  scope: VN\n");
        StringBuilder units = new StringBuilder("code,name,level,parent_code\nVN,Việt Nam,COUNTRY,\n");
        StringBuilder figures = new StringBuilder("unit_code,figure,value,year,source,estimated\n");
        long total = 0;
        for (var e : names.entrySet()) {
            units.append(e.getKey()).append(',').append(e.getValue()).append(",DISTRICT,VN\n");
            figures.append(e.getKey()).append(",population,").append(populations.get(e.getKey()))
                .append(",2021,NCSC province lookup,false\n");
            total += populations.get(e.getKey());
        }
        figures.append("VN,population,").append(total).append(",2021,sum of the NCSC provinces,false\n");
        Files.writeString(reference.resolve("units.csv"), units);
        Files.writeString(reference.resolve("figures.csv"), figures);
        for (Day d : days) {
            Path file = inbox.resolve("reports").resolve(d.code()).resolve(d.date() + ".csv");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "report_date,unit_code,cases_arrival,cases_quarantine,cases_lockdown,cases_community,deaths\n"
                    + d.date() + "," + d.code() + ",0,0,0," + cell(d.cases()) + "," + cell(d.deaths()) + "\n");
        }
    }

    private static String cell(Long v) {
        return v == null ? "" : v.toString();
    }
}
