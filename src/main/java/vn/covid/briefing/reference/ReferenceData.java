package vn.covid.briefing.reference;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.covid.briefing.system.BriefingProperties;

/**
 * The units of the installation's scope, their opening balances and the province's decisions, loaded once
 * and again only when the reference data changes
 * (the scope's checksum in reference_version): every briefing of a rerun needs them, and the whole country is
 * eleven thousand units.
 */
@Component
public class ReferenceData {

    private final JdbcTemplate jdbc;
    private final String scope;
    private String loadedChecksum;
    private UnitDirectory units;
    private OpeningBalances balances;
    private Decisions decisions;

    ReferenceData(JdbcTemplate jdbc, BriefingProperties properties) {
        this.jdbc = jdbc;
        this.scope = properties.scope();
    }

    public synchronized UnitDirectory units() {
        refresh();
        return units;
    }

    /** The opening balances (balances.csv), loaded with the units. */
    public synchronized OpeningBalances balances() {
        refresh();
        return balances;
    }

    /** The province's decisions on regimes and levels (decisions.csv), loaded with the units. */
    public synchronized Decisions decisions() {
        refresh();
        return decisions;
    }

    private void refresh() {
        String current = ReferenceVersions.checksum(jdbc, scope);
        if (units == null || !current.equals(loadedChecksum)) {
            units = UnitDirectory.load(jdbc, scope);
            balances = OpeningBalances.load(jdbc, scope);
            decisions = Decisions.load(jdbc, scope);
            loadedChecksum = current;
        }
    }
}
