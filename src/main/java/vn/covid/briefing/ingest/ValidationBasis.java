package vn.covid.briefing.ingest;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.covid.briefing.system.Checksums;

/**
 * What a file's validation rests on besides its bytes: the reference data (its checksum) and the scope
 * ({@code briefing.scope}). A file rejected for a reason that depends on them records the basis it was
 * validated against; when the basis changes, such files are validated again. One mechanism for a
 * corrected units.csv, a population figure, or a province whose scope runs later.
 */
final class ValidationBasis {

    private ValidationBasis() {
    }

    static String current(JdbcTemplate jdbc, String scope) {
        String reference = jdbc.queryForList("SELECT checksum FROM reference_version", String.class).stream()
            .findFirst().orElse("none");
        return Checksums.sha256("reference=" + reference + "|scope=" + scope);
    }
}
