package vn.covid.briefing.assessment;

import java.time.LocalDate;

/** The official assessment in force on a report date, as a briefing of that date could know it (methodology.md §0). */
public enum Framework {

    /** Distancing regimes and, once QĐ 3979/3989 were issued, the "kiểm soát được dịch" criteria. */
    CONTROL,
    /** The four levels of NQ 128 / QĐ 4800. */
    QD4800,
    /** The levels of QĐ 218. */
    QD218;

    /** A framework applies from its day once its decision is issued: QĐ 4800 (12/10/2021) is not known on 11/10. */
    public static Framework on(LocalDate reportDate, AssessmentProperties rules) {
        if (!reportDate.isBefore(rules.qd218().from()) && !rules.qd218().issued().isAfter(reportDate)) {
            return QD218;
        }
        if (!reportDate.isBefore(rules.qd4800().from()) && !rules.qd4800().issued().isAfter(reportDate)) {
            return QD4800;
        }
        return CONTROL;
    }

    /** The decision the framework's rules come from, and when it was issued. */
    public String decision(AssessmentProperties rules) {
        return switch (this) {
            case CONTROL -> rules.control().decision();
            case QD4800 -> rules.qd4800().decision();
            case QD218 -> rules.qd218().decision();
        };
    }

    public LocalDate issued(AssessmentProperties rules) {
        return switch (this) {
            case CONTROL -> rules.control().issued();
            case QD4800 -> rules.qd4800().issued();
            case QD218 -> rules.qd218().issued();
        };
    }

    /** The first report date the framework applies to: its start, or later its issue day. */
    public LocalDate appliesFrom(AssessmentProperties rules) {
        LocalDate from = switch (this) {
            case CONTROL -> rules.control().issued();
            case QD4800 -> rules.qd4800().from();
            case QD218 -> rules.qd218().from();
        };
        LocalDate issued = issued(rules);
        return issued.isAfter(from) ? issued : from;
    }
}
