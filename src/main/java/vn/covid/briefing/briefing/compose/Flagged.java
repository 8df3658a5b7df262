package vn.covid.briefing.briefing.compose;

import java.util.List;

import vn.covid.briefing.indicators.Caveat;
import vn.covid.briefing.indicators.CumulativeBase;
import vn.covid.briefing.indicators.UnitWeek;

/**
 * A figure printed with what the reader must know about it: a coverage above 100 % with a note saying
 * what to check, instead of as fact; a cumulative figure with the day it really counts from.
 */
final class Flagged {

    private Flagged() {
    }

    /** "101,10% (vượt 100%: cần rà soát mẫu số dân số hoặc số mũi tiêm)", or the plain percentage. */
    static String percent(BriefingInputs in, Words w, UnitWeek u, String indicator, Double value, int decimals) {
        String printed = w.percent(value, decimals);
        List<Caveat> caveats = in.week().caveatsOf(u.code()).stream()
            .filter(c -> c.indicator().equals(indicator) && c.kind() == Caveat.Kind.COVERAGE_ABOVE_100).toList();
        return caveats.isEmpty() ? printed : printed + " (" + w.text("caveats.COVERAGE_ABOVE_100") + ")";
    }

    /** A vaccination coverage above 100% (households sampled above 100% are a household figure, not doses). */
    static boolean vaccinationAbove100(BriefingInputs in, UnitWeek u) {
        return in.week().caveatsOf(u.code()).stream().anyMatch(c -> c.kind() == Caveat.Kind.COVERAGE_ABOVE_100
                && !c.indicator().equals("householdCoveragePercent"));
    }

    /** Whether any caveat of this kind stands for the unit. */
    static boolean has(BriefingInputs in, UnitWeek u, Caveat.Kind kind) {
        return in.week().caveatsOf(u.code()).stream().anyMatch(c -> c.kind() == kind);
    }

    /**
     * The day a cumulative figure counts from, worded: "từ ngày 27/4/2021", or, when no opening balance is
     * known, "từ ngày 01/7/2021 (ngày có số liệu đầu tiên)".
     */
    static String since(Words w, UnitWeek u, String item) {
        CumulativeBase base = u.base(item);
        if (base == null || base.countsFrom() == null) {
            return w.text("caveats.since-unknown");
        }
        String day = VietnameseFormat.dayMonthYear(base.countsFrom());
        return base.fromBalance() ? w.phrase("caveats.since", "day", day) : w.phrase("caveats.since-first-data", "day", day);
    }
}
