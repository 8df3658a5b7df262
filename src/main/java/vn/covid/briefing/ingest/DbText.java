package vn.covid.briefing.ingest;

/** Text for a VARCHAR column: cut to the column's width, with an ellipsis, so that no value fails an insert. */
final class DbText {

    private DbText() {
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
