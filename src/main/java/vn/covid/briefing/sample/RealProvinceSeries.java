package vn.covid.briefing.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import vn.covid.briefing.profile.RealData;
import vn.covid.briefing.system.Allocation;

/**
 * A province's real daily new cases and deaths, by the date of the Ministry's bulletin, chosen from three
 * independent sources: NCSC's portal, VnExpress's compilation and VNCDC's breakdown (which is dated one
 * day earlier, so its day X−1 is compared with the others' day X). The rule, per day:
 * <ol>
 * <li>cases: the figure that at least two sources agree on; if none agree, VnExpress (compiled from the
 * bulletins, and equal to NCSC on 96.7% of days from late July), else NCSC alone;</li>
 * <li>deaths: NCSC, the only source covering the whole period;</li>
 * <li>cases by where they were found: VNCDC's split (lockdown, quarantine, community + screening, and its
 * unknown source as cases not yet classified, never as community cases), scaled to the chosen total when
 * VNCDC's total differs; after VNCDC ends, no real split exists.</li>
 * </ol>
 */
final class RealProvinceSeries {

    record Day(LocalDate date, long cases, String casesSource, Long ncsc, Long vnexpress, Long vncdc, long deaths,
            long[] split, String splitSource) {
    }


    private final Map<LocalDate, Long> ncscCases = new HashMap<>();
    private final Map<LocalDate, Long> ncscDeaths = new HashMap<>();
    private final Map<LocalDate, Long> vnexpress = new HashMap<>();
    private final Map<LocalDate, long[]> vncdc = new HashMap<>();

    RealProvinceSeries(Path realdata, String gsoCode, String vncdcName) throws IOException {
        for (CSVRecord r : RealData.read(realdata.resolve("ncsc_province_daily_cases_deaths.csv"))) {
            if (r.get("gso_code").equals(gsoCode) && !r.get("new_cases").isEmpty()) {
                LocalDate d = LocalDate.parse(r.get("date"));
                ncscCases.put(d, Long.parseLong(r.get("new_cases")));
                ncscDeaths.put(d, r.get("new_deaths").isEmpty() ? 0 : Long.parseLong(r.get("new_deaths")));
            }
        }
        for (CSVRecord r : RealData.read(realdata.resolve("vnexpress_province_daily_confirmed.csv"))) {
            if (r.get("gso_code").equals(gsoCode)) {
                vnexpress.put(LocalDate.parse(r.get("date")), Long.parseLong(r.get("new_cases")));
            }
        }
        for (CSVRecord r : RealData.read(realdata.resolve("vncdc_province_daily_breakdown.csv"))) {
            if (r.get("province").equals(vncdcName) && !r.get("confirmed").isEmpty()) {
                // shifted +1 day: VNCDC dates a case by the day it was recorded, the bulletin by the next day
                LocalDate bulletinDate = LocalDate.parse(r.get("date")).plusDays(1);
                vncdc.put(bulletinDate, new long[] { num(r, "confirmed"), num(r, "confirmed_blockade"),
                        num(r, "confirmed_quarantined"), num(r, "confirmed_unquarantined") + num(r, "confirmed_screening"),
                        num(r, "confirmed_unknown") });
            }
        }
    }

    private static long num(CSVRecord r, String column) {
        String v = r.get(column);
        return v.isEmpty() ? 0 : Long.parseLong(v);
    }

    boolean covers(LocalDate date) {
        return ncscCases.containsKey(date) || vnexpress.containsKey(date);
    }

    Day day(LocalDate date) {
        Long n = ncscCases.get(date);
        Long v = vnexpress.get(date);
        long[] c = vncdc.get(date);
        Long cdc = c == null ? null : c[0];
        long cases;
        String source;
        if (n != null && (Objects.equals(n, v) || Objects.equals(n, cdc))) {
            cases = n;
            source = Objects.equals(n, v) ? (Objects.equals(n, cdc) ? "ncsc=vnexpress=vncdc" : "ncsc=vnexpress") : "ncsc=vncdc";
        }
        else if (v != null && Objects.equals(v, cdc)) {
            cases = v;
            source = "vnexpress=vncdc";
        }
        else if (v != null) {
            cases = v;
            source = n == null && cdc == null ? "vnexpress only" : "vnexpress (sources disagree)";
        }
        else {
            cases = n;
            source = cdc == null ? "ncsc only" : "ncsc (sources disagree)";
        }
        long[] split = null;
        String splitSource = null;
        if (c != null && c[0] > 0) {
            // arrivals, quarantine, lockdown, community, not yet classified: VNCDC has no arrivals class
            double[] weights = { 0, c[2], c[1], c[3], c[4] };
            split = Allocation.proportional(cases, weights);
            splitSource = c[0] == cases ? "vncdc" : "vncdc, scaled to the total";
        }
        else if (c != null && cases == 0) {
            split = new long[5];
            splitSource = "vncdc";
        }
        return new Day(date, cases, source, n, v, cdc, ncscDeaths.getOrDefault(date, 0L), split, splitSource);
    }

    List<Day> days(LocalDate from, LocalDate to) {
        List<Day> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(day(d));
        }
        return days;
    }
}
