package vn.covid.briefing.assessment;

import java.time.LocalDate;

/** The official assessment in force on a report date (methodology.md §0). */
public enum Framework {

    /** Distancing regimes and the "kiểm soát được dịch" criteria of QĐ 3979/3989. */
    CONTROL,
    /** The four levels of NQ 128 / QĐ 4800. */
    QD4800,
    /** The levels of QĐ 218. */
    QD218;

    public static Framework on(LocalDate reportDate, AssessmentProperties rules) {
        if (!reportDate.isAfter(rules.control().until()) && reportDate.isBefore(rules.qd4800().from())) {
            return CONTROL;
        }
        return reportDate.isBefore(rules.qd218().from()) ? QD4800 : QD218;
    }
}
