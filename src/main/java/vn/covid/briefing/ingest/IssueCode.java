package vn.covid.briefing.ingest;

/**
 * Why a file or a row was rejected or flagged, for its content. The README's input contract lists every
 * one. A rejection whose reason rests on the reference data (the units, their figures, the scope) is
 * marked so: such a file is validated again when the reference data or the scope changes.
 */
public enum IssueCode {
    // the whole file
    FILE_TOO_LARGE, FILE_EMPTY, NOT_CSV_TEXT, NOT_UTF8, MALFORMED_CSV, TOO_MANY_ROWS, TOO_MANY_COLUMNS,
    LINE_TOO_LONG, CELL_TOO_LONG, MISSING_REQUIRED_COLUMN, DUPLICATE_COLUMN, NO_DATA_ROWS,
    // one row
    WRONG_FIELD_COUNT, UNIT_MISSING, UNKNOWN_UNIT(true), UNIT_NAME_AMBIGUOUS(true), UNIT_OTHER_PROVINCE(true),
    UNIT_OTHER_DISTRICT(true), UNIT_NOT_REPORTABLE(true), DUPLICATE_UNIT(true), DATE_MISSING, DATE_MALFORMED,
    DATE_IN_FUTURE, DATE_NOT_FILE_DATE, NOT_A_NUMBER, NOT_AN_INTEGER, NEGATIVE_COUNT, COUNT_EXCEEDS_POPULATION(true),
    POSITIVES_EXCEED_TESTS, SEVERE_EXCEEDS_TREATMENT,
    OXYGEN_EXCEEDS_TREATMENT, FIRST_SAMPLED_EXCEED_VISITS,
    // warnings: stored, but worth a look
    UNKNOWN_COLUMN, UNIT_NAME_MISMATCH, TOTALS_ROW_MISMATCH, DEATHS_EXCEED_CASES, ICU_OVER_CAPACITY, OUTLIER,
    SUDDEN_ZERO;

    private final boolean dependsOnReference;

    IssueCode() {
        this(false);
    }

    IssueCode(boolean dependsOnReference) {
        this.dependsOnReference = dependsOnReference;
    }

    /** Whether a rejection for this reason could go away with other reference data or another scope. */
    public boolean dependsOnReference() {
        return dependsOnReference;
    }
}
