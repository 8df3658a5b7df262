package vn.covid.briefing.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import vn.covid.briefing.reference.Unit.Level;

/**
 * The units in memory, for fast validation of every row: lookup by code (tolerating the leading zeros
 * that spreadsheets drop), by folded name within a district, and the figures validation needs.
 */
public final class UnitDirectory {

    private final Map<String, Unit> byCode;
    private final Map<String, Map<String, Long>> figures;
    private final Map<String, List<Unit>> children = new HashMap<>();
    private final Map<String, Map<String, List<Unit>>> namesByDistrict = new HashMap<>();
    private final Map<String, List<Unit>> namesAnywhere = new HashMap<>();
    private final String scope;

    public UnitDirectory(List<Unit> units, Map<String, Long> population, Map<String, Long> icuBeds, String scope) {
        this(units, Map.of(POPULATION, population, ICU_BEDS, icuBeds), scope);
    }

    /** @param figures figure name (population, population_18plus, households, icu_beds, ...) → unit code → amount */
    public UnitDirectory(List<Unit> units, Map<String, Map<String, Long>> figures, String scope) {
        this.byCode = new HashMap<>(units.size() * 2);
        units.forEach(u -> byCode.put(u.code(), u));
        units.stream()
            .sorted(java.util.Comparator.comparing(Unit::code))
            .forEach(u -> u.parentCode().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(u)));
        this.figures = figures;
        this.scope = scope;
        for (Unit u : units) {
            if (u.level() == Level.COMMUNE || u.level() == Level.DISTRICT) {
                String district = districtOf(u).orElseThrow();
                String key = Names.unitKey(u.name());
                namesByDistrict.computeIfAbsent(district, d -> new HashMap<>())
                    .computeIfAbsent(key, k -> new ArrayList<>(1))
                    .add(u);
                namesAnywhere.computeIfAbsent(key, k -> new ArrayList<>(1)).add(u);
            }
        }
    }

    private static final String UNITS = "SELECT code, name, level, parent_code FROM unit";
    private static final RowMapper<Unit> UNIT = (rs, i) -> new Unit(rs.getString(1), rs.getString(2),
            Level.valueOf(rs.getString(3)), Optional.ofNullable(rs.getString(4)));

    /**
     * The country, provinces and districts, without communes or figures: enough for a summary per district
     * (bin/briefing status), a fifteenth of the units to fold names for.
     */
    public static UnitDirectory loadDistricts(JdbcTemplate jdbc, String scope) {
        return new UnitDirectory(jdbc.query(UNITS + " WHERE level <> 'COMMUNE'", UNIT), Map.of(), scope);
    }

    /** How many units the reference data holds. */
    public static int count(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM unit", Integer.class);
    }

    /** Every unit of the country, with the figures the scope loaded (figures.csv is a scope's own). */
    public static UnitDirectory load(JdbcTemplate jdbc, String scope) {
        List<Unit> units = jdbc.query(UNITS, UNIT);
        Map<String, Map<String, Long>> figures = new HashMap<>();
        jdbc.query("SELECT figure, unit_code, amount FROM unit_figure WHERE scope = ?", rs -> {
            figures.computeIfAbsent(rs.getString(1), f -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
        }, scope);
        return new UnitDirectory(units, figures, scope);
    }

    /** Every unit, in no particular order. */
    public java.util.Collection<Unit> all() {
        return java.util.Collections.unmodifiableCollection(byCode.values());
    }

    /** Figure name (population, households, …) → unit code → amount. */
    public Map<String, Map<String, Long>> figures() {
        return java.util.Collections.unmodifiableMap(figures);
    }

    public int size() {
        return byCode.size();
    }

    public String scope() {
        return scope;
    }

    /** Exact code first; then the code padded as a spreadsheet may have stripped it (commune, district, province). */
    public Optional<Unit> find(String code) {
        Unit exact = byCode.get(code);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (int width : new int[] { 5, 3, 2 }) {
            if (code.length() < width) {
                Unit padded = byCode.get("0".repeat(width - code.length()) + code);
                if (padded != null) {
                    return Optional.of(padded);
                }
            }
        }
        return Optional.empty();
    }

    public Optional<String> districtOf(Unit unit) {
        return ancestorAt(unit, Level.DISTRICT).map(Unit::code);
    }

    public Optional<Unit> provinceOf(Unit unit) {
        return ancestorAt(unit, Level.PROVINCE);
    }

    private Optional<Unit> ancestorAt(Unit unit, Level level) {
        Unit u = unit;
        while (u != null && u.level() != level) {
            u = u.parentCode().map(byCode::get).orElse(null);
        }
        return Optional.ofNullable(u);
    }

    /** Whether the unit is, or lies under, the unit this installation reports on. */
    public boolean inScope(Unit unit) {
        Unit u = unit;
        while (u != null) {
            if (u.code().equals(scope)) {
                return true;
            }
            u = u.parentCode().map(byCode::get).orElse(null);
        }
        return false;
    }

    /** Units of a district whose name folds to the same key (empty, one, or an ambiguous several). */
    public List<Unit> byName(String districtCode, String name) {
        return namesByDistrict.getOrDefault(districtCode, Map.of()).getOrDefault(Names.unitKey(name), List.of());
    }

    /**
     * The districts that have a unit of this name (for files that give names, not codes): those in scope if
     * any, else those of the whole country (a file of another scope is then found to be one).
     */
    public List<String> districtsWithName(String name) {
        List<Unit> named = namesAnywhere.getOrDefault(Names.unitKey(name), List.of());
        List<Unit> inScope = named.stream().filter(this::inScope).toList();
        return (inScope.isEmpty() ? named : inScope).stream()
            .map(u -> districtOf(u).orElseThrow())
            .distinct()
            .toList();
    }

    /** Every district (with at least a name) in scope, in code order. */
    public List<Unit> districtsInScope() {
        return byCode.values().stream()
            .filter(u -> u.level() == Level.DISTRICT && inScope(u))
            .sorted(java.util.Comparator.comparing(Unit::code))
            .toList();
    }

    public static final String POPULATION = "population";
    public static final String ICU_BEDS = "icu_beds";

    public OptionalLong population(String code) {
        return figure(POPULATION, code);
    }

    public OptionalLong icuBeds(String code) {
        return figure(ICU_BEDS, code);
    }

    /** A reference figure of the unit (see input/reference/figures.csv), if the reference data has it. */
    public OptionalLong figure(String figure, String code) {
        Long p = figures.getOrDefault(figure, Map.of()).get(code);
        return p == null ? OptionalLong.empty() : OptionalLong.of(p);
    }

    /** The units directly under this one, in code order. */
    public List<Unit> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    public Optional<Unit> unit(String code) {
        return Optional.ofNullable(byCode.get(code));
    }
}
