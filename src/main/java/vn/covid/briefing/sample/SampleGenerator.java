package vn.covid.briefing.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import vn.covid.briefing.ingest.Column;
import vn.covid.briefing.runs.ExitCode;
import vn.covid.briefing.sample.SampleReference.Commune;
import vn.covid.briefing.system.Allocation;

/**
 * {@code bin/briefing sample}: rebuilds {@code input/} from the real data. The provincial daily cases and
 * deaths up to the last real day are the real ones ({@link RealProvinceSeries} says how they are chosen);
 * where the province's own bulletin of the day has the same total, its split by source and its district and
 * commune lists of community cases are used ({@link ProvincialBulletins}); everything finer or not published
 * (the rest of the districts and communes, treatment, testing, vaccination, the last two weeks) is
 * synthetic, made by a seeded generator so that the same real data always gives the same files, and
 * consistent with published milestones. {@code input/reference/sample-provenance.csv} and
 * {@code sample-district-provenance.csv} say which is which per day.
 */
public final class SampleGenerator {

    static final LocalDate FIRST = LocalDate.of(2021, 7, 1);
    static final LocalDate LAST_REAL = LocalDate.of(2022, 1, 21);
    static final LocalDate LAST = LocalDate.of(2022, 2, 7);
    private static final long SEED = 20210913L;
    /** The sources in the order of a split: arrivals, quarantine, lockdown, community, not yet classified. */
    static final Column[] SOURCES = { Column.CASES_ARRIVAL, Column.CASES_QUARANTINE, Column.CASES_LOCKDOWN,
        Column.CASES_COMMUNITY, Column.CASES_UNCLASSIFIED };
    static final int COMMUNITY = 3;
    static final int UNCLASSIFIED = 4;

    final SampleReference reference;
    private final RealProvinceSeries real;
    final ProvincialBulletins bulletins;
    private final SplittableRandom random = new SplittableRandom(SEED);
    private final BulletinSplit fromBulletins;
    final List<Commune> communes = new ArrayList<>();
    final int days = (int) ChronoUnit.DAYS.between(FIRST, LAST) + 1;
    /** [metric][commune][day] */
    final long[][][] values;
    final List<String[]> provenance = new ArrayList<>();
    final List<String[]> districtProvenance = new ArrayList<>();
    final Path realdata;

    private SampleGenerator(Path realdata) throws IOException {
        this.realdata = realdata;
        reference = new SampleReference(realdata, "87");
        real = new RealProvinceSeries(realdata, "87", "Tỉnh Đồng Tháp");
        bulletins = new ProvincialBulletins(realdata, reference.districts);
        reference.districts.forEach(d -> communes.addAll(d.communes()));
        values = new long[Column.METRICS.size()][communes.size()][days];
        fromBulletins = new BulletinSplit(bulletins, reference.districts, communes, random, districtProvenance);
    }

    /** Where the sample goes: the inbox's reports, the profile's reference files, the national list of units. */
    public record Target(Path inbox, Path reference, Path units) {

        /** The shipped places: input/, profiles/dong-thap/reference/, the application's reference/units.csv. */
        public static Target of(Path home, Path inbox) {
            return new Target(inbox, home.resolve("profiles/dong-thap/reference"),
                    home.resolve("src/main/resources").resolve(vn.covid.briefing.reference.ReferenceLoader.NATIONAL_UNITS));
        }
    }

    public static int run(Path realdata, Target target) throws IOException {
        if (!Files.isRegularFile(realdata.resolve("ncsc_province_daily_cases_deaths.csv"))) {
            System.err.println("briefing sample: no real data in " + realdata + " (give it with --realdata DIR)");
            return ExitCode.USAGE;
        }
        SampleGenerator generator = new SampleGenerator(realdata);
        generator.simulate();
        String balances = SampleBalances.csv(realdata, generator.real, generator.reference, generator.bulletins,
                FIRST.minusDays(1));
        int files = new SampleFiles(generator).write(target, balances);
        System.out.printf("Sample written to %s: %d district files and the figures of %d districts "
                + "(%d of %d communes with a census population)%n", target.inbox(), files, generator.reference.districts.size(),
                generator.reference.communesMatched, generator.communes.size());
        return ExitCode.OK;
    }

    private static int m(Column c) {
        return c.metricIndex();
    }

    private void simulate() {
        double[] population = communes.stream().mapToDouble(Commune::population).toArray();
        long[] underTreatment = new long[communes.size()];
        long[][] casesByDay = new long[communes.size()][days];
        long[] firstSampled = new long[communes.size()];
        double[] lastRealWeek = new double[2];
        for (int d = 0; d < days; d++) {
            LocalDate date = FIRST.plusDays(d);
            long total;
            long deaths;
            long[] split;
            String splitSource;
            if (!date.isAfter(LAST_REAL)) {
                RealProvinceSeries.Day day = real.day(date);
                total = day.cases();
                deaths = day.deaths();
                split = day.split();
                splitSource = day.splitSource();
                if (!date.isBefore(LAST_REAL.minusDays(6))) {
                    lastRealWeek[0] += total / 7.0;
                    lastRealWeek[1] += deaths / 7.0;
                }
                provenance.add(new String[] { date.toString(), String.valueOf(total), day.casesSource(), str(day.ncsc()),
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
            provenance.get(provenance.size() - 1)[8] = fromBulletins.split(date, split, splitSource);

            double[] weights = new double[communes.size()];
            for (int c = 0; c < communes.size(); c++) {
                weights[c] = population[c] * intensity(communes.get(c).district(), date);
            }
            for (int s = 0; s < SOURCES.length; s++) {
                long[] parts = s == COMMUNITY ? fromBulletins.community(date, split[s], weights)
                        : Allocation.noisy(split[s], weights, 0.6, random);
                for (int c = 0; c < parts.length; c++) {
                    values[m(SOURCES[s])][c][d] = parts[c];
                    casesByDay[c][d] += parts[c];
                }
            }
            long[] deathParts = Allocation.noisy(deaths, weights, 0.6, random);
            for (int c = 0; c < communes.size(); c++) {
                long cases = casesByDay[c][d];
                values[m(Column.DEATHS)][c][d] = deathParts[c];
                long recoveredDue = d >= 14 ? casesByDay[c][d - 14] : Math.round(cases * 0.8);
                long recovered = Math.max(0, Math.min(recoveredDue, underTreatment[c] + cases - deathParts[c]));
                underTreatment[c] = Math.max(0, underTreatment[c] + cases - recovered - deathParts[c]);
                values[m(Column.RECOVERED)][c][d] = recovered;
                values[m(Column.UNDER_TREATMENT)][c][d] = underTreatment[c];
                values[m(Column.SEVERE)][c][d] = Math.round(underTreatment[c] * 0.04);
                values[m(Column.OXYGEN)][c][d] = Math.round(underTreatment[c] * 0.07);
                values[m(Column.HOME_TREATMENT)][c][d] = Math.round(underTreatment[c] * homeShare(date));
                testing(c, d, date, population[c], cases, firstSampled);
                values[m(Column.NEW_CLUSTERS)][c][d] = values[m(Column.CASES_COMMUNITY)][c][d] >= 3
                        && random.nextDouble() < 0.3 ? 1 : 0;
            }
            intensiveCare(d, date);
            vaccinate(d, date, population);
        }
    }

    /**
     * ICU beds in use, per district about a third of its severe cases, and the beds the three districts with a
     * hospital ICU report. Those three report both on the row of their first commune (the hospital's: beds and
     * the patients in them); the others place their patients on their communes as their severe cases are.
     */
    private void intensiveCare(int d, LocalDate date) {
        for (SampleReference.District district : reference.districts) {
            List<Integer> index = new ArrayList<>();
            for (int c = 0; c < communes.size(); c++) {
                if (communes.get(c).district().equals(district.code())) {
                    index.add(c);
                }
            }
            double[] severe = index.stream().mapToDouble(c -> values[m(Column.SEVERE)][c][d]).toArray();
            long inUse = Math.round(0.3 * java.util.Arrays.stream(severe).sum());
            long[] parts = new long[index.size()];
            if (List.of("866", "867", "868").contains(district.code())) {
                parts[0] = inUse;
            }
            else {
                parts = Allocation.proportional(inUse, severe);
            }
            for (int i = 0; i < index.size(); i++) {
                values[m(Column.ICU_IN_USE)][index.get(i)][d] = parts[i];
            }
            long beds = switch (district.code()) {
                case "866" -> date.isBefore(LocalDate.of(2021, 10, 1)) ? 30 : 70; // a 40-bed unit added (seed 000 asked for it)
                case "867" -> 20;
                case "868" -> 10;
                default -> 0;
            };
            values[m(Column.ICU_BEDS)][index.get(0)][d] = beds;
        }
    }

    /** F0 treated at home: from mid-November 2021, a growing share of those under treatment. */
    private static double homeShare(LocalDate date) {
        if (date.isBefore(LocalDate.of(2021, 11, 15))) {
            return 0;
        }
        return Math.min(0.7, 0.7 * ChronoUnit.DAYS.between(LocalDate.of(2021, 11, 15), date) / 45.0);
    }

    private void testing(int c, int d, LocalDate date, double population, long cases, long[] firstSampled) {
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
        long visits = Math.round(households * householdRate * Math.exp(0.15 * Allocation.gaussian(random)));
        values[m(Column.HOUSEHOLDS_SAMPLED)][c][d] = visits;
        // a visit finds a household not yet sampled less often as the campaign goes on
        double unsampled = Math.max(0, 1 - firstSampled[c] / households);
        long first = Math.min(visits, Math.round(visits * Math.sqrt(unsampled)));
        firstSampled[c] += first;
        values[m(Column.HOUSEHOLDS_FIRST_SAMPLED)][c][d] = first;
    }

    /**
     * Cumulative doses through dated milestones: 65,31% of the 1.357.300 the bulletin of 31/10/2021 counted
     * against (886.452 first doses); the 18+ and 12–17 doses of the bulletins of 12/01 and 09/02/2022
     * (vaccination.csv), the latter interpolated to 07/02. The dates in between are synthetic.
     */
    private static final Object[][] DOSE1 = { { "2021-06-30", 0 }, { "2021-08-01", 60_000 }, { "2021-09-01", 250_000 },
            { "2021-10-01", 520_000 }, { "2021-10-31", 886_452 }, { "2021-12-01", 1_150_000 }, { "2022-01-12", 1_241_994 },
            { "2022-02-07", 1_243_319 } };
    private static final Object[][] DOSE2 = { { "2021-06-30", 0 }, { "2021-08-01", 5_000 }, { "2021-09-01", 30_000 },
            { "2021-10-01", 120_000 }, { "2021-10-31", 300_000 }, { "2021-12-01", 800_000 }, { "2022-01-12", 1_171_550 },
            { "2022-02-07", 1_180_566 } };
    private static final Object[][] BOOSTER = { { "2021-06-30", 0 }, { "2021-12-15", 0 }, { "2022-01-12", 86_587 },
            { "2022-02-07", 161_317 } };
    private static final Object[][] DOSE1_12_17 = { { "2021-06-30", 0 }, { "2021-11-01", 0 }, { "2021-11-30", 120_000 },
            { "2022-01-12", 157_430 }, { "2022-02-07", 157_683 } };
    private static final Object[][] DOSE2_12_17 = { { "2021-06-30", 0 }, { "2021-11-21", 0 }, { "2021-12-31", 130_000 },
            { "2022-01-12", 148_180 }, { "2022-02-07", 148_759 } };

    private void vaccinate(int d, LocalDate date, double[] population) {
        Column[] doses = { Column.DOSE1, Column.DOSE2, Column.BOOSTER, Column.DOSE1_12_17, Column.DOSE2_12_17 };
        Object[][][] curves = { DOSE1, DOSE2, BOOSTER, DOSE1_12_17, DOSE2_12_17 };
        for (int i = 0; i < doses.length; i++) {
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

    /** Arrivals, quarantine, lockdown, community, not yet classified, where no real split exists. */
    private static double[] syntheticShares(LocalDate date) {
        if (date.isBefore(LocalDate.of(2021, 10, 1))) {
            return new double[] { 0.02, 0.45, 0.30, 0.23, 0 };
        }
        if (date.isBefore(LocalDate.of(2021, 11, 1))) {
            return new double[] { 0.45, 0.25, 0.10, 0.20, 0 }; // people returning from Hồ Chí Minh City and Bình Dương
        }
        return new double[] { 0.08, 0.15, 0.10, 0.67, 0 };
    }

    private static String str(Long v) {
        return v == null ? "" : v.toString();
    }
}
