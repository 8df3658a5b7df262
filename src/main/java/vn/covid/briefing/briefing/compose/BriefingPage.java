package vn.covid.briefing.briefing.compose;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Everything the briefing's pages show, already worded and formatted, as the committee's document
 * runs: the header, the title, the notices under it, the body as a sequence of blocks (section
 * headings, paragraphs, items, tables, figures), the closing, and the annex. The template only lays
 * it out; it holds no wording and computes nothing.
 */
public record BriefingPage(Header header, Title title, List<String> notices, List<Block> body, Closing closing,
        List<Block> annex, Metadata metadata) {

    /** The same page with every text passed through {@code f} (one spelling and sign convention throughout). */
    public BriefingPage mapText(UnaryOperator<String> f) {
        return new BriefingPage(new Header(f.apply(header.superior()), f.apply(header.issuer()), f.apply(header.party()),
                f.apply(header.number()), f.apply(header.placeDate())),
                new Title(f.apply(title.documentType()), title.subject().stream().map(f).toList(), f.apply(title.period())),
                notices.stream().map(f).toList(), map(body, f),
                new Closing(map(closing.keptWith(), f), f.apply(closing.recipientsTitle()),
                        closing.recipients().stream().map(f).toList(), new Signature(f.apply(closing.signature().onBehalf()),
                                f.apply(closing.signature().title()), f.apply(closing.signature().name()))),
                map(annex, f), new Metadata(f.apply(metadata.title()), f.apply(metadata.subject()),
                        f.apply(metadata.author()), f.apply(metadata.keywords())));
    }

    /** Blocks with every text passed through {@code f} (the page's and the section tests' one way to finish them). */
    static List<Block> map(List<Block> blocks, UnaryOperator<String> f) {
        return blocks.stream().map(b -> switch (b) {
            case Heading h -> (Block) new Heading(h.level(), f.apply(h.text()));
            case Paragraph p -> new Paragraph(f.apply(p.text()), p.style());
            case Table t -> new Table(f.apply(t.caption()), t.header().stream().map(f).toList(), t.rows().stream()
                .map(r -> r.stream().map(c -> new Cell(f.apply(c.text()), c.style())).toList()).toList(), t.style());
            case Figure g -> new Figure(g.id(), f.apply(g.caption()), f.apply(g.source()), f.apply(g.alt()), g.style(),
                    g.widthMm());
        }).toList();
    }

    public record Header(String superior, String issuer, String party, String number, String placeDate) {
    }

    /** "BÁO CÁO", the subject (one or more lines) and the period line. */
    public record Title(String documentType, List<String> subject, String period) {
    }

    /**
     * The recipients and the signature, laid out side by side, with the body's last blocks kept on the
     * same page (a signature never stands alone on a page).
     */
    public record Closing(List<Block> keptWith, String recipientsTitle, List<String> recipients, Signature signature) {
    }

    public record Signature(String onBehalf, String title, String name) {
    }

    /** PDF document information (title, subject, author, keywords). */
    public record Metadata(String title, String subject, String author, String keywords) {
    }

    /** One block of the body or the annex; {@code kind} tells the template how to lay it out. */
    public sealed interface Block permits Heading, Paragraph, Table, Figure {

        String kind();
    }

    /** A section heading: level 1 "I- TÌNH HÌNH DỊCH BỆNH", level 2 "1. Ca mắc mới", level 3 "a) …". */
    public record Heading(int level, String text) implements Block {

        @Override
        public String kind() {
            return "h" + level;
        }
    }

    /** A paragraph, or an item ("- …"), or a note (smaller, italic). */
    public record Paragraph(String text, String style) implements Block {

        public static Paragraph of(String text) {
            return new Paragraph(text, "");
        }

        public static Paragraph item(String text) {
            return new Paragraph("- " + text, "item");
        }

        public static Paragraph note(String text) {
            return new Paragraph(text, "note");
        }

        @Override
        public String kind() {
            return "p";
        }
    }

    /** A table: a caption, header cells and rows of cells; a cell's style is a CSS class or empty. */
    public record Table(String caption, List<String> header, List<List<Cell>> rows, String style) implements Block {

        @Override
        public String kind() {
            return "table";
        }
    }

    public record Cell(String text, String style) {

        public static Cell of(String text) {
            return new Cell(text, "");
        }
    }

    /**
     * A figure: the drawing's id (the figures travel beside the page), its numbered caption, the source
     * line, and what the shading means.
     */
    public record Figure(String id, String caption, String source, String alt, String style, double widthMm)
            implements Block {

        /** The width as CSS gives it, e.g. "width: 165.0mm". */
        public String css() {
            return String.format(java.util.Locale.ROOT, "width: %.1fmm", widthMm);
        }

        @Override
        public String kind() {
            return "figure";
        }
    }
}
