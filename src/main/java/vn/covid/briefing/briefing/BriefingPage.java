package vn.covid.briefing.briefing;

import java.util.List;

/**
 * Everything the briefing's pages show, already worded and formatted; the template only lays it out.
 * Figures are referred to by id ({@code chart:<id>}) and travel as PNG bytes beside the page.
 */
public record BriefingPage(Header header, String documentType, String subject, String period, Table keyFigures,
        List<String> cases, List<String> deaths, List<String> testing, List<String> vaccination, String measuresTitle,
        List<String> measures, List<String> assessment, List<String> tasks, List<String> corrections,
        Signature signature, List<String> recipients, Table districtCases, Table districtCare, Table completeness, List<String> flags,
        Table definitions, List<String> provenance, List<String> sourceFiles, String incompleteNote,
        Metadata metadata) {

    public record Header(String superior, String issuer, String party, String number, String placeDate) {
    }

    public record Signature(String onBehalf, String title, String name) {
    }

    /** A table: header cells and rows of cells; a cell's style is a CSS class (level-2, missing, …) or empty. */
    public record Table(List<String> header, List<List<Cell>> rows) {
    }

    public record Cell(String text, String style) {

        static Cell of(String text) {
            return new Cell(text, "");
        }
    }

    /** PDF document information (title, subject, author, keywords). */
    public record Metadata(String title, String subject, String author, String keywords) {
    }
}
