package vn.covid.briefing.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVRecord;

import vn.covid.briefing.profile.CensusPopulation;
import vn.covid.briefing.profile.ProvinceUnits;
import vn.covid.briefing.profile.RealData;
import vn.covid.briefing.profile.UnitPopulation;
import vn.covid.briefing.system.Allocation;

/**
 * The daily district files of an inbox for any province (or the whole country) and dates, whose provincial
 * totals are the real series: NCSC's new cases and deaths per province and day
 * ({@code ncsc_province_daily_cases_deaths.csv}), split synthetically over the districts and communes by
 * their census population ("synthetic split, real provincial totals"). The split by where cases were found
 * is VNCDC's for the day where VNCDC has it (dated a day earlier, so shifted; until 14/9/2021), otherwise
 * the province's own VNCDC split of its last 28 days there (fixed synthetic shares if it had no cases). A day
 * the series has no figure for (a blank cell; 22/01/2022, the day of the crawl,
 * 0 everywhere) gets no files, as a day not reported. Deterministic: the same province and day always give
 * the same file, whatever range it is written in. Files follow the input contract, one per district and day
 * ({@code <code> <district>/<date>.csv}), a row per commune or, with {@code districtRows}, one per district.
 */
public final class ProvinceSeries {

    private static final long SEED = 20210427L;
    /** The crawl ran on this day and recorded 0 for every province (realdata README). */
    static final LocalDate CRAWL_DAY = LocalDate.of(2022, 1, 22);
    /** Arrivals, quarantine, lockdown, community, not yet classified, where VNCDC has no split. */
    private static final double[] SYNTHETIC_SHARES = { 0.05, 0.35, 0.20, 0.40, 0 };
    /** How unevenly a day's figure falls on units of equal population (log-normal sigma). */
    private static final double UNIT_NOISE = 0.4;
    private static final String HEADER = "report_date,unit_code,unit_name,cases_arrival,cases_quarantine,cases_lockdown,"
            + "cases_community,cases_unclassified,deaths\n";

    /** What was written: files, and the days left out because the series has no figure for them. */
    public record Written(int files, int provinces, List<String> daysWithoutFigure) {
    }

    private record Day(Long cases, Long deaths) {
    }

    private final Map<String, ProvinceUnits> units;
    private final CensusPopulation census;
    private final Map<String, Map<LocalDate, Day>> series = new HashMap<>();
    private final Map<String, Map<LocalDate, double[]>> shares = new HashMap<>();
    private final Map<String, double[]> usual = new java.util.concurrent.ConcurrentHashMap<>();

    public ProvinceSeries(Path realdata) throws IOException {
        units = ProvinceUnits.read(realdata);
        census = new CensusPopulation(realdata);
        for (CSVRecord r : RealData.read(realdata.resolve("ncsc_province_daily_cases_deaths.csv"))) {
            series.computeIfAbsent(r.get("gso_code"), k -> new HashMap<>()).put(LocalDate.parse(r.get("date")),
                    new Day(number(r.get("new_cases")), number(r.get("new_deaths"))));
        }
        Map<String, String> codeOfVncdcName = new HashMap<>();
        for (CSVRecord r : RealData.read(realdata.resolve("provinces_lookup.csv"))) {
            codeOfVncdcName.put(r.get("vncdc_name"), r.get("gso_code"));
        }
        for (CSVRecord r : RealData.read(realdata.resolve("vncdc_province_daily_breakdown.csv"))) {
            String code = codeOfVncdcName.get(r.get("province"));
            Long confirmed = number(r.get("confirmed"));
            if (code != null && confirmed != null && confirmed > 0) {
                shares.computeIfAbsent(code, k -> new HashMap<>()).put(LocalDate.parse(r.get("date")).plusDays(1),
                        new double[] { 0, value(r, "confirmed_quarantined"), value(r, "confirmed_blockade"),
                                value(r, "confirmed_unquarantined") + value(r, "confirmed_screening"),
                                value(r, "confirmed_unknown") });
            }
        }
    }

    private static Long number(String cell) {
        return cell.isBlank() ? null : Long.valueOf(cell.trim());
    }

    private static double value(CSVRecord r, String column) {
        Long v = number(r.get(column));
        return v == null ? 0 : v;
    }

    /**
     * @param province a GSO code, or {@code all} for every province (written two or more at a time: each
     *        province-day has its own seed, so the files are the same in any order)
     */
    public Written write(String province, LocalDate from, LocalDate to, Path inbox, boolean districtRows) throws IOException {
        List<ProvinceUnits> provinces = province.equals("all") ? List.copyOf(units.values()) : List.of(one(province));
        List<Written> each;
        try {
            each = provinces.parallelStream().map(p -> {
                try {
                    return write(p, from, to, inbox, districtRows);
                }
                catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return new Written(each.stream().mapToInt(Written::files).sum(), provinces.size(),
                each.stream().flatMap(w -> w.daysWithoutFigure().stream()).toList());
    }

    private Written write(ProvinceUnits p, LocalDate from, LocalDate to, Path inbox, boolean districtRows)
            throws IOException {
        List<UnitPopulation> districts = census.of(p).province().parts();
        int files = 0;
        List<String> skipped = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            Day day = series.getOrDefault(p.code(), Map.of()).get(date);
            if (day == null || day.cases() == null || date.equals(CRAWL_DAY)) {
                skipped.add(p.code() + " " + date);
                continue;
            }
            files += write(p, districts, date, day, inbox, districtRows);
        }
        return new Written(files, 1, skipped);
    }

    /** {@code bin/briefing sample --province …}: writes the inbox, says what it holds, and leaves a README in it. */
    public static int run(Path realdata, String province, LocalDate from, LocalDate to, Path inbox, boolean districtRows)
            throws IOException {
        if (!Files.isRegularFile(realdata.resolve("ncsc_province_daily_cases_deaths.csv"))) {
            System.err.println("briefing sample: no real data in " + realdata + " (give it with --realdata DIR)");
            return vn.covid.briefing.runs.ExitCode.USAGE;
        }
        long start = System.nanoTime();
        ProvinceSeries series = new ProvinceSeries(realdata);
        Written w;
        try {
            w = series.write(province, from, to, inbox, districtRows);
        }
        catch (IllegalArgumentException e) {
            System.err.println("briefing sample: " + e.getMessage());
            return vn.covid.briefing.runs.ExitCode.USAGE;
        }
        String readme = """
                # A generated inbox: synthetic split, real provincial totals

                `bin/briefing sample --province %s --from %s --to %s%s`: the daily report of every district of %s,
                %s to %s, one file per district and day. Each province's new cases and deaths of a day are
                the real ones (NCSC, `ncsc_province_daily_cases_deaths.csv` of ../shared/realdata); their split over
                districts and communes is synthetic, by census population with seeded noise, and so is the split by
                where cases were found except where VNCDC's breakdown has the day. Days without a figure in the
                series have no files (%d province-days%s).
                """.formatted(province, from, to, districtRows ? " --district-rows" : "",
                province.equals("all") ? "the country" : "province " + province, from, to, w.daysWithoutFigure().size(),
                w.daysWithoutFigure().isEmpty() ? "" : ": " + String.join(", ", w.daysWithoutFigure().stream().limit(20)
                    .toList()) + (w.daysWithoutFigure().size() > 20 ? ", …" : ""));
        Files.createDirectories(inbox);
        Files.writeString(inbox.resolve("README.md"), readme, StandardCharsets.UTF_8);
        System.out.printf("Wrote %d district files of %d province(s), %s to %s, into %s in %.1f s (synthetic split, real "
                + "provincial totals)%s%n", w.files(), w.provinces(), from, to, inbox, (System.nanoTime() - start) / 1e9,
                w.daysWithoutFigure().isEmpty() ? ""
                        : "; no figure in the series, so no files, for " + w.daysWithoutFigure().size() + " province-day(s)");
        return vn.covid.briefing.runs.ExitCode.OK;
    }

    private ProvinceUnits one(String code) {
        ProvinceUnits p = units.get(code);
        if (p == null) {
            throw new IllegalArgumentException("no province " + code + " (the codes are " + String.join(", ", units.keySet())
                    + ", or all)");
        }
        return p;
    }

    /** One province-day: its total split by source, then each part and the deaths over its units by population. */
    private int write(ProvinceUnits p, List<UnitPopulation> districts, LocalDate date, Day day, Path inbox,
            boolean districtRows) throws IOException {
        SplittableRandom random = new SplittableRandom(SEED * 31 + p.code().hashCode() * 1_000_003L + date.toEpochDay());
        List<UnitPopulation> rows = new ArrayList<>();
        List<String> districtOf = new ArrayList<>();
        for (UnitPopulation d : districts) {
            List<UnitPopulation> parts = districtRows || d.parts().isEmpty() ? List.of(d) : d.parts();
            for (UnitPopulation u : parts) {
                rows.add(u);
                districtOf.add(d.code());
            }
        }
        double[] weights = weights(districts, districtRows);
        double[] real = shares.getOrDefault(p.code(), Map.of()).get(date);
        long[] bySource = real != null ? Allocation.proportional(day.cases(), real)
                : Allocation.noisy(day.cases(), usualShares(p.code()), 0.25, random);
        long[][] cells = new long[rows.size()][6];
        for (int s = 0; s < bySource.length; s++) {
            long[] parts = Allocation.noisy(bySource[s], weights, UNIT_NOISE, random);
            for (int i = 0; i < parts.length; i++) {
                cells[i][s] = parts[i];
            }
        }
        long[] deaths = Allocation.noisy(day.deaths() == null ? 0 : day.deaths(), weights, UNIT_NOISE, random);
        for (int i = 0; i < deaths.length; i++) {
            cells[i][5] = deaths[i];
        }
        int files = 0;
        for (UnitPopulation d : districts) {
            StringBuilder csv = new StringBuilder(HEADER);
            for (int i = 0; i < rows.size(); i++) {
                if (districtOf.get(i).equals(d.code())) {
                    csv.append(date).append(',').append(rows.get(i).code()).append(',').append(quoted(rows.get(i).name()));
                    for (long v : cells[i]) {
                        csv.append(',').append(v);
                    }
                    csv.append('\n');
                }
            }
            Path file = inbox.resolve(d.code() + " " + d.name()).resolve(date + ".csv");
            Files.createDirectories(file.getParent());
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            files++;
        }
        return files;
    }

    /**
     * Each row's share of the province: its census population; a commune without one weighs what its district's
     * other communes weigh on average (a weight only: it has no population figure).
     */
    private static double[] weights(List<UnitPopulation> districts, boolean districtRows) {
        List<Double> weights = new ArrayList<>();
        for (UnitPopulation d : districts) {
            if (districtRows || d.parts().isEmpty()) {
                weights.add(d.population() == null ? 0.0 : d.population());
                continue;
            }
            double mean = d.parts().stream().filter(c -> c.population() != null).mapToLong(UnitPopulation::population)
                .average().orElse(1);
            d.parts().forEach(c -> weights.add(c.population() == null ? mean : c.population()));
        }
        return weights.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The split by source of a day VNCDC does not split: the province's own, summed over its last 28 days in
     * VNCDC (so that the split does not jump where VNCDC ends), or fixed shares if it had no cases then.
     */
    private double[] usualShares(String province) {
        return usual.computeIfAbsent(province, code -> {
            double[] sum = new double[SYNTHETIC_SHARES.length];
            shares.getOrDefault(code, Map.of()).entrySet().stream().sorted(Map.Entry.comparingByKey(
                    java.util.Comparator.reverseOrder())).limit(28).forEach(e -> {
                        for (int i = 0; i < sum.length; i++) {
                            sum[i] += e.getValue()[i];
                        }
                    });
            return java.util.Arrays.stream(sum).sum() > 0 ? sum : SYNTHETIC_SHARES;
        });
    }

    private static String quoted(String name) {
        return name.contains(",") || name.contains("\"") ? "\"" + name.replace("\"", "\"\"") + "\"" : name;
    }
}
