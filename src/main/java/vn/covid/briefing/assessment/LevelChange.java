package vn.covid.briefing.assessment;

/** A unit whose computed level is not last week's (judged on last week's data by this week's rules). */
public record LevelChange(String unitCode, int from, int to) {

    public boolean rose() {
        return to > from;
    }
}
