package vn.covid.briefing.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.covid.briefing.system.Checksums;

/**
 * Loads {@code units.csv}, {@code figures.csv} and, where present, {@code balances.csv} and {@code decisions.csv}
 * from the reference folder into the database, whole and in one transaction, when their content changed since
 * the last load. Another province is other files, not other code. The units are the national list GSO keeps
 * (in the application: {@value #NATIONAL_UNITS}) unless the reference folder has a units.csv of its own.
 */
@Component
public class ReferenceLoader {

    private static final Logger log = LoggerFactory.getLogger(ReferenceLoader.class);

    /** Every administrative unit of Vietnam in force in 2021, with GSO codes: neutral data, shipped inside. */
    public static final String NATIONAL_UNITS = "reference/units.csv";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    public ReferenceLoader(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    /** @return true if the reference data was (re)loaded, false if it was already current */
    public boolean load(Path folder) throws IOException {
        Path unitsFile = folder.resolve("units.csv");
        Path figuresFile = folder.resolve("figures.csv");
        if (!Files.isRegularFile(figuresFile)) {
            throw new NoSuchFileException(folder.toString(), null,
                    "the reference folder must hold figures.csv (see README, 'Reference data')");
        }
        ReferenceFile unitsSource = Files.isRegularFile(unitsFile) ? new ReferenceFile(unitsFile) : nationalUnits();
        // balances.csv and decisions.csv are optional; a changed one changes the checksum, so new editions follow
        Path balancesFile = folder.resolve(OpeningBalances.FILE);
        Path decisionsFile = folder.resolve(Decisions.FILE);
        StringBuilder parts = new StringBuilder(unitsSource.checksum() + Checksums.sha256(figuresFile));
        for (Path optional : List.of(balancesFile, decisionsFile)) {
            if (Files.isRegularFile(optional)) {
                parts.append(optional.getFileName()).append(Checksums.sha256(optional));
            }
        }
        String checksum = Checksums.sha256(parts.toString());
        List<String> current = jdbc.queryForList("SELECT checksum FROM reference_version WHERE id = 1", String.class);
        if (current.contains(checksum)) {
            return false;
        }
        List<Object[]> units = readUnits(unitsSource);
        List<Object[]> figures = readFigures(figuresFile, unitCodes(units));
        Map<String, String> parentOf = new HashMap<>();
        units.forEach(u -> parentOf.put((String) u[0], (String) u[3]));
        List<OpeningBalance> balances = Files.isRegularFile(balancesFile) ? OpeningBalances.read(balancesFile, parentOf)
                : List.of();
        List<Decision> decisions = Files.isRegularFile(decisionsFile) ? Decisions.read(decisionsFile, parentOf)
                : List.of();
        tx.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM unit_figure");
            jdbc.update("DELETE FROM unit");
            jdbc.batchUpdate("INSERT INTO unit (code, name, level, parent_code) VALUES (?, ?, ?, ?)", units);
            jdbc.batchUpdate("INSERT INTO unit_figure (unit_code, figure, amount, as_of_year, source, estimated) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", figures);
            OpeningBalances.replace(jdbc, balances);
            Decisions.replace(jdbc, decisions);
            jdbc.update("DELETE FROM reference_version");
            jdbc.update("INSERT INTO reference_version (id, checksum, loaded_at, unit_count, figure_count) "
                    + "VALUES (1, ?, ?, ?, ?)", checksum, Timestamp.from(Instant.now(clock)), units.size(), figures.size());
        });
        log.info("Reference data loaded from {}: {} units, {} figures, {} opening balances, {} decision lines", folder,
                units.size(), figures.size(), balances.size(), decisions.size());
        return true;
    }

    private static Set<String> unitCodes(List<Object[]> units) {
        Set<String> codes = new HashSet<>();
        units.forEach(u -> codes.add((String) u[0]));
        return codes;
    }

    private static ReferenceFile nationalUnits() throws IOException {
        try (java.io.InputStream in = ReferenceLoader.class.getClassLoader().getResourceAsStream(NATIONAL_UNITS)) {
            if (in == null) {
                throw new NoSuchFileException(NATIONAL_UNITS, null, "the application lacks its national list of units");
            }
            return new ReferenceFile("the national list of units (" + NATIONAL_UNITS + " in the application)",
                    in.readAllBytes());
        }
    }

    private static List<Object[]> readUnits(ReferenceFile file) throws IOException {
        List<Object[]> rows = new ArrayList<>();
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
            String parent = r.get("parent_code");
            if (!codes.add(code)) {
                throw file.bad(r, "code", code, "the same code appears twice");
            }
            rows.add(new Object[] { code, Names.nfc(r.get("name")), level.name(), parent.isEmpty() ? null : parent });
        }
        for (Object[] row : rows) {
            if (row[3] != null && !codes.contains(row[3])) {
                throw new IllegalStateException(file.name() + ": unit " + row[0] + " has parent_code " + row[3]
                        + ", which is not a unit of the file");
            }
        }
        return rows;
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
