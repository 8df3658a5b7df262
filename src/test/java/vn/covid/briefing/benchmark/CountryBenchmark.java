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
 * ingested and the 64 briefings of that date issued ({@code nightly --profile vn,p01,...,p96 --parallel 2});
 * beside it, the same night again, when
 * nothing is left to do: the part of the night that is not the work;</li>
 * <li>a re-run of report weeks for a few provinces at two sizes (provinces × weeks), one {@code rerun}
 * process, each province's weeks partitioned over the cores, and the same one week at a time, for the
 * cost per briefing, its linearity and what the partitioning gains.</li>
 * </ol>
 * The inputs are the generator's (real provincial totals, synthetic split: cases and deaths only, so these
 * briefings are lighter than the sample's). Results go to {@code target/benchmark-country.txt}.
 */
public final class CountryBenchmark {

    private static final Path REALDATA = RealData.FOLDER;
    private static final LocalDate NIGHT = LocalDate.of(2021, 9, 13);

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

        // 1. one night of the country, after two weeks of history already in: one process for the 64 profiles
        String db = Database.POSTGRES.freshUrl(dir);
        Path inbox = dir.resolve("inbox");
        String all = Briefing.PROJECT.resolve("profiles/vn") + "," + String.join(",",
                provinces.stream().map(p -> dir.resolve("profiles/p" + p).toString()).toList());
        series.write("all", NIGHT.minusDays(13), NIGHT.minusDays(1), inbox.resolve("reports"), true);
        check(run(everyProfile(inbox, dir, db, all), dir, "ingest"));
        // last week's briefings were issued on the nights before, as in an office's life: the night issues its own week
        LocalDate lastWeek = NIGHT.minusWeeks(1);
        check(run(everyProfile(inbox, dir, db, all).with("--from").with(lastWeek.toString()).with("--to")
            .with(lastWeek.toString()), dir, "rerun"));
        start = System.nanoTime();
        ProvinceSeries.Written day = series.write("all", NIGHT, NIGHT, inbox.resolve("reports"), true);
        double generate = seconds(start);
        start = System.nanoTime();
        Path rss = dir.resolve("night.rss");
        Briefing.Result night = everyProfile(inbox, dir, db, all).runProcess("nightly", dir.resolve("night.log"),
                new Briefing.Launch(List.of("/usr/bin/time", "-f", "%M", "-o", rss.toString()), List.of("-Xmx1g"),
                        Map.of()));
        check(night);
        double whole = seconds(start);
        long issued = night.out().lines().filter(l -> l.matches("\\s+\\d{4}-\\d{2}-\\d{2}\\s+edition \\d+\\s+.*")).count();
        long peakMb = Long.parseLong(Files.readAllLines(rss).getLast().strip()) / 1024;
        start = System.nanoTime();
        check(run(everyProfile(inbox, dir, db, all), dir, "nightly"));
        double nothing = seconds(start);
        results.put("one night of the country", "%.1f s: %d files ingested, %d briefings issued (the week of %s for 63 provinces and the country), "
                .formatted(whole, day.files(), issued, NIGHT) + "one process, 2 profiles at a time, peak memory %d MB (-Xmx1g)"
                    .formatted(peakMb));
        results.put("  the same night again (nothing to do)", "%.1f s: 64 profiles started, ingested, found up to date"
                .formatted(nothing));
        results.put("  (generating the day's files)", "%.1f s".formatted(generate));

        // 2. re-runs at two sizes (provinces x weeks), one process: the provinces in turn, each one's weeks
        // partitioned over the cores; and the same without partitioning (one week at a time)
        for (int threads : new int[] { 0, 1 }) {
            for (int[] size : new int[][] { { 2, 8 }, { 4, 16 } }) {
                String rerunDb = Database.POSTGRES.freshUrl(dir);
                Path rerunInbox = dir.resolve("rerun-" + threads + "-" + size[0] + "x" + size[1]);
                List<String> some = List.of("75", "64", "87", "89").subList(0, size[0]);
                LocalDate last = NIGHT;
                LocalDate first = last.minusWeeks(size[1]).plusDays(1);
                for (String p : some) {
                    series.write(p, first.minusDays(7), last, rerunInbox.resolve("reports"), false);
                }
                String profiles = String.join(",", some.stream().map(p -> dir.resolve("profiles/p" + p).toString()).toList());
                check(run(everyProfile(rerunInbox, dir, rerunDb, profiles), dir, "ingest"));
                start = System.nanoTime();
                check(run(everyProfile(rerunInbox, dir, rerunDb, profiles, 1).with("--briefing.rerun.threads=" + threads).with("--from").with(first.toString()).with("--to")
                    .with(last.toString()), dir, "rerun"));
                double took = seconds(start);
                int briefings = size[0] * size[1];
                results.put("re-run %d provinces x %d weeks, %s".formatted(size[0], size[1], threads == 0
                        ? "partitioned" : "one at a time"), "%d briefings in %.1f s = %.2f s each"
                    .formatted(briefings, took, took / briefings));
            }
        }

        StringBuilder report = new StringBuilder("Country benchmark (PostgreSQL, %d cores, one process per command, for every profile)%n"
            .formatted(Runtime.getRuntime().availableProcessors()));
        results.forEach((k, v) -> report.append("  %-36s %s%n".formatted(k, v)));
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark-country.txt"), report);
    }

    /** One process for the profiles (a list, with --profile), two at a time. */
    private static Briefing everyProfile(Path inbox, Path dir, String db, String profiles) {
        return everyProfile(inbox, dir, db, profiles, 2);
    }

    private static Briefing everyProfile(Path inbox, Path dir, String db, String profiles, int parallel) {
        return new Briefing(inbox, dir.resolve("output"), db).with("--profile").with(profiles).with("--parallel")
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
