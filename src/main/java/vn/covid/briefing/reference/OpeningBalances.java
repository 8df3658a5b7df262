package vn.covid.briefing.reference;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.metric.Metric;

/**
 * The opening balances ({@code input/reference/balances.csv}, table {@code opening_balance}, per scope): read and
 * checked from the file, stored, loaded, and looked up. This class is the only one that touches the table.
 */
public final class OpeningBalances {

    static final String FILE = "balances.csv";
    private static final String[] COLUMNS = { "unit_code", "item", "as_of", "value", "counts_from", "basis", "source" };

    private final List<OpeningBalance> balances;
    private final Map<String, List<OpeningBalance>> byUnit = new HashMap<>();

    public OpeningBalances(List<OpeningBalance> balances) {
        this.balances = List.copyOf(balances);
        balances.forEach(b -> byUnit.computeIfAbsent(b.unitCode(), k -> new ArrayList<>()).add(b));
    }

    public static OpeningBalances none() {
        return new OpeningBalances(List.of());
    }

    public List<OpeningBalance> all() {
        return balances;
    }

    /** The items a balance may be given for: all cases together, and the metrics that add up over days. */
    public static boolean isItem(String item) {
        if (item.equals(OpeningBalance.CASES)) {
            return true;
        }
        return Metric.ALL.stream()
            .anyMatch(m -> m.key().equals(item) && m.kind() != Metric.Kind.STOCK && !Metric.CASE_SOURCES.contains(m)
                    && m != Metric.NEW_CLUSTERS);
    }

    /** The unit's latest balance of the item dated on or before {@code day} (the report date). */
    public Optional<OpeningBalance> of(String unitCode, String item, LocalDate day) {
        return byUnit.getOrDefault(unitCode, List.of()).stream()
            .filter(b -> b.item().equals(item) && !b.asOf().isAfter(day))
            .max(Comparator.comparing(OpeningBalance::asOf));
    }

    // ---- the file ----

    static List<OpeningBalance> read(Path path, Map<String, String> parentOf) throws IOException {
        ReferenceFile file = new ReferenceFile(path);
        List<OpeningBalance> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CSVRecord r : file.records(COLUMNS)) {
            String unit = r.get("unit_code");
            if (!parentOf.containsKey(unit)) {
                throw file.bad(r, "unit_code", unit, "not a unit of units.csv");
            }
            String item = r.get("item");
            if (!isItem(item)) {
                throw file.bad(r, "item", item, "a balance is for 'cases' or for a metric that adds up over days "
                        + "(deaths, recovered, pcr_tests, pcr_positive, rapid_tests, rapid_positive, households_first_sampled, "
                        + "dose1, dose2, booster, dose1_12_17, dose2_12_17)");
            }
            LocalDate asOf = file.date(r, "as_of", true);
            Long amount = file.count(r, "value");
            LocalDate countsFrom = file.date(r, "counts_from", false);
            OpeningBalance.Basis basis;
            try {
                basis = OpeningBalance.Basis.valueOf(r.get("basis"));
            }
            catch (IllegalArgumentException e) {
                throw file.bad(r, "basis", r.get("basis"), "must be PUBLISHED, ESTIMATED, SYNTHETIC or NOT_KNOWN");
            }
            if ((amount == null) != (basis == OpeningBalance.Basis.NOT_KNOWN)) {
                throw file.bad(r, "value", r.get("value"), "a value is given exactly when the basis is not NOT_KNOWN");
            }
            if (amount != null && countsFrom == null) {
                throw file.bad(r, "counts_from", "", "say from which day the figure counts");
            }
            if (countsFrom != null && countsFrom.isAfter(asOf)) {
                throw file.bad(r, "counts_from", r.get("counts_from"), "after the day the figure holds at");
            }
            String source = file.required(r, "source", "every balance names its source (or why it is not known)");
            if (!seen.add(unit + "|" + item + "|" + asOf)) {
                throw file.bad(r, "item", item, "the unit has two balances of this item at " + asOf);
            }
            rows.add(new OpeningBalance(unit, item, asOf, amount, countsFrom, basis, source));
        }
        checkPartsAddUp(path, rows, parentOf);
        return rows;
    }

    /** Where a unit and all its children have a known balance of the same item and day, the children add up to it. */
    private static void checkPartsAddUp(Path path, List<OpeningBalance> rows, Map<String, String> parentOf) {
        Map<String, OpeningBalance> byKey = new HashMap<>();
        rows.forEach(b -> byKey.put(b.unitCode() + "|" + b.item() + "|" + b.asOf(), b));
        Map<String, List<String>> children = new HashMap<>();
        parentOf.forEach((child, parent) -> {
            if (parent != null) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(child);
            }
        });
        for (OpeningBalance b : rows) {
            List<String> kids = children.getOrDefault(b.unitCode(), List.of());
            if (!b.known() || kids.isEmpty()) {
                continue;
            }
            long sum = 0;
            boolean all = true;
            for (String kid : kids) {
                OpeningBalance k = byKey.get(kid + "|" + b.item() + "|" + b.asOf());
                if (k == null || !k.known()) {
                    all = false;
                    break;
                }
                sum += k.amount();
            }
            if (all && sum != b.amount()) {
                throw new IllegalStateException("%s: the balances of %s's units (%s at %s) add up to %d, not to its %d"
                    .formatted(path, b.unitCode(), b.item(), b.asOf(), sum, b.amount()));
            }
        }
    }

    // ---- the table ----

    /** The scope's balances, replaced whole; other scopes' stay as they are. */
    static void replace(JdbcTemplate jdbc, String scope, List<OpeningBalance> rows) {
        jdbc.update("DELETE FROM opening_balance WHERE scope = ?", scope);
        jdbc.batchUpdate("INSERT INTO opening_balance (scope, unit_code, item, as_of, amount, counts_from, basis, source) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows.stream().map(b -> new Object[] { scope, b.unitCode(), b.item(),
                        Date.valueOf(b.asOf()), b.amount(), b.countsFrom() == null ? null : Date.valueOf(b.countsFrom()),
                        b.basis().name(), b.source() }).toList());
    }

    static OpeningBalances load(JdbcTemplate jdbc, String scope) {
        return new OpeningBalances(jdbc.query("SELECT unit_code, item, as_of, amount, counts_from, basis, source "
                + "FROM opening_balance WHERE scope = ? ORDER BY unit_code, item, as_of", (rs, i) -> {
                    long amount = rs.getLong(4);
                    Long value = rs.wasNull() ? null : amount;
                    Date from = rs.getDate(5);
                    return new OpeningBalance(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), value,
                            from == null ? null : from.toLocalDate(), OpeningBalance.Basis.valueOf(rs.getString(6)),
                            rs.getString(7));
                }, scope));
    }
}
