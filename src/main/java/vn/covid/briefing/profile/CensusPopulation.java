package vn.covid.briefing.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

import vn.covid.briefing.reference.Names;

/**
 * The 2019 census population of a province's 2021 units, from the census by ward
 * ({@code realdata/raw/hgscarlette_VN_Population_ward.csv}: one row per commune as it stood at the census,
 * names without spaces). As the realdata README says to: each 2021 commune is matched to a census row by
 * folded name (and type) within its district; failing that, by a name no other census row of the province
 * has (a commune that moved district, a district merged since 2019). The census rows that match no 2021
 * commune (communes merged or renamed since) still count in their district's total, and are split equally
 * over that district's unmatched communes as an estimate; a commune left without any is listed, not
 * guessed. The province's sum is checked against its census total.
 */
public final class CensusPopulation {

    /** What the matching found, for the office's checklist. */
    public record Report(UnitPopulation province, long censusTotal, int communes, int matchedInDistrict,
            int matchedInProvince, List<String> estimated, List<String> missing, List<String> censusRowsLeft) {

        public boolean sumsToTheCensus() {
            return province.population() != null && province.population() == censusTotal;
        }
    }

    static final String FILE = "raw/hgscarlette_VN_Population_ward.csv";
    private static final String SOURCE = "GSO census 1/4/2019 by ward (realdata/" + FILE + ")";
    private static final Pattern LEADING_ZEROS = Pattern.compile("(?<!\\d)0+(?=\\d)");

    /**
     * One census row; {@code index} keeps two rows that read the same apart, {@code exact} is its name with
     * its tone marks (Chư Prông has an Ia Băng and an Ia Bang).
     */
    private record Row(int index, String district, boolean urban, String name, String exact, String type, long total) {
    }

    private final Map<String, List<Row>> byProvince = new HashMap<>();
    /** Folded and exact forms of names, each computed once: the census has 11.165 rows, the 2021 list 10.599 communes. */
    private static final Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, String> EXACT = new java.util.concurrent.ConcurrentHashMap<>();

    /** Reads the whole census file once: every province's rows. */
    public CensusPopulation(Path realdata) throws IOException {
        int index = 0;
        for (CSVRecord r : RealData.read(realdata.resolve(FILE))) {
            byProvince.computeIfAbsent(cachedKey(r.get("city")), k -> new ArrayList<>()).add(new Row(index++,
                    cachedKey(r.get("district")), !cachedKey(r.get("dist_title")).equals("huyen"), key(r.get("ward")),
                    exact(r.get("ward")), cachedKey(r.get("ward_title")), Long.parseLong(r.get("total"))));
        }
    }

    /** Folded, without the type word and spaces, numbers without leading zeros: "Phường 05" and "5" are one. */
    static String key(String name) {
        return LEADING_ZEROS.matcher(Names.unitKey(name)).replaceAll("");
    }

    private static String cachedKey(String name) {
        return KEYS.computeIfAbsent(name, CensusPopulation::key);
    }

    /** The name as written, tone marks and all, without its type word and spaces. */
    static String exact(String name) {
        String bare = name.replaceFirst("^(Thị trấn|Phường|Xã) ", "");
        return LEADING_ZEROS.matcher(Names.nfc(bare).toLowerCase(ProvinceUnits.VIETNAMESE).replaceAll("\\s+", ""))
            .replaceAll("");
    }

    private static boolean urban(ProvinceUnits.District d) {
        return !d.type().equals("Huyện");
    }

    public Report of(ProvinceUnits province) {
        List<Row> rows = byProvince.getOrDefault(key(province.bareName()), List.of());
        Set<Row> used = new HashSet<>();
        Map<String, Row> match = new LinkedHashMap<>();
        Map<String, Boolean> inDistrict = new HashMap<>();
        Map<ProvinceUnits.District, List<Row>> censusDistrict = new LinkedHashMap<>();
        for (ProvinceUnits.District d : province.districts()) {
            // same name and class (urban/rural); a district upgraded since 2019 (huyện → thị xã) by name alone
            String name = key(d.name());
            List<Row> same = rows.stream().filter(r -> r.district().equals(name) && r.urban() == urban(d)).toList();
            censusDistrict.put(d, same.isEmpty() ? rows.stream().filter(r -> r.district().equals(name)).toList() : same);
        }
        // the closest match first: within the district, as written and of the same type, then folded, then untyped;
        // then the same within the province
        Map<ProvinceUnits.District, Candidates> inItsDistrict = new HashMap<>();
        censusDistrict.forEach((d, list) -> inItsDistrict.put(d, Candidates.of(list)));
        Candidates inTheProvince = Candidates.of(rows);
        for (boolean withinDistrict : new boolean[] { true, false }) {
            for (int pass = 0; pass < 4; pass++) {
                boolean exact = pass < 2;
                boolean typed = pass % 2 == 0;
                for (ProvinceUnits.District d : province.districts()) {
                    for (ProvinceUnits.Commune c : d.communes()) {
                        pick(c, withinDistrict ? inItsDistrict.get(d) : inTheProvince, exact, typed, used, match)
                            .ifPresent(r -> inDistrict.put(c.code(), withinDistrict));
                    }
                }
            }
        }
        // a census row no 2021 commune took still counts: in the district its census district became
        Map<ProvinceUnits.District, Long> left = new LinkedHashMap<>();
        List<String> rowsLeft = new ArrayList<>();
        for (Row r : rows) {
            if (used.contains(r)) {
                continue;
            }
            ProvinceUnits.District home = districtOf(r, province, censusDistrict, match);
            if (home == null) {
                rowsLeft.add(r.district() + "/" + r.name() + " (" + r.total() + ")");
            }
            else {
                left.merge(home, r.total(), Long::sum);
            }
        }
        List<String> estimated = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<UnitPopulation> districts = new ArrayList<>();
        int matchedInDistrict = 0;
        int matchedInProvince = 0;
        for (ProvinceUnits.District d : province.districts()) {
            long leftover = left.getOrDefault(d, 0L);
            List<ProvinceUnits.Commune> unmatched = d.communes().stream().filter(c -> !match.containsKey(c.code())).toList();
            List<UnitPopulation> communes = new ArrayList<>();
            long sum = leftover;
            for (ProvinceUnits.Commune c : d.communes()) {
                Row r = match.get(c.code());
                if (r != null) {
                    boolean near = inDistrict.get(c.code());
                    matchedInDistrict += near ? 1 : 0;
                    matchedInProvince += near ? 0 : 1;
                    sum += r.total();
                    communes.add(new UnitPopulation(c.code(), c.name(), r.total(), false, SOURCE + ", matched by name "
                            + (near ? "within the district" : "within the province (another district at the census)"),
                            List.of()));
                }
                else if (leftover > 0) {
                    estimated.add(d.name() + " / " + c.name());
                    communes.add(new UnitPopulation(c.code(), c.name(), leftover / unmatched.size(), true,
                            "estimate: the census population of the district's communes that match no 2021 commune, "
                                    + "split equally over its " + unmatched.size() + " unmatched commune(s)", List.of()));
                }
                else {
                    missing.add(d.name() + " / " + c.name());
                    communes.add(new UnitPopulation(c.code(), c.name(), null, false, null, List.of()));
                }
            }
            if (d.communes().isEmpty()) { // an island district without communes: its census rows
                sum = censusDistrict.get(d).stream().mapToLong(Row::total).sum();
            }
            districts.add(new UnitPopulation(d.code(), d.name(), sum, false,
                    SOURCE + ": the sum of the district's census rows", communes));
        }
        long total = districts.stream().mapToLong(UnitPopulation::population).sum();
        UnitPopulation p = new UnitPopulation(province.code(), province.name(), total, false,
                SOURCE + ": the sum of the province's census rows", districts);
        int communeCount = province.districts().stream().mapToInt(d -> d.communes().size()).sum();
        return new Report(p, rows.stream().mapToLong(Row::total).sum(), communeCount, matchedInDistrict, matchedInProvince,
                estimated, missing, rowsLeft);
    }

    /**
     * The census row of the commune's name (as written, or folded) and, when typed, its type, among the
     * candidates, if exactly one is free.
     */
    private static java.util.Optional<Row> pick(ProvinceUnits.Commune c, Candidates candidates, boolean exact, boolean typed,
            Set<Row> used, Map<String, Row> match) {
        if (match.containsKey(c.code())) {
            return java.util.Optional.empty();
        }
        String type = cachedKey(c.type());
        String name = exact ? EXACT.computeIfAbsent(c.name(), CensusPopulation::exact) : cachedKey(c.name());
        List<Row> found = candidates.named(name, exact).stream()
            .filter(r -> !used.contains(r) && (!typed || r.type().equals(type))).toList();
        if (found.size() != 1) {
            return java.util.Optional.empty();
        }
        used.add(found.get(0));
        match.put(c.code(), found.get(0));
        return java.util.Optional.of(found.get(0));
    }

    /** Census rows looked up by name, as written or folded (the whole country is matched in about a second). */
    private record Candidates(Map<String, List<Row>> byExact, Map<String, List<Row>> byKey) {

        static Candidates of(List<Row> rows) {
            Map<String, List<Row>> byExact = new HashMap<>();
            Map<String, List<Row>> byKey = new HashMap<>();
            for (Row r : rows) {
                byExact.computeIfAbsent(r.exact(), k -> new ArrayList<>()).add(r);
                byKey.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
            }
            return new Candidates(byExact, byKey);
        }

        List<Row> named(String name, boolean exact) {
            return (exact ? byExact : byKey).getOrDefault(name, List.of());
        }
    }

    /** The 2021 district a census row's district became: by name, else where most of its matched communes went. */
    private static ProvinceUnits.District districtOf(Row row, ProvinceUnits province,
            Map<ProvinceUnits.District, List<Row>> censusDistrict, Map<String, Row> match) {
        for (var e : censusDistrict.entrySet()) {
            if (e.getValue().contains(row)) {
                return e.getKey();
            }
        }
        Map<ProvinceUnits.District, Integer> votes = new LinkedHashMap<>();
        for (ProvinceUnits.District d : province.districts()) {
            for (ProvinceUnits.Commune c : d.communes()) {
                Row r = match.get(c.code());
                if (r != null && r.district().equals(row.district()) && r.urban() == row.urban()) {
                    votes.merge(d, 1, Integer::sum);
                }
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
