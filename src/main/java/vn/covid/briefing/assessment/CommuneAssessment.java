package vn.covid.briefing.assessment;

/**
 * How each commune of the scope was assessed: on its own data, from its district's (the district reports
 * as one row), or not at all, with the reason; so that every commune is either assessed or named.
 */
public record CommuneAssessment(String unitCode, String districtCode, Basis basis, Reason reason) {

    public enum Basis {
        OWN_DATA, FROM_DISTRICT, NOT_ASSESSED
    }

    public enum Reason {
        /** the district reports as one row: the commune's level is the district's */
        DISTRICT_REPORTS_AS_ONE_ROW,
        /** no report of the commune in the window */
        NO_REPORT,
        /** the reference data has no population for it */
        NO_POPULATION,
        /** no new cases reported in the window (not even zero) */
        NO_CASES_REPORTED,
        /** no coverage: no denominator was known on the report date, or no doses reported */
        NO_COVERAGE
    }
}
