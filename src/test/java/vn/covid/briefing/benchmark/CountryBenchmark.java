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
 * Issue 12, national scale on PostgreSQL, as operators run it (one process per command and profile):
 * <ol>
 * <li>one night of the whole country: the day's 705 district files ingested and the country's briefing issued
 * ({@code nightly --profile vn}), then the 63 provinces' briefings of that date ({@code report}, one process
 * each); beside it, the same 64 processes doing nothing but starting ({@code status}), the part of the night
 * that is not the work;</li>
 * <li>a re-run of report weeks for a few provinces at two sizes (provinces × weeks), one {@code rerun} process
 * per province, for the cost per briefing and its linearity.</li>
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

        // 1. one night of the country, after two weeks of history already in
        String db = Database.POSTGRES.freshUrl(dir);
        Path inbox = dir.resolve("inbox");
        series.write("all", NIGHT.minusDays(13), NIGHT.minusDays(1), inbox.resolve("reports"), true);
        check(run(country(inbox, dir, db), dir, "ingest"));
        start = System.nanoTime();
        ProvinceSeries.Written day = series.write("all", NIGHT, NIGHT, inbox.resolve("reports"), true);
        double generate = seconds(start);
        start = System.nanoTime();
        check(run(country(inbox, dir, db), dir, "nightly"));
        double national = seconds(start);
        start = System.nanoTime();
        for (String p : provinces) {
            check(run(province(p, inbox, dir, db).with("--date").with(NIGHT.toString()), dir, "report"));
        }
        double provincial = seconds(start);
        start = System.nanoTime();
        for (String p : provinces) {
            check(run(province(p, inbox, dir, db), dir, "status"));
        }
        check(run(country(inbox, dir, db), dir, "status"));
        double starts = seconds(start);
        results.put("one night of the country", "%.1f s: %d files ingested and the national briefing %.1f s; 63 provincial "
                .formatted(national + provincial, day.files(), national) + "briefings %.1f s (%.2f s each)".formatted(
                        provincial, provincial / 63));
        results.put("  of which starting 64 processes", "%.1f s (64 x status: %.2f s each)".formatted(starts, starts / 64));
        results.put("  (generating the day's files)", "%.1f s".formatted(generate));

        // 2. re-runs at two sizes: provinces x weeks
        for (int[] size : new int[][] { { 2, 8 }, { 4, 16 } }) {
            String rerunDb = Database.POSTGRES.freshUrl(dir);
            Path rerunInbox = dir.resolve("rerun-" + size[0] + "x" + size[1]);
            List<String> some = List.of("75", "64", "87", "89").subList(0, size[0]);
            LocalDate last = NIGHT;
            LocalDate first = last.minusWeeks(size[1]).plusDays(1);
            for (String p : some) {
                series.write(p, first.minusDays(7), last, rerunInbox.resolve("reports"), false);
                check(run(province(p, rerunInbox, dir, rerunDb), dir, "ingest"));
            }
            start = System.nanoTime();
            for (String p : some) {
                check(run(province(p, rerunInbox, dir, rerunDb).with("--from").with(first.toString()).with("--to")
                    .with(last.toString()), dir, "rerun"));
            }
            double took = seconds(start);
            int briefings = size[0] * size[1];
            results.put("re-run %d provinces x %d weeks".formatted(size[0], size[1]), "%d briefings in %.1f s = %.2f s each"
                .formatted(briefings, took, took / briefings));
        }

        StringBuilder report = new StringBuilder("Country benchmark (PostgreSQL, %d cores, one process per command)%n"
            .formatted(Runtime.getRuntime().availableProcessors()));
        results.forEach((k, v) -> report.append("  %-36s %s%n".formatted(k, v)));
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/benchmark-country.txt"), report);
    }

    private static Briefing country(Path inbox, Path dir, String db) {
        return new Briefing(inbox, dir.resolve("output"), db)
            .with("--briefing.profile=" + Briefing.PROJECT.resolve("profiles/vn"));
    }

    private static Briefing province(String code, Path inbox, Path dir, String db) {
        return new Briefing(inbox, dir.resolve("output"), db).with("--briefing.profile=" + dir.resolve("profiles/p" + code));
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
