package vn.covid.briefing.reference;

import java.time.LocalDate;

/**
 * One line of a decision (input/reference/decisions.csv): what it decided for one unit, and when it was
 * issued and in force. A briefing dated D knows only the decisions issued on or before D.
 *
 * @param id groups the lines of one decision (the office's own key, e.g. {@code QD-1928-2021})
 * @param number the decision's number as written ("1928/QĐ-UBND-HC"); null when the sources do not give it
 * @param issued the day it was issued or, where only that is known, first published (the note says which)
 * @param inForceUntil the last day in force; null until it is replaced
 * @param value a regime code (CT16, CT15+, CT15) or a level (1–4); null when the decision's content is not
 *        known (then it stands for the unit and every unit under it)
 * @param counted for {@link Kind#LEVEL_COUNT}: the level of the units counted (communes, districts)
 * @param count for {@link Kind#LEVEL_COUNT}: how many of them, unnamed, are at {@code value}, of {@code of}
 */
public record Decision(String id, Kind kind, String number, String authority, LocalDate issued, LocalDate inForceFrom,
        LocalDate inForceUntil, String unitCode, String value, Unit.Level counted, Integer count, Integer of,
        String source, String note) {

    public enum Kind {
        /** a distancing regime for the unit (and the units under it) */
        REGIME,
        /** the epidemic level of the unit */
        LEVEL,
        /** "n of m communes (or districts) of the unit at level L", without naming them */
        LEVEL_COUNT
    }

    /** Whether a briefing dated {@code day} can know it. */
    public boolean knownOn(LocalDate day) {
        return !issued.isAfter(day);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(inForceFrom) && (inForceUntil == null || !day.isAfter(inForceUntil));
    }

    /** The level decided, or null (not a level, or the content is not known). */
    public Integer level() {
        return kind != Kind.REGIME && value != null ? Integer.valueOf(value) : null;
    }

    public boolean contentKnown() {
        return value != null;
    }
}
