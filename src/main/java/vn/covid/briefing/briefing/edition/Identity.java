package vn.covid.briefing.briefing.edition;

import java.util.ArrayList;
import java.util.List;

/**
 * What an edition is made of. Its content is the data revision (which file is current for every
 * district-day up to the report date, and the reference data), the settings it was judged by, and the
 * office's notes: a change of any of these issues the next edition. Its wording (the texts in force on
 * the report date, the layout) is recorded too, but a change of wording alone never re-issues a week
 * that already has an edition, so that past weeks keep their signer and number; only an explicit
 * {@code rerun --reissue-wording} does.
 */
public record Identity(String dataRevision, String settings, String notes, String wording) {

    public static final String DATA = "DATA";
    public static final String SETTINGS = "SETTINGS";
    public static final String NOTES = "NOTES";
    public static final String WORDING = "WORDING";

    /** Made of the same content (wording aside). */
    public boolean sameContent(Identity other) {
        return dataRevision.equals(other.dataRevision) && java.util.Objects.equals(settings, other.settings)
                && java.util.Objects.equals(notes, other.notes);
    }

    public Identity withSettings(String other) {
        return new Identity(dataRevision, other, notes, wording);
    }

    /** Why an edition made of this differs from one made of {@code earlier}: DATA, SETTINGS, NOTES, WORDING. */
    public List<String> reasonsSince(Identity earlier) {
        List<String> reasons = new ArrayList<>();
        if (!dataRevision.equals(earlier.dataRevision)) {
            reasons.add(DATA);
        }
        if (!java.util.Objects.equals(settings, earlier.settings)) {
            reasons.add(SETTINGS);
        }
        if (!java.util.Objects.equals(notes, earlier.notes)) {
            reasons.add(NOTES);
        }
        if (reasons.isEmpty() && !java.util.Objects.equals(wording, earlier.wording)) {
            reasons.add(WORDING);
        }
        return reasons;
    }
}
