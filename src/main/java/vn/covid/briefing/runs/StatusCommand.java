package vn.covid.briefing.runs;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.covid.briefing.ingest.IngestSummary;
import vn.covid.briefing.reference.ReferenceData;
import vn.covid.briefing.reference.Unit;
import vn.covid.briefing.reference.UnitDirectory;
import vn.covid.briefing.system.BriefingProperties;

/** {@code bin/briefing status}: what is loaded, what is missing, and how the last runs ended. */
@Component
class StatusCommand implements Command {

    private final JdbcTemplate jdbc;
    private final BriefingProperties properties;
    private final ReferenceData reference;

    StatusCommand(JdbcTemplate jdbc, BriefingProperties properties, ReferenceData reference) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.reference = reference;
    }

    @Override
    public String name() {
        return "status";
    }

    private record DistrictData(LocalDate first, LocalDate last, int days, int corrected) {
    }

    @Override
    public int run(CommandLine commandLine) {
        UnitDirectory units = reference.units();
        String scopeName = units.unit(properties.scope()).map(Unit::name).orElse("(reference data not loaded yet)");
        System.out.printf("Scope: %s %s; %d units in the reference data%n", properties.scope(), scopeName, units.size());
        System.out.printf("Inbox: %s%n", properties.input());
        Map<String, Integer> files = new HashMap<>();
        jdbc.query("SELECT status, COUNT(*) FROM source_file GROUP BY status", rs -> {
            files.put(rs.getString(1), rs.getInt(2));
        });
        System.out.printf("Files: %d loaded, %d partly loaded, %d rejected, %d waiting%n", files.getOrDefault("LOADED", 0),
                files.getOrDefault("PARTIAL", 0), files.getOrDefault("REJECTED", 0), files.getOrDefault("PENDING", 0));

        Map<String, DistrictData> data = new HashMap<>();
        jdbc.query("SELECT district_code, MIN(report_date), MAX(report_date), COUNT(*), "
                + "SUM(CASE WHEN revision > 1 THEN 1 ELSE 0 END) FROM district_day GROUP BY district_code", rs -> {
                    data.put(rs.getString(1), new DistrictData(rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
                            rs.getInt(4), rs.getInt(5)));
                });
        Map<String, Integer> missing = new HashMap<>();
        IngestSummary.missingReports(jdbc, units).forEach(m -> missing.put(m.districtCode(), m.days()));
        System.out.printf("%nReports loaded per district:%n  %-6s %-24s %-10s %-10s %5s %8s %10s%n", "code", "district",
                "first day", "last day", "days", "missing", "corrected");
        for (Unit d : units.districtsInScope()) {
            DistrictData dd = data.get(d.code());
            if (dd == null) {
                System.out.printf("  %-6s %-24s no report loaded%n", d.code(), d.name());
                continue;
            }
            System.out.printf("  %-6s %-24s %-10s %-10s %5d %8d %10d%n", d.code(), d.name(), dd.first(), dd.last(),
                    dd.days(), missing.getOrDefault(d.code(), 0), dd.corrected());
        }
        List<Map<String, Object>> editions = jdbc.queryForList("SELECT e.report_date AS d, e.edition AS n, e.provisional AS p, "
                + "e.issued_at AS t, e.pdf_path AS f FROM briefing_edition e WHERE e.edition = (SELECT MAX(x.edition) "
                + "FROM briefing_edition x WHERE x.report_date = e.report_date) ORDER BY e.report_date DESC");
        System.out.printf("%nBriefings (latest edition of each report date, newest first; %d report dates):%n",
                editions.size());
        if (editions.isEmpty()) {
            System.out.println("  none yet (bin/briefing nightly, or bin/briefing report --date YYYY-MM-DD)");
        }
        for (Map<String, Object> e : editions.subList(0, Math.min(12, editions.size()))) {
            System.out.printf("  %s  edition %-3s %-12s issued %s  %s%n", e.get("d"), e.get("n"),
                    Boolean.TRUE.equals(e.get("p")) ? "provisional" : "", e.get("t").toString().substring(0, 16), e.get("f"));
        }
        if (editions.size() > 12) {
            System.out.printf("  … and %d earlier report dates%n", editions.size() - 12);
        }
        List<Map<String, Object>> runs = jdbc.queryForList("SELECT e.JOB_EXECUTION_ID AS id, i.JOB_NAME AS job, "
                + "e.START_TIME AS started, e.END_TIME AS ended, e.STATUS AS status, e.EXIT_MESSAGE AS message "
                + "FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
                + "ORDER BY e.JOB_EXECUTION_ID DESC FETCH FIRST 10 ROWS ONLY");
        System.out.printf("%nLast runs:%n");
        if (runs.isEmpty()) {
            System.out.println("  none yet");
        }
        for (Map<String, Object> r : runs) {
            Object started = r.get("started");
            Object ended = r.get("ended");
            String took = started instanceof java.sql.Timestamp s && ended instanceof java.sql.Timestamp e
                    ? "%.1f s".formatted(Duration.between(s.toInstant(), e.toInstant()).toMillis() / 1000.0) : "-";
            String message = r.get("message") == null ? "" : r.get("message").toString().lines().findFirst().orElse("");
            System.out.printf("  #%-5s %-8s %-19s %8s  %-10s %s%n", r.get("id"), r.get("job"),
                    started == null ? "-" : started.toString().substring(0, 19), took, r.get("status"),
                    message.length() > 80 ? message.substring(0, 80) + "…" : message);
        }
        return ExitCode.OK;
    }
}
