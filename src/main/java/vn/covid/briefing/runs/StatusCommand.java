package vn.covid.briefing.runs;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import vn.covid.briefing.briefing.edition.Editions;
import vn.covid.briefing.ingest.InboxProblems;
import vn.covid.briefing.ingest.IngestSummary;
import vn.covid.briefing.reference.Unit;
import vn.covid.briefing.reference.UnitDirectory;
import vn.covid.briefing.system.BriefingProperties;

/**
 * {@code bin/briefing status}: for the scope, what is loaded, what is missing, what was issued, and how the
 * last runs ended, within 80 columns; with {@code --all-scopes}, one line per scope of the database instead
 * ({@link ScopesView}). Reads only, so it works while a run goes on (see {@link StatusApplication}). Each
 * table's SQL is its owner's ({@link Editions}, {@link InboxProblems}) but for the per-district counts.
 */
class StatusCommand implements Command<Cli.Status> {

    static final int WIDTH = 80;
    private static final int BRIEFINGS_SHOWN = 12;
    private static final int RUNS_SHOWN = 8;

    private final JdbcTemplate jdbc;
    private final BriefingProperties properties;
    private final CommandRuns runs;
    private final RunLockView runLock;

    StatusCommand(JdbcTemplate jdbc, BriefingProperties properties, CommandRuns runs, RunLockView runLock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.runs = runs;
        this.runLock = runLock;
    }

    @Override
    public Class<Cli.Status> invocation() {
        return Cli.Status.class;
    }

    private record DistrictData(LocalDate first, LocalDate last, int days, int corrected) {
    }

    @Override
    public Outcome run(Cli.Status invocation) {
        PrintStream out = System.out;
        Optional<String> missing = runLock.missingDatabase();
        if (missing.isPresent()) {
            out.println("No database yet at " + missing.get() + ": bin/briefing nightly (or ingest) makes it.");
            return new Outcome(ExitCode.OK, "");
        }
        Set<String> tables = Tables.of(jdbc);
        if (!tables.contains("source_file")) {
            out.println("The database has no data yet: bin/briefing nightly (or ingest) loads the inbox.");
            return new Outcome(ExitCode.OK, "");
        }
        if (!Tables.hasColumn(jdbc, "briefing_edition", "scope")) {
            out.println("The database was made by an earlier version, before it held many scopes: the next run");
            out.println("(bin/briefing nightly or ingest) brings it up to date, and status shows it then.");
            return new Outcome(ExitCode.OK, "");
        }
        if (invocation.allScopes) {
            ScopesView.print(jdbc, new Editions(jdbc), out);
            runs(out, tables.contains("command_run"));
            return new Outcome(ExitCode.OK, "");
        }
        String scope = properties.scope();
        UnitDirectory units = UnitDirectory.loadDistricts(jdbc, scope); // communes are not shown
        String scopeName = units.unit(scope).map(Unit::name).orElse("(reference data not loaded yet)");
        out.printf("Scope: %s %s; %d units in the reference data%n", scope, scopeName, UnitDirectory.count(jdbc));
        out.print(wrapped("Inbox: ", properties.input().toString()));
        files(out, units);
        districts(out, units);
        inboxProblems(out, new InboxProblems(jdbc, scope).all());
        briefings(out, new Editions(jdbc).latestOfEachDate(scope));
        runs(out, tables.contains("command_run"));
        return new Outcome(ExitCode.OK, "");
    }

    /**
     * The files of the scope's districts, and those of no district (rejected before one could be told, or
     * not read yet); files kept for this scope by other scopes' runs wait for its next run; files of other
     * scopes' districts are counted apart, never as rejected.
     */
    private void files(PrintStream out, UnitDirectory units) {
        Set<String> ours = new HashSet<>();
        units.districtsInScope().forEach(d -> ours.add(d.code()));
        Map<String, Integer> files = new HashMap<>();
        int[] others = new int[1];
        jdbc.query("SELECT status, district_code, COUNT(*) FROM source_file GROUP BY status, district_code", rs -> {
            String district = rs.getString(2);
            if (district == null || ours.contains(district)) {
                files.merge(rs.getString(1), rs.getInt(3), Integer::sum);
            }
            else if (rs.getString(1).equals("OTHER_SCOPE")) {
                others[0] += rs.getInt(3);
            }
        });
        out.printf("Files: %d loaded, %d partly loaded, %d rejected, %d waiting%s%n", files.getOrDefault("LOADED", 0),
                files.getOrDefault("PARTIAL", 0), files.getOrDefault("REJECTED", 0),
                files.getOrDefault("PENDING", 0) + files.getOrDefault("OTHER_SCOPE", 0),
                others[0] == 0 ? "" : "; " + others[0] + " not for this scope");
    }

    private void districts(PrintStream out, UnitDirectory units) {
        Map<String, DistrictData> data = new HashMap<>();
        jdbc.query("SELECT district_code, MIN(report_date), MAX(report_date), COUNT(*), "
                + "SUM(CASE WHEN revision > 1 THEN 1 ELSE 0 END) FROM district_day GROUP BY district_code", rs -> {
                    data.put(rs.getString(1), new DistrictData(rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
                            rs.getInt(4), rs.getInt(5)));
                });
        Map<String, Integer> missing = new HashMap<>();
        IngestSummary.missingReports(jdbc, units).forEach(m -> missing.put(m.districtCode(), m.days()));
        out.printf("%nReports loaded per district:%n  %-5s %-24s %-10s %-10s %5s %7s %6s%n", "code", "district",
                "first day", "last day", "days", "missing", "corr.");
        for (Unit d : units.districtsInScope()) {
            DistrictData dd = data.get(d.code());
            String name = d.name().length() > 24 ? d.name().substring(0, 23) + "…" : d.name();
            if (dd == null) {
                out.printf("  %-5s %-24s no report loaded%n", d.code(), name);
                continue;
            }
            out.printf("  %-5s %-24s %-10s %-10s %5d %7d %6d%n", d.code(), name, dd.first(), dd.last(), dd.days(),
                    missing.getOrDefault(d.code(), 0), dd.corrected());
        }
    }

    /** FILES WAITING OR SKIPPED: the inbox files this scope's runs could not take yet or skip (inbox_problem). */
    private void inboxProblems(PrintStream out, List<InboxProblems.Problem> problems) {
        out.printf("%nFiles waiting or skipped (%d):%n", problems.size());
        for (InboxProblems.Problem p : problems.subList(0, Math.min(10, problems.size()))) {
            out.print(wrapped("  ", p.path()));
            out.print(wrapped("    ", "%s %s: %s (last seen %s)".formatted(p.kind(), p.code(), p.message(),
                    minutes(Timestamp.from(p.lastSeen())))));
        }
        if (problems.size() > 10) {
            out.printf("  … and %d more%n", problems.size() - 10);
        }
    }

    private void briefings(PrintStream out, List<Editions.Edition> editions) {
        Path output = properties.output().toAbsolutePath().normalize();
        out.println();
        out.print(wrapped("", "Briefings, newest first (%d report dates; * provisional), in %s:".formatted(editions.size(),
                output)));
        if (editions.isEmpty()) {
            out.println("  none yet (bin/briefing nightly, or bin/briefing report --date YYYY-MM-DD)");
            return;
        }
        out.printf("  %-10s %4s  %-16s  %s%n", "date", "ed.", "issued", "file");
        for (Editions.Edition e : editions.subList(0, Math.min(BRIEFINGS_SHOWN, editions.size()))) {
            Path pdf = e.pdf().toAbsolutePath().normalize();
            String file = pdf.startsWith(output) ? output.relativize(pdf).toString() : pdf.toString();
            out.print(wrapped("  %-10s %3s%s  %-16s  ".formatted(e.reportDate(), e.number(), e.provisional() ? "*" : " ",
                    minutes(Timestamp.from(e.issuedAt()))), file));
        }
        if (editions.size() > BRIEFINGS_SHOWN) {
            out.printf("  … and %d earlier report dates%n", editions.size() - BRIEFINGS_SHOWN);
        }
    }

    private void runs(PrintStream out, boolean recorded) {
        out.printf("%nLast runs, newest first:%n");
        if (!recorded) {
            out.println("  none recorded (this database is older than the run record; the next run starts it)");
            return;
        }
        List<CommandRuns.Run> recent = runs.recent(RUNS_SHOWN);
        if (recent.isEmpty()) {
            out.println("  none yet");
        }
        RunHistory.print(recent, runLock.holder(jdbc), out);
        int older = runs.executionsWithoutRun();
        if (older > 0) {
            out.printf("  (and %d job executions from before runs were recorded)%n", older);
        }
    }

    /** {@code lead} then {@code text}, wrapped within 80 columns under the end of {@code lead}. */
    static String wrapped(String lead, String text) {
        TextTable table = TextTable.forColumns(Help.defaultColorScheme(Help.Ansi.OFF),
                new Column(lead.length(), 0, Column.Overflow.SPAN), new Column(WIDTH - lead.length(), 0, Column.Overflow.WRAP));
        table.addRowValues(lead, text);
        return table.toString().lines().map(String::stripTrailing).reduce("", (a, b) -> a + b + "\n");
    }

    static String minutes(Object timestamp) {
        return timestamp instanceof Timestamp t ? t.toLocalDateTime().withSecond(0).withNano(0).toString().replace('T', ' ')
                : String.valueOf(timestamp);
    }
}
