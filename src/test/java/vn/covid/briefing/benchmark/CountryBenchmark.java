package vn.covid.briefing.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.covid.briefing.profile.StarterProfile;
import vn.covid.briefing.sample.ProvinceSeries;
import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.RealData;
import vn.covid.briefing.support.Database;

/**
 * Issue 12, national scale on PostgreSQL, as operators run it (one process per command, for every profile:
 * {@code --profile a,b,...}):
 * <ol>
 * <li>one night of the whole country, last week's briefings issued before it: the day's 705 district files
 * ingested and the 64 briefings of that date issued ({@code nightly --profile vn,p01,...,p96 --parallel 2}),
 * three times, each on a copy of the same database (the median counts); after each, the same night again,
 * when nothing is left to do: the part of the night that is not the work;</li>
 * <li>a re-run of report weeks at two sizes (4 provinces × 13 weeks, 8 × 52: an eighth of the country's
 * year), one {@code rerun} process, each province's weeks partitioned over the cores, for the cost per
 * briefing, its linearity and the year it comes to; the smaller also one week at a time, for what the
 * partitioning gains. The larger is big enough that the process's warming up (class loading, the JIT) is
 * a small part of it, as in a year's re-run.</li>
 * </ol>
 * The inputs are the generator's (real provincial totals, synthetic split: cases and deaths only, so these
 * briefings are lighter than the sample's). Results go to {@code target/benchmark-country.txt}.
 */
public final class CountryBenchmark {

    private static final Path REALDATA = RealData.FOLDER;
    private static final LocalDate NIGHT = LocalDate.of(2021, 9, 13);

    /** How many times the night is measured (each on a copy of the same database). */
    private static final int NIGHTS = 3;

    /** The re-runs' provinces: a mix of sizes, 8 to 22 districts, 12,4 on average (the country: 11,2). */
    private static final List<String> RERUN = List.of("75", "64", "87", "89", "96", "10", "44", "79");

    /** The re-runs' two sizes, provinces x weeks: the larger an eighth of the country's year. */
    private static final int[][] SIZES = { { 4, 13 }, { 8, 52 } };

    /** The last report week of the re-runs: the data's last Monday (the series end on 22/1/2022). */
    private static final LocalDate YEAR_END = LocalDate.of(2022, 1, 17);

    private CountryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("briefing-country");
        ProvinceSeries series = new ProvinceSeries(REALDATA);
        List<String> provinces = new ArrayList<>();
        for (String line : Files.readAllLines(Briefing.PROJECT.resolve("src/main/resources/reference/units.csv"))) {
            if (line.contains(",PROVINCE,")) {
                provinces.add(line.substring(0, line.indexOf(',')));
            }
        }
        long start = System.nanoTime();
        for (String p : provinces) {
            StarterProfile.write(REALDATA, p, dir.resolve("profiles/p" + p));
        }
        System.out.printf("63 starter profiles in %.1f s%n", seconds(start));
        Map<String, String> results = new LinkedHashMap<>();

        // 1. one night of the country, after two weeks of history already in and last week's briefings issued
        // (as on an office's earlier nights): one process for the 64 profiles, NIGHTS times, each on a copy of
        // that database, inbox and output folder; after each, the same night again with nothing to do
        String base = Database.POSTGRES.freshUrl(dir);
        Path baseInbox = dir.resolve("inbox");
        Path baseOutput = dir.resolve("output");
        String all = Briefing.PROJECT.resolve("profiles/vn") + "," + String.join(",",
                provinces.stream().map(p -> dir.resolve("profiles/p" + p).toString()).toList());
        series.write("all", NIGHT.minusDays(13), NIGHT.minusDays(1), baseInbox.resolve("reports"), true);
        check(run(everyProfile(baseInbox, baseOutput, base, all), dir, "ingest"));
        LocalDate lastWeek = NIGHT.minusWeeks(1);
        check(run(everyProfile(baseInbox, baseOutput, base, all).with("--from").with(lastWeek.toString()).with("--to")
            .with(lastWeek.toString()), dir, "rerun"));
        Path dayFiles = dir.resolve("day");
        start = System.nanoTime();
        ProvinceSeries.Written day = series.write("all", NIGHT, NIGHT, dayFiles.resolve("reports"), true);
        double generate = seconds(start);
        List<Double> nights = new ArrayList<>();
        List<Double> nothings = new ArrayList<>();
        long issued = 0;
        long peakMb = 0;
        for (int n = 1; n <= NIGHTS; n++) {
            String db = Database.copyOfPostgres(base);
            Path inbox = dir.resolve("night-" + n + "/inbox");
            Briefing.copy(baseInbox, inbox);
            Briefing.copy(dayFiles, inbox);
            Path output = dir.resolve("night-" + n + "/output");
            Briefing.copy(baseOutput, output);
            Path rss = dir.resolve("night-" + n + ".rss");
            start = System.nanoTime();
            Briefing.Result night = everyProfile(inbox, output, db, all).runProcess("nightly", dir.resolve("night-" + n + ".log"),
                    new Briefing.Launch(List.of("/usr/bin/time", "-f", "%M", "-o", rss.toString()), List.of("-Xmx1g"), Map.of()));
            nights.add(seconds(start));
            check(night);
            issued = night.out().lines().filter(l -> l.matches("\\s+\\d{4}-\\d{2}-\\d{2}\\s+edition \\d+\\s+.*")).count();
            peakMb = Math.max(peakMb, Long.parseLong(Files.readAllLines(rss).getLast().strip()) / 1024);
            start = System.nanoTime();
            check(run(everyProfile(inbox, output, db, all), dir, "nightly"));
            nothings.add(seconds(start));
        }
        results.put("one night of the country", "%.1f s (median of %s): %d files ingested, %d briefings issued (the week of %s for 63 provinces and the country), "
                .formatted(Runs.median(nights), Runs.each(nights, "%.1f"), day.files(), issued, NIGHT) + "one process, 2 profiles at a time, peak memory %d MB (-Xmx1g)"
                    .formatted(peakMb));
        results.put("  the same night again (nothing to do)", "%.1f s (median of %s): 64 profiles started, ingested, found up to date"
                .formatted(Runs.median(nothings), Runs.each(nothings, "%.1f")));
        results.put("  (generating the day's files)", "%.1f s".formatted(generate));

        // 2. re-runs at two sizes (provinces x weeks, the weeks up to the data's last), one process: the provinces
        // in turn, each one's weeks partitioned over the cores; the smaller also one week at a time
        double[] took = new double[SIZES.length];
        for (int i = 0; i < SIZES.length; i++) {
            took[i] = rerun(dir, series, SIZES[i][0], SIZES[i][1], 0, results);
        }
        rerun(dir, series, SIZES[0][0], SIZES[0][1], 1, results);
        int small = SIZES[0][0] * SIZES[0][1];
        int large = SIZES[1][0] * SIZES[1][1];
        double marginal = (took[1] - took[0]) / (large - small);
        int year = 63 * 52;
        results.put("a year of the country, partitioned", "%d briefings: about %.1f min (%.1f s + %d x %.3f s, the cost of a briefing between the two sizes)"
                .formatted(year, (took[0] + (year - small) * marginal) / 60, took[0], year - small, marginal));

        StringBuilder report = new StringBuilder("Country benchmark (PostgreSQL, %d cores, one process per command, for every profile)%n"
            .formatted(Runtime.getRuntime().availableProcessors()));
        results.forEach((k, v) -> report.append("  %-36s %s%n".formatted(k, v)));
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark-country.txt"), report);
    }

    /** Re-runs {@code weeks} report weeks of the first {@code count} of {@link #RERUN} on a database of their own; the seconds it took. */
    private static double rerun(Path dir, ProvinceSeries series, int count, int weeks, int threads, Map<String, String> results)
            throws Exception {
        String db = Database.POSTGRES.freshUrl(dir);
        Path inbox = dir.resolve("rerun-" + threads + "-" + count + "x" + weeks);
        List<String> some = RERUN.subList(0, count);
        LocalDate first = YEAR_END.minusWeeks(weeks).plusDays(1);
        for (String p : some) {
            series.write(p, first.minusDays(7), YEAR_END, inbox.resolve("reports"), false);
        }
        String profiles = String.join(",", some.stream().map(p -> dir.resolve("profiles/p" + p).toString()).toList());
        Path output = inbox.resolveSibling(inbox.getFileName() + "-output");
        check(run(everyProfile(inbox, output, db, profiles), dir, "ingest"));
        long start = System.nanoTime();
        check(run(everyProfile(inbox, output, db, profiles, 1).with("--briefing.rerun.threads=" + threads).with("--from")
            .with(first.toString()).with("--to").with(YEAR_END.toString()), dir, "rerun"));
        double took = seconds(start);
        int briefings = count * weeks;
        results.put("re-run %d provinces x %d weeks, %s".formatted(count, weeks, threads == 0 ? "partitioned" : "one at a time"),
                "%d briefings in %.1f s = %.2f s each".formatted(briefings, took, took / briefings));
        return took;
    }

    /** One process for the profiles (a list, with --profile), two at a time. */
    private static Briefing everyProfile(Path inbox, Path output, String db, String profiles) {
        return everyProfile(inbox, output, db, profiles, 2);
    }

    private static Briefing everyProfile(Path inbox, Path output, String db, String profiles, int parallel) {
        return new Briefing(inbox, output, db).with("--profile").with(profiles).with("--parallel")
            .with(Integer.toString(parallel));
    }

    private static Briefing.Result run(Briefing b, Path dir, String command) throws Exception {
        return b.runProcess(command, Files.createTempFile(dir, command, ".log"));
    }

    /** 0, or 3 (some rows flagged or rejected): anything else stops the benchmark. */
    private static void check(Briefing.Result r) {
        if (r.exitCode() != 0 && r.exitCode() != 3) {
            throw new IllegalStateException("exit " + r.exitCode() + ": " + r.out());
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
