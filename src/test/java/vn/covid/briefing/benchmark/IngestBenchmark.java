package vn.covid.briefing.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.Database;

/**
 * National-scale ingest benchmark (README, "Benchmark"): every commune of the country reporting for 30
 * days, one file per district and day. Measures, in one run: Commons CSV parsing alone, the full ingest
 * job into H2 and into PostgreSQL (through the real launcher), DuckDB's read_csv of the same files as
 * what one machine can do, and the peak heap. Run it with a small heap to show memory stays flat. Each
 * database gets one warm-up run, then the runs that are counted.
 */
public final class IngestBenchmark {

    private static final String HEADER = "report_date,unit_code,cases_arrival,cases_quarantine,cases_lockdown,"
            + "cases_community,deaths,recovered,under_treatment,severe,icu_in_use,pcr_tests,pcr_positive,rapid_tests,"
            + "rapid_positive,households_sampled,dose1,dose2,booster";

    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        // -Dbenchmark.generateOnly=DIR: the inputs alone, kept, to profile one ingest of them by hand
        String only = System.getProperty("benchmark.generateOnly");
        Path dir = only != null ? Files.createDirectories(Path.of(only)) : Files.createTempDirectory("briefing-benchmark");
        Path inbox = dir.resolve("inbox");
        long start = System.nanoTime();
        long[] generated = generate(inbox, days);
        System.out.printf("Generated %,d files, %,d rows, %,d bytes for %d days in %.1f s (%s)%n", generated[0],
                generated[1], generated[2], days, (System.nanoTime() - start) / 1e9, inbox);
        if (only != null) {
            return;
        }

        Map<String, String> results = new LinkedHashMap<>();
        resetPeaks();
        start = System.nanoTime();
        long parsed = parseOnly(inbox.resolve("reports"));
        double parseSeconds = (System.nanoTime() - start) / 1e9;
        double parseRate = parsed / parseSeconds;
        results.put("Commons CSV parse only", line(parsed, parseSeconds, parseRate));

        for (Database database : Database.values()) {
            // each run on a fresh database; the medians are reported, with every run's time beside them
            List<Double> jobs = new ArrayList<>();
            List<Double> bares = new ArrayList<>();
            long accepted = 0;
            String last = "";
            double first = 0;
            // run 0 warms up and is not counted: during the first ingests of a JVM the JIT compilers take seconds
            // of the two cores, so they measure the compilers as much as the ingest (it is reported apart)
            for (int run = 0; run <= runs; run++) {
                resetPeaks();
                Briefing briefing = new Briefing(inbox, dir.resolve("out-" + database + "-" + run), database.freshUrl(dir))
                    .with("--briefing.profile=" + inbox.resolveSibling("profile"));
                start = System.nanoTime();
                Briefing.Result result = briefing.run("ingest");
                double seconds = (System.nanoTime() - start) / 1e9;
                accepted = Database.jdbc(briefing.dbUrl()).queryForObject("SELECT COUNT(*) FROM daily_fact", Long.class);
                double job = jobSeconds(briefing);
                last = "exit %d; %.1f s with application start; %s".formatted(result.exitCode(), seconds, peakHeap());
                start = System.nanoTime();
                bareInsert(briefing.dbUrl(), accepted);
                double bare = (System.nanoTime() - start) / 1e9;
                if (run == 0) {
                    first = job;
                    continue;
                }
                jobs.add(job);
                bares.add(bare);
            }
            double job = Runs.median(jobs);
            double bare = Runs.median(bares);
            results.put("Full ingest into " + database, line(accepted, job, accepted / job)
                    + ("  (median of %s s; %.0f%% of the bare insert, %.0f%% of parse rate; its warm-up run, "
                    + "not counted: %.2f s; last run: %s)").formatted(Runs.each(jobs, "%.2f"), 100 * bare / job,
                            100 * accepted / job / parseRate, first, last));
            results.put("Bare insert into " + database, line(accepted, bare, accepted / bare)
                    + "  (median of %s s; the database's own ceiling: no files, no checks)".formatted(Runs.each(bares, "%.2f")));
        }

        resetPeaks();
        start = System.nanoTime();
        long duck = duckDb(inbox.resolve("reports"));
        double duckSeconds = (System.nanoTime() - start) / 1e9;
        results.put("DuckDB read_csv into a table", line(duck, duckSeconds, duck / duckSeconds));

        StringBuilder report = new StringBuilder();
        report.append("National ingest benchmark: %,d files, %,d rows (%d days), %d runs per database after a warm-up, %d cores, max heap %d MB%n".formatted(
                generated[0], generated[1], days, runs, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        results.forEach((k, v) -> report.append("  %-30s %s%n".formatted(k, v)));
        System.out.print(report);
        Path out = Path.of("target/benchmark-" + days + "-days.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String line(long rows, double seconds, double rate) {
        return "%,10d rows in %6.2f s = %,10.0f rows/s".formatted(rows, seconds, rate);
    }

    /** The job's own duration (from its summary), without starting the application. */
    private static double jobSeconds(Briefing briefing) throws IOException {
        try (Stream<Path> runs = Files.list(briefing.output().resolve("runs"))) {
            Path summary = runs.findFirst().orElseThrow().resolve("summary.json");
            String json = Files.readString(summary);
            int i = json.indexOf("\"durationMillis\": ") + "\"durationMillis\": ".length();
            return Long.parseLong(json.substring(i, json.indexOf(',', i)).trim()) / 1000.0;
        }
    }

    private static long parseOnly(Path reports) throws IOException {
        long rows = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Stream<Path> files = Files.walk(reports)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8); CSVParser p = format.parse(in)) {
                    for (CSVRecord r : p) {
                        rows += r.size() > 0 ? 1 : 0;
                    }
                }
            }
        }
        return rows;
    }

    private static long duckDb(Path reports) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            // the columns given, as the ingest knows them, so DuckDB need not sniff 21,000 files
            String columns = String.join(", ", java.util.Arrays.stream(HEADER.split(","))
                .map(col -> "'" + col + "': '" + (col.equals("report_date") ? "DATE" : col.equals("unit_code") ? "VARCHAR" : "BIGINT") + "'")
                .toList());
            s.execute("CREATE TABLE facts AS SELECT * FROM read_csv('" + reports + "/**/*.csv', header = true, "
                    + "auto_detect = false, columns = {" + columns + "})");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM facts")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * What the database itself takes, as the ceiling for any ingest: as many rows as the ingest stored, of
     * daily_fact's shape, into a copy of daily_fact with its key, 1,500 rows (a chunk of 100 files) per
     * transaction, the way the ingest writes them (COPY on PostgreSQL, JDBC batches elsewhere), and nothing
     * else: no files, no checks, no history.
     */
    private static void bareInsert(String url, long rows) throws Exception {
        try (Connection c = Database.jdbc(url).getDataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_fact AS SELECT * FROM daily_fact WITH NO DATA");
            for (String key : List.of("district_code", "report_date", "unit_code")) {
                s.execute("ALTER TABLE bench_fact ALTER COLUMN " + key + " SET NOT NULL"); // not copied by H2
            }
            s.execute("ALTER TABLE bench_fact ADD PRIMARY KEY (district_code, report_date, unit_code)");
            int columns;
            try (ResultSet rs = s.executeQuery("SELECT * FROM bench_fact")) {
                columns = rs.getMetaData().getColumnCount();
            }
            c.setAutoCommit(false);
            boolean copy = c.isWrapperFor(org.postgresql.PGConnection.class);
            var copyApi = copy ? c.unwrap(org.postgresql.PGConnection.class).getCopyAPI() : null;
            StringBuilder text = new StringBuilder();
            try (var insert = c.prepareStatement("INSERT INTO bench_fact VALUES (?" + ", ?".repeat(columns - 1) + ")")) {
                LocalDate first = LocalDate.of(2021, 9, 1);
                for (long i = 0; i < rows; i++) {
                    long district = i / 15 % 700;
                    String unit = "U" + (district * 15 + i % 15);
                    LocalDate date = first.plusDays(i / (15 * 700));
                    if (copy) {
                        text.append(unit).append(',').append(date).append(",D").append(district).append(',')
                            .append(i / 15).append(',').append(i % 15 + 2);
                        for (int col = 6; col <= columns; col++) {
                            text.append(',').append((i * col) % 997);
                        }
                        text.append('\n');
                    }
                    else {
                        insert.setString(1, unit);
                        insert.setDate(2, java.sql.Date.valueOf(date));
                        insert.setString(3, "D" + district);
                        insert.setLong(4, i / 15);
                        insert.setInt(5, (int) (i % 15) + 2);
                        for (int col = 6; col <= columns; col++) {
                            insert.setLong(col, (i * col) % 997);
                        }
                        insert.addBatch();
                    }
                    if (i % 1500 == 1499 || i == rows - 1) {
                        if (copy) {
                            copyApi.copyIn("COPY bench_fact FROM STDIN (FORMAT csv)", new java.io.StringReader(text.toString()));
                            text.setLength(0);
                        }
                        else {
                            insert.executeBatch();
                        }
                        c.commit();
                    }
                }
            }
            s.execute("DROP TABLE bench_fact");
            c.commit();
        }
    }

    /** The most heap still in use right after a garbage collection: the live data, not the garbage. */
    private static final AtomicLong PEAK_LIVE = new AtomicLong();

    static {
        // the heap's pools only: a collection reports the metaspace and the code cache too
        java.util.Set<String> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(java.util.stream.Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> heap.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                    PEAK_LIVE.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        PEAK_LIVE.set(0);
    }

    private static String peakHeap() {
        return "peak live heap after GC %d MB".formatted(PEAK_LIVE.get() / (1024 * 1024));
    }

    /** The project's units of the whole country, a synthetic population per commune, and the daily files. */
    private static long[] generate(Path inbox, int days) throws IOException {
        // the country's profile: scope VN, the figures below (the units are the application's national list)
        Path profile = inbox.resolveSibling("profile");
        Path reference = Files.createDirectories(profile.resolve("reference"));
        Files.writeString(profile.resolve("profile.yml"), "briefing:\n  scope: VN\n");
        Map<String, List<String>> communesByDistrict = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(Briefing.PROJECT.resolve("src/main/resources/reference/units.csv"))) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (r.get("level").equals("COMMUNE")) {
                    communesByDistrict.computeIfAbsent(r.get("parent_code"), d -> new ArrayList<>()).add(r.get("code"));
                }
            }
        }
        SplittableRandom random = new SplittableRandom(42);
        Map<String, Integer> population = new HashMap<>();
        try (BufferedWriter w = Files.newBufferedWriter(reference.resolve("figures.csv"))) {
            w.write("unit_code,figure,value,year,source,estimated\n");
            for (List<String> communes : communesByDistrict.values()) {
                for (String c : communes) {
                    int p = 3_000 + random.nextInt(27_000);
                    population.put(c, p);
                    w.write(c + ",population," + p + ",2019,benchmark: synthetic,true\n");
                }
            }
        }
        long files = 0;
        long rows = 0;
        long bytes = 0;
        LocalDate first = LocalDate.of(2021, 9, 1);
        for (var district : communesByDistrict.entrySet()) {
            Path folder = Files.createDirectories(inbox.resolve("reports").resolve(district.getKey()));
            for (int d = 0; d < days; d++) {
                LocalDate date = first.plusDays(d);
                StringBuilder csv = new StringBuilder(HEADER).append('\n');
                for (String c : district.getValue()) {
                    int p = population.get(c);
                    int community = random.nextInt(6);
                    int treated = 10 + random.nextInt(50);
                    int pcr = 20 + random.nextInt(200);
                    int rapid = 50 + random.nextInt(500);
                    csv.append(date).append(',').append(c).append(',').append(random.nextInt(2)).append(',')
                        .append(random.nextInt(4)).append(',').append(random.nextInt(3)).append(',').append(community)
                        .append(',').append(random.nextInt(20) == 0 ? 1 : 0).append(',').append(random.nextInt(5))
                        .append(',').append(treated).append(',').append(random.nextInt(treated / 5 + 1)).append(',')
                        .append(random.nextInt(2)).append(',').append(pcr).append(',').append(random.nextInt(pcr / 20 + 1))
                        .append(',').append(rapid).append(',').append(random.nextInt(rapid / 50 + 1)).append(',')
                        .append(random.nextInt(p / 40)).append(',').append(random.nextInt(p / 100)).append(',')
                        .append(random.nextInt(p / 150)).append(',').append(random.nextInt(p / 300)).append('\n');
                    rows++;
                }
                byte[] content = csv.toString().getBytes(StandardCharsets.UTF_8);
                Files.write(folder.resolve(date + ".csv"), content);
                files++;
                bytes += content.length;
            }
        }
        return new long[] { files, rows, bytes };
    }
}
