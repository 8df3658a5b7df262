package vn.covid.briefing.indicators;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Whether a district's daily report was there for a day of the window, and when it came (DHIS2's
 * "reports on time", anchors.md §1.4).
 *
 * @param arrived when the first accepted file for the day landed (null when missing)
 * @param revision 1 for the first report of the day, +1 per correction; 0 when missing
 */
public record ReportStatus(String districtCode, LocalDate day, Timeliness timeliness, Instant arrived, int revision) {

    public enum Timeliness {
        /** arrived before the deadline (the cut-off plus the grace period) */
        ON_TIME,
        /** arrived after the deadline */
        LATE,
        /**
         * arrived long after the deadline while the system was already watching the inbox: loaded from an
         * archive later, not a late report
         */
        BACKLOADED,
        /**
         * first seen long after the deadline by a system that was not watching the inbox then (history loaded
         * when it started, like the sample): when it reached the office is not known, so it is not judged
         */
        NOT_JUDGED,
        /** no report */
        MISSING
    }

    public boolean missing() {
        return timeliness == Timeliness.MISSING;
    }
}
