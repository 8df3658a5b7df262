package vn.covid.briefing.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;

/**
 * The units in force in a database shared by many scopes: the national list that ships with the application
 * (GSO's, {@code src/main/resources/reference/units.csv}), in which a scope whose reference folder has its own
 * {@code units.csv} has its part (the units under it) replaced by that file's. Own lists of wider scopes are
 * applied first, so a province's own list wins over the country's. Lines of an own list outside its scope's
 * part must be as the national list has them (so a copy of the whole list, edited in one province, is fine).
 */
final class UnitLists {

    /** The national list, on the classpath. */
    static final String NATIONAL = "reference/units.csv";

    /** A unit as a list gives it; {@code listedBy} is null for the national list, else the scope of the own list. */
    record Row(String code, String name, Unit.Level level, String parent, String listedBy, long line) {

        boolean sameUnit(Row other) {
            return code.equals(other.code) && name.equals(other.name) && level == other.level
                    && Objects.equals(parent, other.parent);
        }

        Row listedBy(String scope) {
            return new Row(code, name, level, parent, scope, line);
        }
    }

    private UnitLists() {
    }

    static byte[] nationalBytes() {
        try (InputStream in = UnitLists.class.getClassLoader().getResourceAsStream(NATIONAL)) {
            if (in == null) {
                throw new IllegalStateException("the national list of units (" + NATIONAL + ") is not in the application");
            }
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a units file: levels known, every code once. */
    static List<Row> read(ReferenceFile file, String listedBy) throws IOException {
        List<Row> rows = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (CSVRecord r : file.records("code", "name", "level", "parent_code")) {
            String code = r.get("code");
            Unit.Level level;
            try {
                level = Unit.Level.valueOf(r.get("level"));
            }
            catch (IllegalArgumentException e) {
                throw file.bad(r, "level", r.get("level"), "must be COUNTRY, PROVINCE, DISTRICT or COMMUNE");
            }
            if (!codes.add(code)) {
                throw file.bad(r, "code", code, "the same code appears twice");
            }
            String parent = r.get("parent_code");
            rows.add(new Row(code, Names.nfc(r.get("name")), level, parent.isEmpty() ? null : parent, listedBy,
                    r.getRecordNumber() + 1));
        }
        return rows;
    }

    /**
     * The scope's own part of its units.csv: the rows under the scope (their parents followed in the file, then
     * in the national list), listed by the scope.
     *
     * @return empty when that part is exactly the national list's (the file is a copy of it)
     * @throws IllegalStateException for a row outside the part that the national list does not have as it is
     */
    static Optional<List<Row>> ownPart(String fileName, List<Row> file, List<Row> national, String scope) {
        Map<String, Row> inFile = byCode(file);
        Map<String, Row> nationally = byCode(national);
        List<Row> part = new ArrayList<>();
        for (Row r : file) {
            if (under(r, scope, inFile, nationally)) {
                part.add(r.listedBy(scope));
            }
            else if (nationally.get(r.code()) == null || !nationally.get(r.code()).sameUnit(r)) {
                throw new IllegalStateException(("%s line %d, column code, value '%s': not a unit under %s, and not as "
                        + "the national list (%s) has it; a scope's own units.csv changes only the units under it")
                    .formatted(fileName, r.line(), r.code(), scope, NATIONAL));
            }
        }
        Set<String> nationalPart = new HashSet<>();
        national.stream().filter(r -> under(r, scope, nationally, nationally)).forEach(r -> nationalPart.add(r.code()));
        boolean copy = part.size() == nationalPart.size()
                && part.stream().allMatch(r -> nationalPart.contains(r.code()) && nationally.get(r.code()).sameUnit(r));
        return copy ? Optional.empty() : Optional.of(part);
    }

    /**
     * The national list with each own list in place of its scope's part, wider scopes first.
     *
     * @param own the own lists by scope (the scopes' rows as {@link #ownPart} gave them)
     */
    static List<Row> merge(List<Row> national, Map<String, List<Row>> own) {
        Map<String, Row> current = new LinkedHashMap<>(byCode(national));
        Map<String, Row> nationally = byCode(national);
        List<String> scopes = new ArrayList<>(own.keySet());
        scopes.sort(Comparator.comparingInt((String s) -> depth(s, nationally)).thenComparing(s -> s));
        for (String scope : scopes) {
            Map<String, Row> snapshot = Map.copyOf(current);
            current.values().removeIf(r -> under(r, scope, snapshot, snapshot));
            for (Row r : own.get(scope)) {
                Row clash = current.putIfAbsent(r.code(), r);
                if (clash != null) {
                    throw new IllegalStateException("units.csv of %s line %d: the code %s is already %s, a unit outside %s"
                        .formatted(scope, r.line(), r.code(), clash.name(), scope));
                }
            }
        }
        for (Row r : current.values()) {
            if (r.parent() != null && !current.containsKey(r.parent())) {
                throw new IllegalStateException("%s line %d: unit %s has parent_code %s, which is not a unit"
                    .formatted(r.listedBy() == null ? NATIONAL : "units.csv of " + r.listedBy(), r.line(), r.code(),
                            r.parent()));
            }
        }
        return List.copyOf(current.values());
    }

    /** Whether one scope's own list can hold units of the other: one lies under the other (the country, a province). */
    static boolean related(String scope, String other, List<Row> national) {
        Map<String, Row> nationally = byCode(national);
        return scope.equals(other) || isUnder(scope, other, nationally) || isUnder(other, scope, nationally);
    }

    private static boolean isUnder(String code, String ancestor, Map<String, Row> units) {
        Row r = units.get(code);
        return r != null && under(r, ancestor, units, units);
    }

    /** Whether the row lies strictly under the unit {@code scope}, its parents looked up first in one list, then another. */
    private static boolean under(Row row, String scope, Map<String, Row> first, Map<String, Row> then) {
        Set<String> seen = new HashSet<>();
        for (String p = row.parent(); p != null && seen.add(p);) {
            if (p.equals(scope)) {
                return true;
            }
            Row parent = first.containsKey(p) ? first.get(p) : then.get(p);
            p = parent == null ? null : parent.parent();
        }
        return false;
    }

    private static int depth(String code, Map<String, Row> units) {
        int depth = 0;
        Set<String> seen = new HashSet<>();
        for (Row r = units.get(code); r != null && r.parent() != null && seen.add(r.code()); r = units.get(r.parent())) {
            depth++;
        }
        return depth;
    }

    private static Map<String, Row> byCode(List<Row> rows) {
        Map<String, Row> map = new HashMap<>(rows.size() * 2);
        rows.forEach(r -> map.put(r.code(), r));
        return map;
    }
}
