package vn.covid.briefing.ingest;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.reference.ReferenceVersions;
import vn.covid.briefing.system.Checksums;

/**
 * What a file's validation rests on besides its bytes: the reference data of the scope that validated it
 * (its checksum). A file rejected for a reason that depends on it records the basis and that scope
 * ({@code validated_scope}); when that scope's reference data changes, its run validates such files again.
 * One mechanism for a corrected units.csv or a population figure. Another scope's run never does: which
 * district a file reports, and so which rows it holds, does not depend on the scope (see ReportValidator),
 * and two scopes taking turns must not validate each other's files back and forth.
 */
final class ValidationBasis {

    private ValidationBasis() {
    }

    static String current(JdbcTemplate jdbc, String scope) {
        // the scope stays in the text so that the bases recorded before scopes were stored still hold
        return Checksums.sha256("reference=" + ReferenceVersions.checksum(jdbc, scope) + "|scope=" + scope);
    }
}
