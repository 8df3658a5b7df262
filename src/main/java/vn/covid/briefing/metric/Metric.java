package vn.covid.briefing.metric;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The metric vocabulary every package speaks: what a district reports for a unit and a day. The key
 * is the English header, the database column and the texts' key; the order is the order of the
 * columns in {@code daily_fact} and of a fact's values. How a header is recognised is the ingest's
 * business ({@code ingest.Column}); what a metric means is said in {@code templates/definitions.csv}.
 */
public enum Metric {

    CASES_ARRIVAL("cases_arrival", Kind.FLOW),
    CASES_QUARANTINE("cases_quarantine", Kind.FLOW),
    CASES_LOCKDOWN("cases_lockdown", Kind.FLOW),
    CASES_COMMUNITY("cases_community", Kind.FLOW),
    DEATHS("deaths", Kind.FLOW),
    RECOVERED("recovered", Kind.FLOW),
    UNDER_TREATMENT("under_treatment", Kind.STOCK),
    SEVERE("severe", Kind.STOCK),
    ICU_IN_USE("icu_in_use", Kind.STOCK),
    PCR_TESTS("pcr_tests", Kind.FLOW),
    PCR_POSITIVE("pcr_positive", Kind.FLOW),
    RAPID_TESTS("rapid_tests", Kind.FLOW),
    RAPID_POSITIVE("rapid_positive", Kind.FLOW),
    HOUSEHOLDS_SAMPLED("households_sampled", Kind.FLOW),
    DOSE1("dose1", Kind.DOSES),
    DOSE2("dose2", Kind.DOSES),
    BOOSTER("booster", Kind.DOSES),
    NEW_CLUSTERS("new_clusters", Kind.FLOW),
    /** new cases whose source is not yet known ("chưa rõ nguồn lây / đang điều tra"): a case, never a community case */
    CASES_UNCLASSIFIED("cases_unclassified", Kind.FLOW),
    /** ICU beds available in the unit's facilities on the day ("giường ICU hiện có"), where a district sends it */
    ICU_BEDS("icu_beds", Kind.STOCK),
    /** households sampled for the first time that day, so that a cumulative share counts each household once */
    HOUSEHOLDS_FIRST_SAMPLED("households_first_sampled", Kind.FLOW),
    /** doses given to people aged 12 to 17 (the other dose metrics count people aged 18 and over) */
    DOSE1_12_17("dose1_12_17", Kind.DOSES),
    DOSE2_12_17("dose2_12_17", Kind.DOSES),
    /** F0 patients treated at home ("F0 điều trị tại nhà") on the day */
    HOME_TREATMENT("home_treatment", Kind.STOCK),
    /** patients on oxygen or ventilatory support on the day (QĐ 218's criterion 1b) */
    OXYGEN("oxygen", Kind.STOCK);

    /** How a metric adds up over days: flows are counted from the wave start, doses from the first data. */
    public enum Kind {
        /** new in the day (cases, deaths, tests): summed over a window, cumulative from the wave start */
        FLOW,
        /** a level on the day (patients under treatment, ICU beds in use): the latest value counts */
        STOCK,
        /** vaccine doses given in the day: cumulative from the first data (a campaign is not a wave) */
        DOSES
    }

    /** Every metric, in storage order. */
    public static final List<Metric> ALL = List.of(values());

    /**
     * The places a new case is found, the Đồng Tháp way, and the cases not yet classified; their sum is the
     * day's new cases. Only {@link #CASES_COMMUNITY} is a community case.
     */
    public static final List<Metric> CASE_SOURCES = List.of(CASES_ARRIVAL, CASES_QUARANTINE, CASES_LOCKDOWN,
            CASES_COMMUNITY, CASES_UNCLASSIFIED);

    private final String key;
    private final Kind kind;

    Metric(String key, Kind kind) {
        this.key = key;
        this.kind = kind;
    }

    /** The English header, the database column and the key of the metric's words in texts.yml. */
    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isDose() {
        return kind == Kind.DOSES;
    }

    /** The metric columns of the fact tables, in storage order, for SQL. */
    public static String sqlColumns() {
        return Arrays.stream(values()).map(Metric::key).collect(Collectors.joining(", "));
    }

    /** The same columns with a prefix (a table alias or an aggregate), e.g. {@code "SUM(", ")"}. */
    public static String sqlColumns(String before, String after) {
        return Arrays.stream(values()).map(m -> before + m.key + after).collect(Collectors.joining(", "));
    }
}
