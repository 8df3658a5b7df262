package vn.covid.briefing.runs;

import java.io.PrintStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.briefing.edition.Editions;
import vn.covid.briefing.reference.ReferenceVersions;
import vn.covid.briefing.reference.Unit;
import vn.covid.briefing.reference.UnitDirectory;

/**
 * {@code bin/briefing status --all-scopes}: one line per scope the database serves (every scope that loaded
 * its reference data or issued a briefing): its files loaded and waiting, its last report day and its latest
 * briefing; then the files kept for a scope that has not run yet, by province. Within 80 columns.
 */
final class ScopesView {

    private static final int NAME = 22;

    private ScopesView() {
    }

    /** A district's files: loaded (or partly), kept for its scope by another scope's run; its last day. */
    private record DistrictFiles(int loaded, int waiting, LocalDate lastDay) {
    }

    static void print(JdbcTemplate jdbc, Editions editions, PrintStream out) {
        TreeSet<String> scopes = new TreeSet<>();
        ReferenceVersions.all(jdbc).forEach(v -> scopes.add(v.scope()));
        Map<String, Editions.Edition> latest = new HashMap<>();
        editions.newestOfEachScope().forEach(e -> latest.put(e.scope(), e));
        scopes.addAll(latest.keySet());
        Map<String, DistrictFiles> byDistrict = districtFiles(jdbc);
        out.printf("Scopes in this database (%d):%n", scopes.size());
        out.printf("  %-5s %-" + NAME + "s %7s %7s  %-11s %s%n", "scope", "name", "loaded", "waiting", "last report",
                "latest briefing");
        Set<String> covered = new HashSet<>();
        for (String scope : scopes) {
            UnitDirectory units = UnitDirectory.loadDistricts(jdbc, scope);
            int loaded = 0;
            int waiting = 0;
            LocalDate last = null;
            for (Unit d : units.districtsInScope()) {
                covered.add(d.code());
                DistrictFiles f = byDistrict.get(d.code());
                if (f != null) {
                    loaded += f.loaded();
                    waiting += f.waiting();
                    last = last == null || (f.lastDay() != null && f.lastDay().isAfter(last)) ? f.lastDay() : last;
                }
            }
            String name = units.unit(scope).map(Unit::name).orElse("?");
            Editions.Edition e = latest.get(scope);
            out.printf("  %-5s %-" + NAME + "s %7d %7d  %-11s %s%n", scope, name.length() > NAME ? name.substring(0,
                    NAME - 1) + "…" : name, loaded, waiting, last == null ? "-" : last, e == null ? "none yet"
                            : e.reportDate() + " ed. " + e.number() + (e.provisional() ? "*" : ""));
        }
        out.print(StatusCommand.wrapped("  ", "(waiting: files kept for the scope by other scopes' runs, loaded by its "
                + "next run; * provisional)"));
        notCovered(jdbc, out, byDistrict, covered);
    }

    /** Files of districts no scope of the database holds yet, by province: they wait for its first run. */
    private static void notCovered(JdbcTemplate jdbc, PrintStream out, Map<String, DistrictFiles> byDistrict,
            Set<String> covered) {
        List<String> districts = byDistrict.entrySet().stream()
            .filter(e -> e.getValue().waiting() > 0 && !covered.contains(e.getKey())).map(Map.Entry::getKey).toList();
        if (districts.isEmpty()) {
            return;
        }
        UnitDirectory units = UnitDirectory.loadDistricts(jdbc, "");
        Map<String, Integer> byProvince = new TreeMap<>();
        for (String district : districts) {
            String province = units.unit(district).flatMap(units::provinceOf).map(p -> p.code() + " " + p.name())
                .orElse("district " + district);
            byProvince.merge(province, byDistrict.get(district).waiting(), Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        byProvince.forEach((p, n) -> parts.add(p + ": " + n));
        out.print(StatusCommand.wrapped("  ", "Files kept for a scope that has not run here yet: " + String.join("; ", parts)));
    }

    private static Map<String, DistrictFiles> districtFiles(JdbcTemplate jdbc) {
        Map<String, int[]> counts = new HashMap<>();
        jdbc.query("SELECT district_code, status, COUNT(*) FROM source_file WHERE district_code IS NOT NULL "
                + "GROUP BY district_code, status", rs -> {
                    int[] c = counts.computeIfAbsent(rs.getString(1), k -> new int[2]);
                    switch (rs.getString(2)) {
                        case "LOADED", "PARTIAL" -> c[0] += rs.getInt(3);
                        case "OTHER_SCOPE" -> c[1] += rs.getInt(3);
                        default -> {
                        }
                    }
                });
        Map<String, LocalDate> last = new HashMap<>();
        jdbc.query("SELECT district_code, MAX(report_date) FROM district_day GROUP BY district_code", rs -> {
            Date d = rs.getDate(2);
            last.put(rs.getString(1), d == null ? null : d.toLocalDate());
        });
        Map<String, DistrictFiles> result = new HashMap<>();
        counts.forEach((d, c) -> result.put(d, new DistrictFiles(c[0], c[1], last.get(d))));
        last.forEach((d, day) -> result.putIfAbsent(d, new DistrictFiles(0, 0, day)));
        return result;
    }
}
