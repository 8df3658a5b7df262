package vn.covid.briefing.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.covid.briefing.system.Checksums;

/**
 * Loads a scope's reference data into the database, whole and in one transaction, when its content changed
 * since that scope's last load: {@code figures.csv} and, where present, {@code balances.csv},
 * {@code decisions.csv} and the scope's own {@code units.csv} from its reference folder (the national list of
 * units ships with the application, see {@link UnitLists}). Figures, balances and decisions are the scope's
 * own rows; the units are national, so loading one scope never changes what another scope loaded. Another
 * province is other files, not other code.
 */
@Component
public class ReferenceLoader {

    /** Where in the application the national list of units lies. */
    public static final String NATIONAL_UNITS = UnitLists.NATIONAL;

    private static final Logger log = LoggerFactory.getLogger(ReferenceLoader.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    public ReferenceLoader(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    /** @return true if the scope's reference data was (re)loaded, false if it was already current */
    public boolean load(String scope, Path folder) throws IOException {
        Path figuresFile = folder.resolve("figures.csv");
        if (!Files.isRegularFile(figuresFile)) {
            throw new NoSuchFileException(folder.toString(), null,
                    "the reference folder must hold figures.csv (see README, 'Reference data')");
        }
        byte[] nationalBytes = UnitLists.nationalBytes();
        List<UnitLists.Row> national = UnitLists.read(new ReferenceFile(UnitLists.NATIONAL, nationalBytes), null);
        Path unitsFile = folder.resolve("units.csv");
        Optional<List<UnitLists.Row>> own = Files.isRegularFile(unitsFile)
                ? UnitLists.ownPart(unitsFile.toString(), UnitLists.read(new ReferenceFile(unitsFile), scope), national, scope)
                : Optional.empty();
        String unitsChecksum = own.isPresent() ? Checksums.sha256(unitsFile) : null;
        List<ReferenceVersions.Version> versions = ReferenceVersions.all(jdbc);
        // balances.csv and decisions.csv are optional; a changed one changes the checksum, so new editions follow.
        // Without an own units.csv the checksum is the one this database had before scopes (units, figures, ...).
        StringBuilder parts = new StringBuilder(Checksums.sha256(nationalBytes));
        if (unitsChecksum != null) {
            parts.append("units.csv").append(unitsChecksum);
        }
        parts.append(Checksums.sha256(figuresFile));
        Path balancesFile = folder.resolve(OpeningBalances.FILE);
        Path decisionsFile = folder.resolve(Decisions.FILE);
        for (Path optional : List.of(balancesFile, decisionsFile)) {
            if (Files.isRegularFile(optional)) {
                parts.append(optional.getFileName()).append(Checksums.sha256(optional));
            }
        }
        // the own lists of wider or narrower scopes give some of this scope's units too
        versions.stream()
            .filter(v -> !v.scope().equals(scope) && v.unitsChecksum() != null
                    && UnitLists.related(scope, v.scope(), national))
            .forEach(v -> parts.append("|units of ").append(v.scope()).append('=').append(v.unitsChecksum()));
        String checksum = Checksums.sha256(parts.toString());
        if (versions.stream().anyMatch(v -> v.scope().equals(scope) && v.checksum().equals(checksum))) {
            return false;
        }
        Map<String, List<UnitLists.Row>> ownLists = otherOwnLists(scope);
        own.ifPresent(rows -> ownLists.put(scope, rows));
        List<UnitLists.Row> units = UnitLists.merge(national, ownLists);
        Map<String, String> parentOf = new HashMap<>();
        units.forEach(u -> parentOf.put(u.code(), u.parent()));
        List<Object[]> figures = readFigures(figuresFile, parentOf.keySet());
        List<OpeningBalance> balances = Files.isRegularFile(balancesFile) ? OpeningBalances.read(balancesFile, parentOf)
                : List.of();
        List<Decision> decisions = Files.isRegularFile(decisionsFile) ? Decisions.read(decisionsFile, parentOf)
                : List.of();
        tx.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM unit");
            jdbc.batchUpdate("INSERT INTO unit (code, name, level, parent_code, listed_by) VALUES (?, ?, ?, ?, ?)",
                    units.stream().map(u -> new Object[] { u.code(), u.name(), u.level().name(), u.parent(), u.listedBy() })
                        .toList());
            jdbc.update("DELETE FROM unit_figure WHERE scope = ?", scope);
            jdbc.batchUpdate("INSERT INTO unit_figure (scope, unit_code, figure, amount, as_of_year, source, estimated) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", figures.stream().map(f -> prepend(scope, f)).toList());
            OpeningBalances.replace(jdbc, scope, balances);
            Decisions.replace(jdbc, scope, decisions);
            ReferenceVersions.replace(jdbc, new ReferenceVersions.Version(scope, checksum, unitsChecksum,
                    Instant.now(clock), units.size(), figures.size()));
        });
        log.info("Reference data of {} loaded from {}: {} units ({} of its own list), {} figures, {} opening balances, "
                + "{} decision lines", scope, folder, units.size(), own.map(List::size).orElse(0), figures.size(),
                balances.size(), decisions.size());
        return true;
    }

    /** The own lists other scopes loaded, as the unit table holds them. */
    private Map<String, List<UnitLists.Row>> otherOwnLists(String scope) {
        Map<String, List<UnitLists.Row>> lists = new HashMap<>();
        jdbc.query("SELECT code, name, level, parent_code, listed_by FROM unit WHERE listed_by IS NOT NULL "
                + "AND listed_by <> ? ORDER BY code", rs -> {
                    lists.computeIfAbsent(rs.getString(5), k -> new ArrayList<>()).add(new UnitLists.Row(rs.getString(1),
                            rs.getString(2), Unit.Level.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), 0));
                }, scope);
        return lists;
    }

    private static Object[] prepend(String first, Object[] rest) {
        Object[] row = new Object[rest.length + 1];
        row[0] = first;
        System.arraycopy(rest, 0, row, 1, rest.length);
        return row;
    }

    private static List<Object[]> readFigures(Path path, Set<String> units) throws IOException {
        ReferenceFile file = new ReferenceFile(path);
        List<Object[]> rows = new ArrayList<>();
        for (CSVRecord r : file.records("unit_code", "figure", "value", "year", "source", "estimated")) {
            String unit = r.get("unit_code");
            if (!units.contains(unit)) {
                throw file.bad(r, "unit_code", unit, "not a unit of units.csv");
            }
            long value;
            int year;
            try {
                value = Long.parseLong(r.get("value"));
                year = Integer.parseInt(r.get("year"));
            }
            catch (NumberFormatException e) {
                throw file.bad(r, "value/year", r.get("value") + "/" + r.get("year"), "must be whole numbers");
            }
            String source = file.required(r, "source", "every figure must name its source");
            rows.add(new Object[] { unit, r.get("figure"), value, year, source, Boolean.parseBoolean(r.get("estimated")) });
        }
        return rows;
    }
}
