package vn.covid.briefing.briefing.compose;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.covid.briefing.briefing.templates.BriefingTexts;

/**
 * The wording of one briefing: the texts in force on its date, and the few rules every section follows
 * when it puts a number into words. Missing data is "không có số liệu", never a dash in running text;
 * a change is said in words ("tăng 68 ca"), with a percentage only when the base is large enough to
 * make one meaningful; a change of a rate is in "điểm phần trăm" and is the difference of the two
 * values as printed; a document is cited in full (number, date, issuer) the first time, briefly after.
 */
public final class Words {

    /** A non-breaking space: a number stays on the line of its unit. */
    public static final String NBSP = "\u00A0";

    /** The one minus sign of the document. */
    public static final String MINUS = "\u2212";

    private final BriefingTexts texts;
    private final PlaceNames places;
    private final int percentMinBase;
    private final Set<String> cited = new HashSet<>();
    private int figures;

    public Words(BriefingTexts texts, PlaceNames places) {
        this.texts = texts;
        this.places = places;
        this.percentMinBase = Integer.parseInt(texts.text("wording.percent-min-base"));
    }

    public BriefingTexts texts() {
        return texts;
    }

    public PlaceNames places() {
        return places;
    }

    public String text(String key) {
        return texts.text(key);
    }

    public List<String> list(String key) {
        return texts.list(key);
    }

    public String phrase(String key, Object... namesAndValues) {
        return texts.phrase(key, namesAndValues);
    }

    public String noData() {
        return texts.text("words.no-data");
    }

    /** "1.234", or "không có số liệu". */
    public String number(Long n) {
        return n == null ? noData() : VietnameseFormat.number(n).replace("-", MINUS);
    }

    /** "1.234 ca" (the unit from texts {@code units.<unit>}), kept on one line; or "không có số liệu". */
    public String count(Long n, String unit) {
        return n == null ? noData() : number(n) + NBSP + texts.text("units." + unit);
    }

    /** As {@link #count}, but a zero said in words ("không có"), as the committee writes "ca nặng: không có". */
    public String countOrNone(Long n, String unit) {
        return n != null && n == 0 ? texts.text("words.none") : count(n, unit);
    }

    /** "45,80%", or "không có số liệu". */
    public String percent(Double value, int decimals) {
        return value == null ? noData() : VietnameseFormat.percent(value, decimals).replace("-", MINUS);
    }

    /** "4,8", or "không có số liệu". */
    public String decimal(Double value, int decimals) {
        return value == null ? noData() : VietnameseFormat.decimal(value, decimals).replace("-", MINUS);
    }

    /**
     * "tăng 68 ca", "giảm 316 ca (45,8%)", "không thay đổi", or "không có số liệu": the percentage only
     * when the earlier count is at least {@code wording.percent-min-base}.
     */
    public String change(Long now, Long before, String unit) {
        if (now == null || before == null) {
            return noData();
        }
        long d = now - before;
        if (d == 0) {
            return texts.text("words.same");
        }
        String direction = texts.text(d > 0 ? "words.rise" : "words.fall");
        String amount = count(Math.abs(d), unit);
        if (before < percentMinBase) {
            return direction + " " + amount;
        }
        return direction + " " + amount + " (" + VietnameseFormat.percent(Math.abs(d) * 100.0 / before, 1) + ")";
    }

    /** Whether a change of this count against that one may be given as a percentage. */
    public boolean percentMeaningful(Long before) {
        return before != null && before >= percentMinBase;
    }

    /**
     * "tăng 4,65 điểm phần trăm": the difference of the two rates as printed with {@code decimals}, so
     * that it always agrees with the two printed values.
     */
    public String pointsChange(Double now, Double before, int decimals) {
        if (now == null || before == null) {
            return noData();
        }
        double d = printedDifference(now, before, decimals);
        if (d == 0) {
            return texts.text("words.same");
        }
        return texts.text(d > 0 ? "words.rise" : "words.fall") + " " + VietnameseFormat.decimal(Math.abs(d), decimals)
                + NBSP + texts.text("units.points");
    }

    /** The text with its first letter in upper case (Vietnamese rules), for a sentence that starts with a filled-in part. */
    public static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.forLanguageTag("vi")) + text.substring(1);
    }

    /** The difference of two values rounded as printed. */
    public static double printedDifference(double now, double before, int decimals) {
        java.math.BigDecimal a = java.math.BigDecimal.valueOf(now).setScale(decimals, java.math.RoundingMode.HALF_UP);
        java.math.BigDecimal b = java.math.BigDecimal.valueOf(before).setScale(decimals, java.math.RoundingMode.HALF_UP);
        return a.subtract(b).doubleValue();
    }

    /** "+68", "−316", "0": a signed count for tables. */
    public static String signed(Long value) {
        return value == null ? "–" : value > 0 ? "+" + VietnameseFormat.number(value)
                : VietnameseFormat.number(value).replace("-", MINUS);
    }

    /** "+4,65", "−0,10": a signed difference of two printed rates, for tables. */
    public static String signedPoints(Double now, Double before, int decimals) {
        if (now == null || before == null) {
            return "–";
        }
        double d = printedDifference(now, before, decimals);
        String s = VietnameseFormat.decimal(Math.abs(d), decimals);
        return d > 0 ? "+" + s : d < 0 ? MINUS + s : s;
    }

    /**
     * A document cited as the committee cites it: in full the first time in this briefing ("Chỉ thị số
     * 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ"), by kind and number after ("Chỉ thị số 16/CT-TTg").
     * Known documents are listed in texts.yml {@code documents}.
     */
    public String cite(String document) {
        String key = "documents." + document;
        Map<String, String> d = texts.map(key);
        if (d.isEmpty()) {
            return document;
        }
        return cite(document, d.get("kind"), d.get("number"), d.get("date"), d.get("issuer"));
    }

    /** A document given by its parts (a province's own decision from the decisions input). */
    public String cite(String id, String kind, String number, String date, String issuer) {
        String brief = texts.phrase("documents-form.brief", "kind", kind, "number", number);
        if (!cited.add(id)) {
            return brief;
        }
        if (date == null || date.isBlank()) {
            return texts.phrase("documents-form.full-undated", "kind", kind, "number", number, "issuer", issuer);
        }
        return texts.phrase("documents-form.full", "kind", kind, "number", number, "date", date, "issuer", issuer);
    }

    /**
     * The next figure, numbered in order of appearance ("Hình 2. Tử vong theo ngày"), with its source
     * line and, for the daily charts, what the shaded days are.
     *
     * @param shading the report week's days, or null when the figure shades nothing
     */
    public BriefingPage.Figure figure(String id, String title, String shading) {
        return figure(id, title, shading, "figures.source");
    }

    /**
     * The units named in running text, grouped by type ("các huyện A, B và thành phố C"); when they are every
     * district of the scope, "các huyện, thành phố" (the committee does not list them all).
     */
    public String districtsOrAll(List<String> names, int all) {
        return names.size() == all && all > 1 ? texts.text("words.all-districts")
                : places.grouped(names, texts.text("words.and"));
    }

    /** As {@link #figure(String, String, String)}, with a source line of its own (the map's is not the reports'). */
    public BriefingPage.Figure figure(String id, String title, String shading, String sourceKey) {
        figures++;
        String source = texts.text(sourceKey) + (shading == null ? "" : " " + shading);
        return new BriefingPage.Figure(id, texts.phrase("figures.caption", "number", figures, "title", title), source,
                texts.text("charts." + id + "-alt"), id.equals("map") ? "map" : "", id.equals("map") ? 155 : 165);
    }

    /**
     * A decision of the province's, as recorded in the decisions input: "Quyết định số 1401/QĐ-UBND-HC ngày
     * 14/9/2021 của UBND tỉnh Đồng Tháp" the first time; when the sources give no number, "chỉ đạo ngày
     * 24/8/2021 của Chủ tịch UBND tỉnh Đồng Tháp".
     */
    public String cite(vn.covid.briefing.reference.Decision d) {
        String date = VietnameseFormat.dayMonthYear(d.issued());
        if (d.number() == null || d.number().isBlank()) {
            return texts.phrase(d.kind() == vn.covid.briefing.reference.Decision.Kind.REGIME ? "documents-form.unnumbered"
                    : "documents-form.unnumbered-level", "date", date, "issuer", d.authority());
        }
        String kind = texts.map("documents-form.kinds").entrySet().stream()
            .filter(e -> d.number().contains(e.getKey())).map(Map.Entry::getValue).findFirst()
            .orElse(texts.text("documents-form.kind-other"));
        return cite(d.id(), kind, d.number(), date, d.authority());
    }

    /** Whether the document was cited before in this briefing. */
    public boolean cited(String id) {
        return cited.contains(id);
    }
}
