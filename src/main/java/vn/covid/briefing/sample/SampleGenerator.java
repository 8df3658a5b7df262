package vn.covid.briefing.sample;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.covid.briefing.ingest.Column;
import vn.covid.briefing.runs.ExitCode;
import vn.covid.briefing.sample.SampleReference.Commune;
import vn.covid.briefing.sample.SampleReference.District;

/**
 * {@code bin/briefing sample}: rebuilds {@code input/} from the real data. The provincial daily cases and
 * deaths up to the last real day are the real ones ({@link RealProvinceSeries} says how they are chosen);
 * everything finer or not published (districts, communes, treatment, testing, vaccination, the last two
 * weeks) is synthetic, made by a seeded generator so that the same real data always gives the same files,
 * and consistent with published milestones. {@code input/sample-provenance.csv} says which is which per day.
 */
public final class SampleGenerator {

    static final LocalDate FIRST = LocalDate.of(2021, 7, 1);
    static final LocalDate LAST_REAL = LocalDate.of(2022, 1, 21);
    static final LocalDate LAST = LocalDate.of(2022, 2, 7);
    private static final long SEED = 20210913L;

    private final SampleReference reference;
    private final RealProvinceSeries real;
    private final SplittableRandom random = new SplittableRandom(SEED);
    private final List<Commune> communes = new ArrayList<>();
    private final int days = (int) ChronoUnit.DAYS.between(FIRST, LAST) + 1;
    /** [metric][commune][day] */
    private final long[][][] values;
    private final List<String[]> provenance = new ArrayList<>();
    private final Path realdata;

    private SampleGenerator(Path realdata) throws IOException {
        this.realdata = realdata;
        reference = new SampleReference(realdata, "87");
        real = new RealProvinceSeries(realdata, "87", "Tỉnh Đồng Tháp");
        reference.districts.forEach(d -> communes.addAll(d.communes()));
        values = new long[Column.METRICS.size()][communes.size()][days];
    }

    public static int run(Path realdata, Path input) throws IOException {
        if (!Files.isRegularFile(realdata.resolve("ncsc_province_daily_cases_deaths.csv"))) {
            System.err.println("briefing sample: no real data in " + realdata + " (give it with --realdata DIR)");
            return ExitCode.USAGE;
        }
        SampleGenerator generator = new SampleGenerator(realdata);
        generator.simulate();
        int files = generator.write(input);
        System.out.printf("Sample written to %s: %d district files and the figures of %d districts "
                + "(%d of %d communes with a census population)%n", input, files, generator.reference.districts.size(),
                generator.reference.communesMatched, generator.communes.size());
        return ExitCode.OK;
    }

    private static int m(Column c) {
        return c.metricIndex();
    }

    private void simulate() {
        double[] population = communes.stream().mapToDouble(Commune::population).toArray();
        long[] underTreatment = new long[communes.size()];
        long[] casesTotal = new long[communes.size()];
        long[][] casesByDay = new long[communes.size()][days];
        double[] lastRealWeek = new double[2];
        for (int d = 0; d < days; d++) {
            LocalDate date = FIRST.plusDays(d);
            long total;
            long deaths;
            long[] split;
            String casesSource;
            String splitSource;
            if (!date.isAfter(LAST_REAL)) {
                RealProvinceSeries.Day day = real.day(date);
                total = day.cases();
                deaths = day.deaths();
                casesSource = day.casesSource();
                split = day.split();
                splitSource = day.splitSource();
                if (!date.isBefore(LAST_REAL.minusDays(6))) {
                    lastRealWeek[0] += total / 7.0;
                    lastRealWeek[1] += deaths / 7.0;
                }
                provenance.add(new String[] { date.toString(), String.valueOf(total), casesSource, str(day.ncsc()),
                        str(day.vnexpress()), str(day.vncdc()), String.valueOf(deaths), "ncsc", null, "real" });
            }
            else {
                int k = (int) ChronoUnit.DAYS.between(LAST_REAL, date);
                total = Math.round(lastRealWeek[0] * Math.pow(0.985, k) * Math.exp(0.15 * Allocation.gaussian(random)));
                deaths = Math.round(lastRealWeek[1] * Math.pow(0.97, k) * Math.exp(0.3 * Allocation.gaussian(random)));
                split = null;
                splitSource = null;
                provenance.add(new String[] { date.toString(), String.valueOf(total), "synthetic continuation", "", "",
                        "", String.valueOf(deaths), "synthetic continuation", null, "synthetic" });
            }
            if (split == null) {
                split = Allocation.noisy(total, syntheticShares(date), 0.25, random);
                splitSource = "synthetic shares";
            }
            provenance.get(provenance.size() - 1)[8] = splitSource;

            double[] weights = new double[communes.size()];
            for (int c = 0; c < communes.size(); c++) {
                weights[c] = population[c] * intensity(communes.get(c).district(), date);
            }
            Column[] sources = { Column.CASES_ARRIVAL, Column.CASES_QUARANTINE, Column.CASES_LOCKDOWN, Column.CASES_COMMUNITY };
            for (int s = 0; s < 4; s++) {
                long[] parts = Allocation.noisy(split[s], weights, 0.6, random);
                for (int c = 0; c < parts.length; c++) {
                    values[m(sources[s])][c][d] = parts[c];
                    casesByDay[c][d] += parts[c];
                }
            }
            long[] deathParts = Allocation.noisy(deaths, weights, 0.6, random);
            for (int c = 0; c < communes.size(); c++) {
                long cases = casesByDay[c][d];
                casesTotal[c] += cases;
                values[m(Column.DEATHS)][c][d] = deathParts[c];
                long recoveredDue = d >= 14 ? casesByDay[c][d - 14] : Math.round(cases * 0.8);
                long recovered = Math.max(0, Math.min(recoveredDue, underTreatment[c] + cases - deathParts[c]));
                underTreatment[c] = Math.max(0, underTreatment[c] + cases - recovered - deathParts[c]);
                values[m(Column.RECOVERED)][c][d] = recovered;
                values[m(Column.UNDER_TREATMENT)][c][d] = underTreatment[c];
                long severe = Math.round(underTreatment[c] * 0.04);
                values[m(Column.SEVERE)][c][d] = severe;
                values[m(Column.ICU_IN_USE)][c][d] = Math.round(severe * 0.35);
                testing(c, d, date, population[c], cases);
                values[m(Column.NEW_CLUSTERS)][c][d] = values[m(Column.CASES_COMMUNITY)][c][d] >= 3
                        && random.nextDouble() < 0.3 ? 1 : 0;
            }
            vaccinate(d, date, population);
        }
    }

    private void testing(int c, int d, LocalDate date, double population, long cases) {
        boolean campaign = !date.isBefore(LocalDate.of(2021, 8, 16)) && !date.isAfter(LocalDate.of(2021, 9, 30));
        double pcrRate = campaign ? 0.006 : date.isBefore(LocalDate.of(2021, 11, 1)) ? 0.002 : 0.004;
        long pcrPositive = Math.round(cases * 0.7);
        long pcr = Math.max(pcrPositive, Math.round(population * pcrRate * Math.exp(0.2 * Allocation.gaussian(random))));
        long rapidPositive = cases - pcrPositive;
        long rapid = Math.max(rapidPositive,
                Math.round(population * (campaign ? 0.02 : 0.004) * Math.exp(0.2 * Allocation.gaussian(random))));
        double households = population / SampleReference.PERSONS_PER_HOUSEHOLD;
        double householdRate = campaign ? 1.0 / 46 : 0.002;
        values[m(Column.PCR_TESTS)][c][d] = pcr;
        values[m(Column.PCR_POSITIVE)][c][d] = pcrPositive;
        values[m(Column.RAPID_TESTS)][c][d] = rapid;
        values[m(Column.RAPID_POSITIVE)][c][d] = rapidPositive;
        values[m(Column.HOUSEHOLDS_SAMPLED)][c][d] = Math.round(households * householdRate
                * Math.exp(0.15 * Allocation.gaussian(random)));
    }

    /**
     * Cumulative doses through dated milestones: 65,31% of the 1.357.300 the bulletin of 31/10/2021 counted
     * against (886.452 first doses), 99,75% of the 18+ population of 12/01/2022 (1.242.000).
     */
    private static final Object[][] DOSE1 = { { "2021-06-30", 0 }, { "2021-08-01", 60_000 }, { "2021-09-01", 250_000 },
            { "2021-10-01", 520_000 }, { "2021-10-31", 886_452 }, { "2021-12-01", 1_150_000 }, { "2022-01-12", 1_242_000 },
            { "2022-02-07", 1_255_000 } };
    private static final Object[][] DOSE2 = { { "2021-06-30", 0 }, { "2021-08-01", 5_000 }, { "2021-09-01", 30_000 },
            { "2021-10-01", 120_000 }, { "2021-10-31", 300_000 }, { "2021-12-01", 800_000 }, { "2022-01-12", 1_150_000 },
            { "2022-02-07", 1_200_000 } };
    private static final Object[][] BOOSTER = { { "2021-06-30", 0 }, { "2021-12-15", 0 }, { "2022-01-12", 150_000 },
            { "2022-02-07", 450_000 } };

    private void vaccinate(int d, LocalDate date, double[] population) {
        Column[] doses = { Column.DOSE1, Column.DOSE2, Column.BOOSTER };
        Object[][][] curves = { DOSE1, DOSE2, BOOSTER };
        for (int i = 0; i < 3; i++) {
            long daily = cumulative(curves[i], date) - cumulative(curves[i], date.minusDays(1));
            // little noise: commune coverage stays near the provincial rate, as the published levels of 31/10/2021 imply
            long[] parts = Allocation.noisy(daily, population, 0.1, random);
            for (int c = 0; c < parts.length; c++) {
                values[m(doses[i])][c][d] = parts[c];
            }
        }
    }

    static long cumulative(Object[][] knots, LocalDate date) {
        for (int i = 1; i < knots.length; i++) {
            LocalDate a = LocalDate.parse((String) knots[i - 1][0]);
            LocalDate b = LocalDate.parse((String) knots[i][0]);
            if (!date.isAfter(b)) {
                double t = (double) ChronoUnit.DAYS.between(a, date) / ChronoUnit.DAYS.between(a, b);
                int va = (Integer) knots[i - 1][1];
                int vb = (Integer) knots[i][1];
                return Math.round(va + Math.max(0, t) * (vb - va));
            }
        }
        return ((Integer) knots[knots.length - 1][1]).longValue();
    }

    /** The four CT16 holdouts of 15/9/2021 carried most cases of the summer wave; TP Cao Lãnh more in late 2021. */
    private static double intensity(String district, LocalDate date) {
        boolean summer = !date.isBefore(LocalDate.of(2021, 7, 10)) && date.isBefore(LocalDate.of(2021, 10, 15));
        return switch (district) {
            case "867", "875", "876", "877" -> summer ? 3.0 : 1.2;
            case "866" -> date.isAfter(LocalDate.of(2021, 11, 1)) ? 1.5 : 1.0;
            default -> 1.0;
        };
    }

    /** Arrivals, quarantine, lockdown, community, where no real split exists. */
    private static double[] syntheticShares(LocalDate date) {
        if (date.isBefore(LocalDate.of(2021, 10, 1))) {
            return new double[] { 0.02, 0.45, 0.30, 0.23 };
        }
        if (date.isBefore(LocalDate.of(2021, 11, 1))) {
            return new double[] { 0.45, 0.25, 0.10, 0.20 }; // people returning from Hồ Chí Minh City and Bình Dương
        }
        return new double[] { 0.08, 0.15, 0.10, 0.67 };
    }

    private static String str(Long v) {
        return v == null ? "" : v.toString();
    }

    // ---------------------------------------------------------------- writing

    private int write(Path input) throws IOException {
        Path reports = input.resolve("reports");
        if (Files.isDirectory(reports)) {
            try (Stream<Path> old = Files.walk(reports)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(input.resolve("reference"));
        Files.writeString(input.resolve("reference/units.csv"), reference.unitsCsv());
        Files.writeString(input.resolve("reference/figures.csv"), reference.figuresCsv());
        // the real district boundaries, unchanged, for the briefing's map
        Files.copy(realdata.resolve("dong_thap_districts.geojson"), input.resolve("reference/districts.geojson"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        int files = 0;
        for (DistrictStyle style : DistrictStyle.DONG_THAP) {
            District district = reference.districts.stream().filter(x -> x.code().equals(style.district())).findFirst()
                .orElseThrow();
            for (int d = 0; d < days; d++) {
                LocalDate date = FIRST.plusDays(d);
                Path file = reports.resolve(style.fileName(date));
                Files.createDirectories(file.getParent());
                Files.write(file, render(style, district, date, d, List.of()));
                files++;
            }
        }
        files += writeFlawed(reports);
        writeProvenance(input.resolve("reference/sample-provenance.csv"));
        return files;
    }

    private byte[] render(DistrictStyle style, District district, LocalDate date, int d, List<Object[]> extraRows)
            throws IOException {
        List<Column> columns = new ArrayList<>(List.of(Column.REPORT_DATE, Column.UNIT_CODE, Column.UNIT_NAME));
        Column.METRICS.stream().filter(c -> !style.omitted().contains(c)).forEach(columns::add);
        if (style.district().equals("870")) {
            columns.add(0, columns.remove(columns.size() - 1)); // any column order is accepted
        }
        StringWriter out = new StringWriter();
        if (style.bom()) {
            out.write('\uFEFF');
        }
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(style.delimiter())
            .setRecordSeparator("\r\n").get())) {
            csv.printRecord(columns.stream().map(c -> style.vietnamese() ? c.aliases().get(0) : c.canonical())
                .toList());
            List<Long[]> rows = new ArrayList<>();
            if (style.districtRowOnly()) {
                Long[] sum = new Long[Column.METRICS.size()];
                for (Column metric : Column.METRICS) {
                    long s = 0;
                    for (Commune c : district.communes()) {
                        s += values[metric.metricIndex()][communes.indexOf(c)][d];
                    }
                    sum[metric.metricIndex()] = s;
                }
                print(csv, style, columns, date, district.code(), district.name(), sum);
            }
            else {
                for (Commune c : district.communes()) {
                    Long[] v = new Long[Column.METRICS.size()];
                    for (Column metric : Column.METRICS) {
                        v[metric.metricIndex()] = values[metric.metricIndex()][communes.indexOf(c)][d];
                    }
                    rows.add(v);
                    print(csv, style, columns, date, c.code(), c.name(), v);
                }
            }
            for (Object[] extra : extraRows) {
                print(csv, style, columns, (LocalDate) extra[0], (String) extra[1], (String) extra[2], (Long[]) extra[3]);
            }
            if (style.totalsRow()) {
                Long[] sum = new Long[Column.METRICS.size()];
                for (Column metric : Column.METRICS) {
                    sum[metric.metricIndex()] = rows.stream().mapToLong(r -> r[metric.metricIndex()]).sum();
                }
                print(csv, style, columns, null, "", "Tổng cộng", sum);
            }
        }
        if (style.trailingBlankLines()) {
            out.write("\r\n\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void print(CSVPrinter csv, DistrictStyle style, List<Column> columns, LocalDate date, String code,
            String name, Long[] v) throws IOException {
        List<String> cells = new ArrayList<>();
        for (Column c : columns) {
            cells.add(switch (c) {
                case REPORT_DATE -> date == null ? "" : style.dates().format(date);
                case UNIT_CODE -> code;
                case UNIT_NAME -> style.oldToneMarks() ? ToneMarks.flip(name) : name;
                default -> number(v[c.metricIndex()], style.thousands());
            });
        }
        csv.printRecord(cells);
    }

    private static String number(Long v, boolean thousands) {
        if (v == null) {
            return "";
        }
        return thousands ? String.format(Locale.GERMANY, "%,d", v) : v.toString();
    }

    /** A few files as district offices really get them wrong; their good rows equal the day's real report. */
    private int writeFlawed(Path reports) throws IOException {
        DistrictStyle chauThanh = style("877");
        LocalDate resent = LocalDate.of(2021, 9, 10);
        int d = (int) ChronoUnit.DAYS.between(FIRST, resent);
        Long[] some = new Long[Column.METRICS.size()];
        for (Column metric : Column.METRICS) {
            some[metric.metricIndex()] = 1L;
        }
        List<Object[]> extra = List.of(
                new Object[] { resent, "26734", "Phường Tân Định", some },          // a unit of another province
                new Object[] { resent, "99999", "Xã Không Có", some },              // no such unit
                new Object[] { resent, "30235", "Xã Tân Hòa", some },               // a commune of Lai Vung
                new Object[] { resent.plusDays(1), "30253", "Xã Tân Nhuận Đông", some }); // the next day's figure
        Files.write(reports.resolve("877 Châu Thành/Báo cáo ngày 10-9 Châu Thành (gửi lại).csv"),
                render(chauThanh, district("877"), resent, d, extra));

        Files.write(reports.resolve("874 Thanh Bình/thanh-binh_2021-09-20 (Excel).xlsx"),
                new byte[] { 'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0 });

        LocalDate old = LocalDate.of(2021, 9, 14);
        String withoutDeaths = new String(render(style("875"), district("875"), old,
                (int) ChronoUnit.DAYS.between(FIRST, old), List.of()), StandardCharsets.UTF_8)
            .replace("Tử vong,", "");
        Files.writeString(reports.resolve("875 Lấp Vò/Lấp Vò 14.09.2021 - bản cũ.csv"), withoutDeaths);

        LocalDate ansi = LocalDate.of(2021, 10, 5);
        String text = new String(render(style("872"), district("872"), ansi, (int) ChronoUnit.DAYS.between(FIRST, ansi),
                List.of()), StandardCharsets.UTF_8).replace("\uFEFF", "");
        Charset legacy = Charset.isSupported("windows-1258") ? Charset.forName("windows-1258") : StandardCharsets.ISO_8859_1;
        Files.write(reports.resolve("872 Tháp Mười/thap-muoi-2021-10-05 (ANSI).csv"), text.getBytes(legacy));

        Files.write(reports.resolve("866 TP Cao Lãnh/2021-11-02 (trống).csv"), new byte[0]);
        return 5;
    }

    private DistrictStyle style(String code) {
        return DistrictStyle.DONG_THAP.stream().filter(s -> s.district().equals(code)).findFirst().orElseThrow();
    }

    private District district(String code) {
        return reference.districts.stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
    }

    private void writeProvenance(Path file) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
            .setHeader("date", "cases", "cases_source", "ncsc_cases", "vnexpress_cases", "vncdc_cases_shifted",
                    "deaths", "deaths_source", "split_source", "kind").get())) {
            for (String[] row : provenance) {
                csv.printRecord((Object[]) row);
            }
        }
        Files.writeString(file, out.toString());
    }
}
