package vn.covid.briefing.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;

/**
 * A second province for the tests of many scopes in one database: An Giang (89) as the national list has
 * it, cut down by its own units.csv to two districts (Long Xuyên 883, Châu Đốc 884) and their communes, with
 * synthetic populations and synthetic daily reports (one file per district and day). Small on purpose: two
 * districts, two weeks.
 */
public final class SecondProvince {

    public static final String SCOPE = "89";
    public static final List<String> DISTRICTS = List.of("883", "884");
    public static final Path NATIONAL_UNITS = Briefing.PROJECT.resolve("src/main/resources/reference/units.csv");

    private SecondProvince() {
    }

    /** The communes of a district, from the national list, in code order. */
    public static List<String> communes(String district) throws IOException {
        return CsvFiles.read(NATIONAL_UNITS).stream()
            .filter(r -> r.get("parent_code").equals(district) && r.get("level").equals("COMMUNE"))
            .map(r -> r.get("code")).sorted().toList();
    }

    /** Writes the province's reference folder: its own units.csv and a figures.csv of synthetic populations. */
    public static Path reference(Path folder) throws IOException {
        Files.createDirectories(folder);
        StringBuilder units = new StringBuilder("code,name,level,parent_code\n");
        StringBuilder figures = new StringBuilder("unit_code,figure,value,year,source,estimated\n");
        long province = 0;
        for (CSVRecord r : CsvFiles.read(NATIONAL_UNITS)) {
            if (DISTRICTS.contains(r.get("code")) || DISTRICTS.contains(r.get("parent_code"))) {
                units.append(r.get("code")).append(',').append(r.get("name")).append(',').append(r.get("level"))
                    .append(',').append(r.get("parent_code")).append('\n');
            }
        }
        for (String district : DISTRICTS) {
            long sum = 0;
            for (String commune : communes(district)) {
                long population = 8_000 + Long.parseLong(commune) % 7_000;
                figures.append(commune).append(",population,").append(population).append(",2019,synthetic (tests),true\n");
                sum += population;
            }
            figures.append(district).append(",population,").append(sum).append(",2019,synthetic (tests),true\n");
            province += sum;
        }
        figures.append(SCOPE).append(",population,").append(province).append(",2019,synthetic (tests),true\n");
        Files.writeString(folder.resolve("units.csv"), units);
        Files.writeString(folder.resolve("figures.csv"), figures);
        return folder;
    }

    /** One report per district and day of [from, to], under {@code reports/<district>/} of the inbox. */
    public static List<Path> reports(Path inbox, LocalDate from, LocalDate to) throws IOException {
        List<Path> written = new ArrayList<>();
        for (String district : DISTRICTS) {
            List<String> communes = communes(district);
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                StringBuilder csv = new StringBuilder(
                        "report_date,unit_code,cases_arrival,cases_quarantine,cases_lockdown,cases_community,deaths\n");
                for (String commune : communes) {
                    long seed = Long.parseLong(commune) * 31 + day.getDayOfYear();
                    csv.append(day).append(',').append(commune).append(",0,").append(seed % 3).append(",0,")
                        .append(seed % 5).append(',').append(seed % 11 == 0 ? 1 : 0).append('\n');
                }
                Path file = inbox.resolve("reports/" + district + "/" + district + " " + day + ".csv");
                Files.createDirectories(file.getParent());
                Files.writeString(file, csv);
                written.add(file);
            }
        }
        return written;
    }
}
