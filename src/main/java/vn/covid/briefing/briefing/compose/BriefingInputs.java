package vn.covid.briefing.briefing.compose;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.covid.briefing.assessment.AssessmentProperties;
import vn.covid.briefing.assessment.WeekAssessment;
import vn.covid.briefing.briefing.EditionSources;
import vn.covid.briefing.briefing.templates.Notes;
import vn.covid.briefing.indicators.WeekIndicators;
import vn.covid.briefing.indicators.WeekProperties;
import vn.covid.briefing.reference.UnitDirectory;

/**
 * Everything a briefing is made from, gathered before a word is written: the week's figures and their
 * assessment, the settings they were judged by, the office's notes, the edition being made and what it
 * replaces, and the definitions. The sections read this and nothing else.
 *
 * @param figures the figures that can be drawn for this week (no boundaries file: no map)
 * @param units the reference data the week was computed with
 */
public record BriefingInputs(WeekIndicators week, WeekAssessment assessment, WeekProperties settings,
        AssessmentProperties rules, Notes notes, Edition edition, List<Definition> definitions, String zone,
        java.util.Set<String> figures, UnitDirectory units) {

    public LocalDate date() {
        return week.reportDate();
    }

    /** A unit's name from the reference data (communes without data have no week of their own). */
    public String name(String unitCode) {
        return units.unit(unitCode).map(vn.covid.briefing.reference.Unit::name).orElse(unitCode);
    }

    /**
     * The edition being made: its number, the one it replaces (if any), why it is made, the values that
     * changed since that one was issued, and that one's headline figures as printed.
     *
     * @param reasons why this edition exists: DATA, NOTES, SETTINGS, WORDING (empty for a first edition)
     * @param resent every correction of a day of this week's window, whenever it came (the annex lists them)
     */
    public record Edition(int number, Integer previous, Instant previousIssued, List<String> reasons,
            List<EditionSources.Change> changes, Map<String, String> headlineBefore, List<EditionSources.Change> resent,
            String provenanceFile, List<vn.covid.briefing.briefing.edition.Settings.Change> settingsChanged) {

        public boolean first() {
            return previous == null;
        }
    }

    /** A row of templates/definitions.csv: the indicator, how it is computed, what it follows. */
    public record Definition(String key, String name, String text, String source) {
    }
}
