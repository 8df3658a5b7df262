package vn.covid.briefing.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.covid.briefing.reference.Names;
import vn.covid.briefing.reference.Unit;
import vn.covid.briefing.reference.Unit.Level;
import vn.covid.briefing.reference.UnitDirectory;
import vn.covid.briefing.metric.Metric;

/**
 * The meaning of a district file's rows: which district and day the file reports (the ones most rows
 * carry), and for every row whether its unit, date and figures can be true. Rows that cannot are
 * rejected with the reason; rows that are merely surprising are stored and flagged, as DHIS2 does.
 * Stateless, so that files can be validated in parallel; outliers against history are the writer's.
 *
 * <p>A file belongs to the district it reports, found among the units of the whole country, so which rows
 * it holds does not depend on the scope that reads it: a file of a district outside the scope is kept for
 * that district's scope, whole; a row of another district (or province) inside a file is rejected.
 */
final class ReportValidator {

    private final UnitDirectory units;
    private final LocalDate today;

    ReportValidator(UnitDirectory units, LocalDate today) {
        this.units = units;
        this.today = today;
    }

    /** A row on its way through validation: its unit once known, and its problems. */
    private static final class Candidate {
        final ReportParser.Row row;
        final List<Issue> issues = new ArrayList<>();
        Unit unit;
        boolean totals;

        Candidate(ReportParser.Row row) {
            this.row = row;
            this.issues.addAll(row.cellIssues());
            this.totals = row.totals();
        }

        boolean rejected() {
            return issues.stream().anyMatch(i -> i.severity() == Issue.Severity.REJECT);
        }

        void reject(String column, String value, IssueCode code, String message) {
            issues.add(Issue.reject(row.line(), column, value, code, message));
        }

        void warn(String column, String value, IssueCode code, String message) {
            issues.add(Issue.warn(row.line(), column, value, code, message));
        }
    }

    ParsedReport validate(long fileId, String fileName, ReportParser.Rows parsed) {
        List<Candidate> rows = parsed.rows().stream().map(Candidate::new).toList();
        rows.stream().filter(c -> !c.totals).forEach(c -> {
            resolveByCode(c);
            checkDate(c);
        });
        String byCodes = mostCommon(rows, c -> c.unit == null ? null : units.districtOf(c.unit).orElse(null));
        String district = byCodes != null ? byCodes : districtByNames(rows);
        LocalDate date = mostCommon(rows, c -> c.rejected() ? null : c.row.date());
        Optional<Unit> districtUnit = district == null ? Optional.empty() : units.unit(district);
        if (districtUnit.isPresent() && !units.inScope(districtUnit.get())) {
            String province = units.provinceOf(districtUnit.get()).map(p -> p.name() + " (" + p.code() + ")")
                .orElse(districtUnit.get().name());
            return ParsedReport.otherScope(fileId, fileName, district, date, "not for this scope (%s): it reports %s of %s; "
                .formatted(units.scope(), districtUnit.get().name(), province) + "kept, and loaded when that scope runs");
        }
        rows.stream().filter(c -> !c.totals && c.unit == null && !c.rejected()).forEach(c -> resolveByName(c, district));
        rows.stream().filter(c -> !c.totals && !c.rejected()).forEach(c -> checkBelongs(c, district, date));
        treatDistrictRowAsTotals(rows);
        rejectDuplicates(rows);

        List<DailyFact> facts = new ArrayList<>();
        for (Candidate c : rows) {
            if (c.totals || c.rejected()) {
                continue;
            }
            checkFigures(c);
            if (!c.rejected()) {
                facts.add(new DailyFact(c.unit.code(), district, date, c.row.line(), c.row.values()));
            }
        }
        compareTotals(rows, facts);
        List<Issue> issues = new ArrayList<>(parsed.headerWarnings());
        deathsAgainstCases(facts).ifPresent(issues::add);
        rows.forEach(c -> issues.addAll(c.issues));
        int rejected = (int) rows.stream().filter(Candidate::rejected).count();
        issues.sort(Comparator.comparing((Issue i) -> i.line() == null ? 0 : i.line()));
        String reason = facts.isEmpty() ? "no row could be accepted; see the rejected rows" : null;
        return new ParsedReport(fileId, fileName, district, date, facts, issues, rejected, reason, false);
    }

    private void resolveByCode(Candidate c) {
        String code = c.row.code().strip();
        if (code.isEmpty()) {
            if (c.row.name().isBlank()) {
                c.reject(Column.UNIT_CODE.canonical(), "", IssueCode.UNIT_MISSING, "the row names no unit (code or name)");
            }
            return;
        }
        Optional<Unit> unit = units.find(code);
        if (unit.isEmpty()) {
            c.reject(Column.UNIT_CODE.canonical(), code, IssueCode.UNKNOWN_UNIT,
                    "no administrative unit has this code (units in force: the national list, or the scope's own units.csv)");
            return;
        }
        Unit u = unit.get();
        if (u.level() != Level.COMMUNE && u.level() != Level.DISTRICT) {
            c.reject(Column.UNIT_CODE.canonical(), code, IssueCode.UNIT_NOT_REPORTABLE,
                    "%s is a %s; a district report holds rows for communes or for the district itself"
                        .formatted(u.name(), u.level().name().toLowerCase(java.util.Locale.ROOT)));
            return;
        }
        c.unit = u;
        if (!c.row.name().isBlank() && !Names.unitKey(c.row.name()).equals(Names.unitKey(u.name()))) {
            c.warn(Column.UNIT_NAME.canonical(), c.row.name(), IssueCode.UNIT_NAME_MISMATCH,
                    "code %s is %s; the name written differs (the code was used)".formatted(u.code(), u.name()));
        }
    }

    private void resolveByName(Candidate c, String district) {
        String name = c.row.name();
        List<Unit> matches = district == null ? List.of() : units.byName(district, name);
        if (matches.size() == 1) {
            c.unit = matches.get(0);
        }
        else if (matches.isEmpty()) {
            c.reject(Column.UNIT_NAME.canonical(), name, IssueCode.UNKNOWN_UNIT,
                    "no unit of this district has this name; add the unit code");
        }
        else {
            c.reject(Column.UNIT_NAME.canonical(), name, IssueCode.UNIT_NAME_AMBIGUOUS,
                    "several units of this district have this name; add the unit code");
        }
    }

    private void checkDate(Candidate c) {
        String text = c.row.dateText();
        if (text.isBlank()) {
            c.reject(Column.REPORT_DATE.canonical(), text, IssueCode.DATE_MISSING, "the report date is empty");
        }
        else if (c.row.date() == null) {
            c.reject(Column.REPORT_DATE.canonical(), text, IssueCode.DATE_MALFORMED,
                    "not a date; write it as 2021-09-13 or 13/09/2021");
        }
        else if (c.row.date().isAfter(today)) {
            c.reject(Column.REPORT_DATE.canonical(), text, IssueCode.DATE_IN_FUTURE,
                    "the date is after today (" + today + ")");
        }
    }

    private void checkBelongs(Candidate c, String district, LocalDate date) {
        String rowDistrict = units.districtOf(c.unit).orElse(null);
        Optional<Unit> province = units.provinceOf(c.unit);
        Optional<Unit> fileProvince = district == null ? Optional.empty() : units.unit(district).flatMap(units::provinceOf);
        if (!Objects.equals(rowDistrict, district) && !province.equals(fileProvince)) {
            c.reject(Column.UNIT_CODE.canonical(), c.row.code(), IssueCode.UNIT_OTHER_PROVINCE,
                    "%s belongs to %s, not to %s, which this file reports on".formatted(c.unit.name(),
                            province.map(Unit::name).orElse("?"), fileProvince.map(Unit::name).orElse("?")));
        }
        else if (!Objects.equals(rowDistrict, district)) {
            c.reject(Column.UNIT_CODE.canonical(), c.row.code(), IssueCode.UNIT_OTHER_DISTRICT,
                    "%s is in %s, but this file reports %s".formatted(c.unit.name(), name(rowDistrict), name(district)));
        }
        if (!c.row.date().equals(date)) {
            c.reject(Column.REPORT_DATE.canonical(), c.row.dateText(), IssueCode.DATE_NOT_FILE_DATE,
                    "the other rows of this file are for " + date);
        }
    }

    private String name(String code) {
        return code == null ? "?" : units.unit(code).map(Unit::name).orElse(code);
    }

    /** A district row next to commune rows is the district's total: storing it would count every case twice. */
    private static void treatDistrictRowAsTotals(List<Candidate> rows) {
        boolean communes = rows.stream().anyMatch(c -> c.unit != null && c.unit.level() == Level.COMMUNE && !c.rejected());
        if (communes) {
            rows.stream()
                .filter(c -> c.unit != null && c.unit.level() == Level.DISTRICT && !c.rejected())
                .forEach(c -> c.totals = true);
        }
    }

    private static void rejectDuplicates(List<Candidate> rows) {
        Map<String, List<Candidate>> byUnit = new LinkedHashMap<>();
        rows.stream()
            .filter(c -> !c.totals && c.unit != null && !c.rejected())
            .forEach(c -> byUnit.computeIfAbsent(c.unit.code(), k -> new ArrayList<>()).add(c));
        for (List<Candidate> same : byUnit.values()) {
            if (same.size() > 1) {
                String lines = same.stream().map(c -> String.valueOf(c.row.line())).collect(Collectors.joining(", "));
                for (Candidate c : same) {
                    c.reject(Column.UNIT_CODE.canonical(), c.row.code().isBlank() ? c.row.name() : c.row.code(),
                            IssueCode.DUPLICATE_UNIT, "%s appears on lines %s; which one is right cannot be told"
                                .formatted(c.unit.name(), lines));
                }
            }
        }
    }

    private void checkFigures(Candidate c) {
        Long[] v = c.row.values();
        OptionalLong population = units.population(c.unit.code());
        if (population.isPresent()) {
            for (Column metric : Column.METRICS) {
                Long value = v[metric.metricIndex()];
                if (value != null && value > population.getAsLong()) {
                    c.reject(metric.canonical(), value.toString(), IssueCode.COUNT_EXCEEDS_POPULATION,
                            "more than the %d people living in %s".formatted(population.getAsLong(), c.unit.name()));
                }
            }
        }
        exceeds(c, Column.PCR_POSITIVE, Column.PCR_TESTS, IssueCode.POSITIVES_EXCEED_TESTS);
        exceeds(c, Column.RAPID_POSITIVE, Column.RAPID_TESTS, IssueCode.POSITIVES_EXCEED_TESTS);
        exceeds(c, Column.SEVERE, Column.UNDER_TREATMENT, IssueCode.SEVERE_EXCEEDS_TREATMENT);
        exceeds(c, Column.OXYGEN, Column.UNDER_TREATMENT, IssueCode.OXYGEN_EXCEEDS_TREATMENT);
        exceeds(c, Column.HOUSEHOLDS_FIRST_SAMPLED, Column.HOUSEHOLDS_SAMPLED, IssueCode.FIRST_SAMPLED_EXCEED_VISITS);
        Long icu = v[Column.ICU_IN_USE.metricIndex()];
        Long reported = v[Column.ICU_BEDS.metricIndex()];
        OptionalLong beds = reported != null ? OptionalLong.of(reported) : units.icuBeds(c.unit.code());
        if (icu != null && beds.isPresent() && icu > beds.getAsLong()) {
            c.warn(Column.ICU_IN_USE.canonical(), icu.toString(), IssueCode.ICU_OVER_CAPACITY, reported != null
                    ? "more ICU beds in use than the %d beds the same row reports".formatted(reported)
                    : "more ICU beds in use than the %d the reference data gives %s".formatted(beds.getAsLong(),
                            c.unit.name()));
        }
    }

    private static void exceeds(Candidate c, Column part, Column whole, IssueCode code) {
        Long p = c.row.values()[part.metricIndex()];
        Long w = c.row.values()[whole.metricIndex()];
        if (p != null && w != null && p > w) {
            c.reject(part.canonical(), p.toString(), code,
                    "%s (%d) is greater than %s (%d)".formatted(part.canonical(), p, whole.canonical(), w));
        }
    }

    /** A totals row is never stored; when its figures disagree with the sum of the rows, say so. */
    private static void compareTotals(List<Candidate> rows, List<DailyFact> facts) {
        for (Candidate t : rows) {
            if (!t.totals) {
                continue;
            }
            for (Column metric : Column.METRICS) {
                Long stated = t.row.values()[metric.metricIndex()];
                if (stated == null) {
                    continue;
                }
                long sum = facts.stream().map(f -> f.value(metric.metric())).filter(Objects::nonNull).mapToLong(Long::longValue).sum();
                if (sum != stated) {
                    t.warn(metric.canonical(), stated.toString(), IssueCode.TOTALS_ROW_MISMATCH,
                            "the totals row says %d, the accepted rows add up to %d (the rows were used)"
                                .formatted(stated, sum));
                }
            }
        }
    }

    /**
     * WHO's "deaths ≤ cases" rule, run on the district's day as DHIS2 runs it: a warning only, because
     * deaths of earlier cases are reported later (anchors.md §1.2). Per commune it would flag noise.
     */
    private static Optional<Issue> deathsAgainstCases(List<DailyFact> facts) {
        long deaths = facts.stream().map(f -> f.value(Metric.DEATHS)).filter(Objects::nonNull).mapToLong(Long::longValue).sum();
        long cases = facts.stream().map(DailyFact::newCases).filter(Objects::nonNull).mapToLong(Long::longValue).sum();
        if (deaths <= cases) {
            return Optional.empty();
        }
        return Optional.of(Issue.warn(null, Column.DEATHS.canonical(), String.valueOf(deaths), IssueCode.DEATHS_EXCEED_CASES,
                "the district reports more deaths (%d) than new cases (%d) for the day: possible (deaths of earlier "
                        .formatted(deaths, cases) + "cases), but check it"));
    }

    /** For a file that names its units without codes: the district most of the names belong to. */
    private String districtByNames(List<Candidate> rows) {
        Map<String, Integer> votes = new HashMap<>();
        for (Candidate c : rows) {
            if (!c.totals && c.unit == null && !c.rejected()) {
                units.districtsWithName(c.row.name()).forEach(d -> votes.merge(d, 1, Integer::sum));
            }
        }
        // most votes; on a tie the lowest code, so that the outcome never depends on hash order
        return votes.entrySet().stream()
            .min(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
            .map(Map.Entry::getKey)
            .orElse(null);
    }

    private static <T> T mostCommon(List<Candidate> rows, Function<Candidate, T> key) {
        Map<T, Integer> counts = new HashMap<>();
        T best = null;
        int bestCount = 0;
        for (Candidate c : rows) {
            if (c.totals) {
                continue;
            }
            T k = key.apply(c);
            if (k == null) {
                continue;
            }
            int n = counts.merge(k, 1, Integer::sum);
            if (n > bestCount) {
                best = k;
                bestCount = n;
            }
        }
        return best;
    }
}
