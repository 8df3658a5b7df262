package vn.covid.briefing.reference;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The province's decisions on distancing regimes and epidemic levels ({@code input/reference/decisions.csv},
 * table {@code decision}), and what was in force or decided as a briefing of a given date could know it.
 * This class is the only one that touches the table.
 */
public final class Decisions {

    static final String FILE = "decisions.csv";
    private static final String[] COLUMNS = { "decision_id", "kind", "number", "authority", "issued", "in_force_from",
        "in_force_until", "unit_code", "value", "counted_level", "count", "of", "source", "note" };

    /** Latest in force first; on the same day the line naming the unit itself before one naming an ancestor. */
    private static final Comparator<Decision> LATEST = Comparator.comparing(Decision::inForceFrom)
        .thenComparing(Decision::issued);

    private final List<Decision> decisions;

    public Decisions(List<Decision> decisions) {
        this.decisions = List.copyOf(decisions);
    }

    public static Decisions none() {
        return new Decisions(List.of());
    }

    public List<Decision> all() {
        return decisions;
    }

    /**
     * The line of {@code kind} in force on {@code day} for the unit, among the decisions known on
     * {@code knownOn}: the one in force from the latest day wins; on a tie, the one naming the unit itself
     * (a district kept on CT16 while the province moves to CT15). A line for an ancestor counts for a regime,
     * and for a level only when its content is not known (it then stands for every unit under it).
     *
     * @param parent the unit's parent code, or null at the top
     */
    public Optional<Decision> inForce(Decision.Kind kind, String unitCode, LocalDate day, LocalDate knownOn,
            Function<String, String> parent) {
        Decision best = null;
        int bestDepth = Integer.MAX_VALUE;
        int depth = 0;
        for (String code = unitCode; code != null; code = parent.apply(code), depth++) {
            String c = code;
            boolean own = depth == 0;
            for (Decision d : decisions) {
                if (d.kind() != kind || !d.unitCode().equals(c) || !d.knownOn(knownOn) || !d.inForceOn(day)) {
                    continue;
                }
                if (kind == Decision.Kind.LEVEL && !own && d.contentKnown()) {
                    continue;
                }
                int cmp = best == null ? 1 : LATEST.compare(d, best);
                if (cmp > 0 || (cmp == 0 && depth < bestDepth)) {
                    best = d;
                    bestDepth = depth;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The "n of m unnamed units at level L" lines of the latest decision in force for the unit, as known on
     * {@code knownOn}; empty when a later decision in force (of any kind of level line for that unit) says
     * nothing of the kind.
     */
    public List<Decision> levelCounts(String unitCode, LocalDate day, LocalDate knownOn) {
        Optional<Decision> latest = decisions.stream()
            .filter(d -> d.kind() != Decision.Kind.REGIME && d.unitCode().equals(unitCode) && d.knownOn(knownOn)
                    && d.inForceOn(day) && (d.kind() == Decision.Kind.LEVEL_COUNT || !d.contentKnown()))
            .max(LATEST);
        return latest.map(l -> decisions.stream().filter(d -> d.id().equals(l.id())
                && d.kind() == Decision.Kind.LEVEL_COUNT && d.unitCode().equals(unitCode)).toList()).orElse(List.of());
    }

    /** The lines known on {@code day} that come into force in (day, day + days]: decided, in force from later. */
    public List<Decision> decidedAfter(Decision.Kind kind, LocalDate day, int days) {
        return decisions.stream()
            .filter(d -> d.kind() == kind && d.knownOn(day) && d.inForceFrom().isAfter(day)
                    && !d.inForceFrom().isAfter(day.plusDays(days)))
            .toList();
    }

    // ---- the file ----

    static List<Decision> read(Path path, Map<String, String> parentOf) throws IOException {
        ReferenceFile file = new ReferenceFile(path);
        List<Decision> rows = new ArrayList<>();
        Map<String, Decision> first = new HashMap<>();
        for (CSVRecord r : file.records(COLUMNS)) {
            String id = file.required(r, "decision_id", "every line names the decision it belongs to");
            Decision.Kind kind;
            try {
                kind = Decision.Kind.valueOf(r.get("kind"));
            }
            catch (IllegalArgumentException e) {
                throw file.bad(r, "kind", r.get("kind"), "must be REGIME, LEVEL or LEVEL_COUNT");
            }
            String unit = r.get("unit_code");
            if (!parentOf.containsKey(unit)) {
                throw file.bad(r, "unit_code", unit, "not a unit of units.csv");
            }
            LocalDate issued = file.date(r, "issued", true);
            LocalDate from = file.date(r, "in_force_from", true);
            LocalDate until = file.date(r, "in_force_until", false);
            if (until != null && until.isBefore(from)) {
                throw file.bad(r, "in_force_until", r.get("in_force_until"), "before the day it comes into force");
            }
            String value = r.get("value").isEmpty() ? null : r.get("value");
            Unit.Level counted = null;
            Long count = file.count(r, "count");
            Long of = file.count(r, "of");
            if (kind == Decision.Kind.REGIME && value == null) {
                throw file.bad(r, "value", "", "a regime line names its regime (CT16, CT15+, CT15, …)");
            }
            if (kind != Decision.Kind.REGIME && value != null && !value.matches("[1-4]")) {
                throw file.bad(r, "value", value, "a level is 1, 2, 3 or 4 (blank: not known)");
            }
            if (kind == Decision.Kind.LEVEL_COUNT) {
                try {
                    counted = Unit.Level.valueOf(r.get("counted_level"));
                }
                catch (IllegalArgumentException e) {
                    throw file.bad(r, "counted_level", r.get("counted_level"), "COMMUNE or DISTRICT: which units are counted");
                }
                if (value == null || count == null || of == null || count > of) {
                    throw file.bad(r, "count", r.get("count"), "a count line gives a level, and count ≤ of");
                }
            }
            String number = r.get("number").isEmpty() ? null : Names.nfc(r.get("number"));
            Decision d = new Decision(id, kind, number, file.required(r, "authority", "say who decided"), issued, from,
                    until, unit, value, counted, count == null ? null : count.intValue(), of == null ? null : of.intValue(),
                    file.required(r, "source", "every decision names where it was read"), Names.nfc(r.get("note")));
            Decision same = first.putIfAbsent(id, d);
            if (same != null && (!Objects.equals(same.number(), d.number()) || !same.issued().equals(d.issued())
                    || !same.authority().equals(d.authority()))) {
                throw file.bad(r, "decision_id", id, "its number, authority or issue date differs from its first line");
            }
            rows.add(d);
        }
        return rows;
    }

    // ---- the table ----

    /** The scope's decisions, replaced whole; other scopes' stay as they are. */
    static void replace(JdbcTemplate jdbc, String scope, List<Decision> rows) {
        jdbc.update("DELETE FROM decision WHERE scope = ?", scope);
        List<Object[]> args = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Decision d = rows.get(i);
            args.add(new Object[] { scope, d.id(), i + 1, d.kind().name(), d.number(), d.authority(), Date.valueOf(d.issued()),
                Date.valueOf(d.inForceFrom()), d.inForceUntil() == null ? null : Date.valueOf(d.inForceUntil()),
                d.unitCode(), d.value(), d.counted() == null ? null : d.counted().name(), d.count(), d.of(), d.source(),
                d.note() });
        }
        jdbc.batchUpdate("INSERT INTO decision (scope, decision_id, line_no, kind, number, authority, issued, in_force_from, "
                + "in_force_until, unit_code, decided_value, counted_level, unit_count, of_count, source, note) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", args);
    }

    static Decisions load(JdbcTemplate jdbc, String scope) {
        return new Decisions(jdbc.query("SELECT decision_id, kind, number, authority, issued, in_force_from, "
                + "in_force_until, unit_code, decided_value, counted_level, unit_count, of_count, source, note "
                + "FROM decision WHERE scope = ? ORDER BY line_no", (rs, i) -> {
                    Date until = rs.getDate(7);
                    String counted = rs.getString(10);
                    int count = rs.getInt(11);
                    boolean noCount = rs.wasNull();
                    int of = rs.getInt(12);
                    boolean noOf = rs.wasNull();
                    return new Decision(rs.getString(1), Decision.Kind.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(),
                            until == null ? null : until.toLocalDate(), rs.getString(8), rs.getString(9),
                            counted == null ? null : Unit.Level.valueOf(counted), noCount ? null : count,
                            noOf ? null : of, rs.getString(13), rs.getString(14));
                }, scope));
    }
}
