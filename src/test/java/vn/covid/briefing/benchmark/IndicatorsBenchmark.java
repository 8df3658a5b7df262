package vn.covid.briefing.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.indicators.WeekIndicators;
import vn.covid.briefing.indicators.WeeklyIndicators;
import vn.covid.briefing.metric.Metric;
import vn.covid.briefing.reference.Unit;
import vn.covid.briefing.reference.UnitDirectory;
import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.Database;
import vn.covid.briefing.support.SampleDatabase;

/**
 * How long a report week takes when a year of national commune-level history is stored (issue 3):
 * every commune of the country (about 10.600) for {@code days} days is written straight into the fact
 * tables (the ingest has its own benchmark), then one province's week and all 63 provinces' weeks are
 * computed, warm, on H2 and on PostgreSQL. Run: {@code bin/mvn -Pbenchmark-indicators test-compile exec:exec}.
 */
public final class IndicatorsBenchmark {

    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 365;
        LocalDate first = LocalDate.of(2021, 4, 27);
        LocalDate reportDate = first.plusDays(days - 1);
        Path dir = Files.createTempDirectory("briefing-indicators-benchmark");
        Path inbox = dir.resolve("inbox");
        Map<String, List<String>> communes = reference(inbox);
        StringBuilder report = new StringBuilder("Indicators benchmark: %,d communes in %,d districts, %d days of history "
                .formatted(communes.values().stream().mapToInt(List::size).sum(), communes.size(), days)
                + "(%s … %s), report date %s, %d cores%n".formatted(first, reportDate, reportDate,
                        Runtime.getRuntime().availableProcessors()));
        for (Database database : Database.values()) {
            Briefing briefing = new Briefing(inbox, dir.resolve("out-" + database), database.freshUrl(dir))
                .with("--briefing.profile=" + inbox.resolveSibling("profile"));
            if (briefing.run("ingest").exitCode() != 0) {
                throw new IllegalStateException("the reference did not load");
            }
            long start = System.nanoTime();
            long rows = load(Database.jdbc(briefing.dbUrl()), communes, first, days);
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            try (ConfigurableApplicationContext context = SampleDatabase.context(briefing,
                    "--briefing.profile=" + inbox.resolveSibling("profile"))) {
                WeeklyIndicators indicators = context.getBean(WeeklyIndicators.class);
                UnitDirectory units = UnitDirectory.load(context.getBean(JdbcTemplate.class), "VN");
                List<String> provinces = units.children("VN").stream().map(Unit::code).toList();
                double[] one = new double[5];
                WeekIndicators week = null;
                for (int i = 0; i < one.length; i++) {
                    start = System.nanoTime();
                    week = indicators.compute(reportDate, units, "87");
                    one[i] = (System.nanoTime() - start) / 1e9;
                }
                double[] all = new double[2];
                for (int i = 0; i < all.length; i++) {
                    start = System.nanoTime();
                    for (String p : provinces) {
                        indicators.compute(reportDate, units, p);
                    }
                    all[i] = (System.nanoTime() - start) / 1e9;
                }
                report.append("  %-8s loaded %,d fact rows in %.0f s; one province's week (87, %d districts, %d communes): "
                        .formatted(database, rows, loadSeconds, week.districts().size(),
                                week.communes().values().stream().mapToInt(List::size).sum())
                        + "first %.3f s, warm %.3f s; all %d provinces' weeks: first %.2f s, warm %.2f s%n".formatted(
                                one[0], Arrays.stream(one).skip(1).min().orElseThrow(), provinces.size(), all[0], all[1]));
            }
        }
        System.out.print(report);
        Path out = Path.of("target/benchmark-indicators-" + days + "-days.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** The country's units, and synthetic populations for every commune, district and province. */
    private static Map<String, List<String>> reference(Path inbox) throws IOException {
        // the country's profile: scope VN, the figures below (the units are the application's national list)
        Path profile = inbox.resolveSibling("profile");
        Path reference = Files.createDirectories(profile.resolve("reference"));
        Files.writeString(profile.resolve("profile.yml"), "briefing:\n  scope: VN\n");
        Map<String, List<String>> communesByDistrict = new LinkedHashMap<>();
        Map<String, String> provinceOf = new LinkedHashMap<>();
        try (Reader in = Files.newBufferedReader(Briefing.PROJECT.resolve("src/main/resources/reference/units.csv"))) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (r.get("level").equals("COMMUNE")) {
                    communesByDistrict.computeIfAbsent(r.get("parent_code"), d -> new ArrayList<>()).add(r.get("code"));
                }
                else if (r.get("level").equals("DISTRICT")) {
                    provinceOf.put(r.get("code"), r.get("parent_code"));
                }
            }
        }
        SplittableRandom random = new SplittableRandom(7);
        Map<String, Long> sums = new LinkedHashMap<>();
        try (BufferedWriter w = Files.newBufferedWriter(reference.resolve("figures.csv"))) {
            w.write("unit_code,figure,value,year,source,estimated\n");
            for (var e : communesByDistrict.entrySet()) {
                for (String c : e.getValue()) {
                    long p = 3_000 + random.nextInt(27_000);
                    figure(w, c, p);
                    sums.merge(e.getKey(), p, Long::sum);
                    sums.merge(provinceOf.get(e.getKey()), p, Long::sum);
                }
            }
            for (var s : sums.entrySet()) {
                figure(w, s.getKey(), s.getValue());
            }
        }
        return communesByDistrict;
    }

    private static void figure(BufferedWriter w, String code, long population) throws IOException {
        w.write(code + ",population," + population + ",2019,benchmark: synthetic,true\n");
        w.write(code + ",population_18plus," + population * 7 / 10 + ",2019,benchmark: synthetic,true\n");
        w.write(code + ",households," + population / 4 + ",2019,benchmark: synthetic,true\n");
    }

    /** One file, one district-day and one fact row per commune and day, as a completed ingest leaves them. */
    private static long load(JdbcTemplate jdbc, Map<String, List<String>> communes, LocalDate first, int days) {
        SplittableRandom random = new SplittableRandom(42);
        Timestamp now = Timestamp.from(Instant.parse("2022-06-01T00:00:00Z"));
        String columns = String.join(", ", Metric.ALL.stream().map(Metric::key).toList());
        String marks = String.join(", ", java.util.Collections.nCopies(Metric.ALL.size(), "?"));
        long fileId = 0;
        long rows = 0;
        List<Object[]> files = new ArrayList<>();
        List<Object[]> districtDays = new ArrayList<>();
        List<Object[]> facts = new ArrayList<>();
        for (var district : communes.entrySet()) {
            for (int d = 0; d < days; d++) {
                Date date = Date.valueOf(first.plusDays(d));
                fileId++;
                files.add(new Object[] { fileId, "bench:" + fileId, district.getKey() + "/" + date + ".csv", now, now,
                        district.getKey(), date, district.getValue().size() });
                districtDays.add(new Object[] { district.getKey(), date, fileId, now });
                for (String c : district.getValue()) {
                    Object[] row = new Object[5 + Metric.ALL.size()];
                    row[0] = c;
                    row[1] = date;
                    row[2] = district.getKey();
                    row[3] = fileId;
                    row[4] = 2;
                    for (int m = 0; m < Metric.ALL.size(); m++) {
                        row[5 + m] = (long) random.nextInt(m >= 14 ? 60 : 6);
                    }
                    facts.add(row);
                    rows++;
                }
                if (facts.size() >= 20_000) {
                    flush(jdbc, files, districtDays, facts, columns, marks);
                }
            }
        }
        flush(jdbc, files, districtDays, facts, columns, marks);
        return rows;
    }

    private static void flush(JdbcTemplate jdbc, List<Object[]> files, List<Object[]> districtDays, List<Object[]> facts,
            String columns, String marks) {
        jdbc.batchUpdate("INSERT INTO source_file (id, checksum, file_name, size_bytes, modified_at, registered_at, "
                + "registered_by, status, district_code, report_date, rows_accepted) VALUES (?, ?, ?, 0, ?, ?, 0, "
                + "'LOADED', ?, ?, ?)", files);
        jdbc.batchUpdate("INSERT INTO district_day (district_code, report_date, file_id, received_at, revision) "
                + "VALUES (?, ?, ?, ?, 1)", districtDays);
        jdbc.batchUpdate("INSERT INTO daily_fact (unit_code, report_date, district_code, file_id, line_no, " + columns
                + ") VALUES (?, ?, ?, ?, ?, " + marks + ")", facts);
        files.clear();
        districtDays.clear();
        facts.clear();
    }
}
