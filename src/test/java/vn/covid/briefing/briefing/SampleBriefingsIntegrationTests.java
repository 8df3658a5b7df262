package vn.covid.briefing.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import vn.covid.briefing.briefing.compose.Words;
import vn.covid.briefing.support.Database;
import vn.covid.briefing.support.Poppler;
import vn.covid.briefing.support.SampleDatabase;

/**
 * Every briefing of the sample, read through poppler as a committee member's viewer shows it: no page
 * holds only the signature; nothing is split that must stay on one line (a unit, a date, a document
 * number); the body speaks Vietnamese; the annex is at 10 pt or more; "Nơi nhận" is not italic; no page
 * leaves a blank of more than 40 mm before a figure; nothing stands in a margin; every figure is
 * numbered and has its source; and the key figures' differences agree with the figures printed beside them.
 */
class SampleBriefingsIntegrationTests {

    private static final double TOP = 56.7;
    private static final double BOTTOM = 841.89 - 56.7;
    private static final double LEFT = 85.0;
    private static final double RIGHT = 595.28 - 42.5;
    private static final LocalDate FIRST = LocalDate.of(2021, 7, 5);
    private static final double MAX_BLANK = 40 * 72 / 25.4;
    /** Words of other languages the committee's own documents use. */
    private static final Set<String> FOREIGN = Set.of("covid", "icu", "rt", "pcr", "ct", "ttg", "qđ", "byt", "bcđqg", "cp",
            "nq", "tb", "tu", "bc", "bcsđ", "ubnd", "tp", "hfnc", "ecmo", "sars", "cov", "oxy", "vắc", "xin", "test",
            "hc");
    /** A Vietnamese syllable written without a tone mark (e.g. "ca", "tin", "thanh", "nghiem"). */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?(oai|oay|uay|uya|uye|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|"
                    + "oo|ua|ue|ui|uo|uu|uy|ye|a|e|i|o|u|y)(ch|ng|nh|[cmnpt])?");

    @TempDir
    static Path output;

    static ConfigurableApplicationContext context;
    static Map<LocalDate, Path> pdfs = new LinkedHashMap<>();

    @BeforeAll
    static void issueEveryWeek() {
        context = SampleDatabase.context(SampleDatabase.fresh(Database.H2), "--briefing.output=" + output);
        Briefings briefings = context.getBean(Briefings.class);
        for (LocalDate d = FIRST; !d.isAfter(LocalDate.of(2022, 2, 7)); d = d.plusWeeks(1)) {
            pdfs.put(d, briefings.issue(d, false).pdf());
        }
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void everyBriefingIsLaidOutAsTheCommitteeReadsIt() {
        SoftAssertions soft = new SoftAssertions();
        pdfs.forEach((date, pdf) -> check(soft, date.toString(), Poppler.lines(pdf)));
        soft.assertAll();
    }

    private static void check(SoftAssertions soft, String date, List<Poppler.Line> lines) {
        List<Poppler.Line> body = lines.stream().filter(l -> !(l.top() < TOP && l.text().matches("\\d+"))).toList();
        int annex = body.stream().filter(l -> l.text().equals("PHỤ LỤC")).mapToInt(Poppler.Line::page).findFirst()
            .orElse(Integer.MAX_VALUE);
        soft.assertThat(annex).as(date + ": the annex").isLessThan(Integer.MAX_VALUE);
        for (Poppler.Line l : body) {
            soft.assertThat(l.left()).as(date + " p" + l.page() + " left margin: " + l.text()).isGreaterThanOrEqualTo(LEFT - 1);
            soft.assertThat(l.left() + l.width()).as(date + " p" + l.page() + " right margin: " + l.text())
                .isLessThanOrEqualTo(RIGHT + 1);
            soft.assertThat(l.top()).as(date + " p" + l.page() + " top margin: " + l.text()).isGreaterThanOrEqualTo(TOP - 1);
            soft.assertThat(l.bottom()).as(date + " p" + l.page() + " bottom margin: " + l.text())
                .isLessThanOrEqualTo(BOTTOM + 1);
            if (l.page() >= annex) {
                soft.assertThat(l.size()).as(date + " p" + l.page() + " annex type size: " + l.text())
                    .isGreaterThanOrEqualTo(10);
            }
            else {
                // abbreviations the committee writes: b/c, T/M, F0; section numerals and short capitals (VX, B)
                for (String word : l.text().replace("b/c", "").replace("T/M", "").split("[^\\p{L}]+")) {
                    String w = word.toLowerCase(java.util.Locale.ROOT);
                    boolean abbreviation = word.matches("[A-Z]{1,3}") && !word.matches("[A-Z]{3}") || word.matches("[IVX]+");
                    if (!w.isEmpty() && w.matches("[a-z]+") && !FOREIGN.contains(w) && !abbreviation) {
                        soft.assertThat(SYLLABLE.matcher(w).matches()).as(date + " p" + l.page() + ": '" + word
                                + "' is not Vietnamese, in: " + l.text()).isTrue();
                    }
                }
            }
            if (l.text().startsWith("Nơi nhận")) {
                soft.assertThat(l.italic()).as(date + ": 'Nơi nhận' is underlined, not italic").isFalse();
            }
        }
        for (int i = 0; i + 1 < body.size(); i++) {
            String end = body.get(i).text().strip();
            String next = body.get(i + 1).text().strip();
            boolean split = next.startsWith("/") || end.endsWith("/") || end.matches(".*[\\p{L}\\d]-$");
            soft.assertThat(split).as(date + ": split over two lines: '" + end + "' / '" + next + "'").isFalse();
        }
        int closing = body.stream().filter(l -> l.text().startsWith("Nơi nhận")).mapToInt(Poppler.Line::page).findFirst()
            .orElse(-1);
        double closingTop = body.stream().filter(l -> l.text().startsWith("Nơi nhận")).mapToDouble(Poppler.Line::top)
            .findFirst().orElse(0);
        soft.assertThat(body.stream().anyMatch(l -> l.page() == closing && l.bottom() < closingTop - 1))
            .as(date + ": the signature takes the body's last paragraph with it").isTrue();
        checkFigures(soft, date, body);
        checkKeyFigures(soft, date, body);
        checkTables(soft, date, body, annex);
    }

    /**
     * The annex's tables by district (a dozen rows: each fits on a page) are never split over two pages,
     * and a table that goes on over the next page starts that page with its header row again.
     */
    private static final String SOURCES = "\\d+\\. Nguồn và phiên bản.*";

    private static void checkTables(SoftAssertions soft, String date, List<Poppler.Line> body, int annex) {
        int tables = 0;
        for (int i = 0; i < body.size(); i++) {
            Poppler.Line caption = body.get(i);
            if (caption.page() < annex || !caption.text().matches("^Bảng \\d+\\..*")) {
                continue;
            }
            Poppler.Line total = body.subList(i, body.size()).stream().filter(l -> l.text().equalsIgnoreCase("Toàn tỉnh"))
                .findFirst()
                .orElse(null);
            if (total != null && body.subList(i + 1, body.indexOf(total)).stream().noneMatch(l -> l.text().startsWith("Bảng "))) {
                soft.assertThat(total.page()).as(date + ": " + caption.text() + " on one page").isEqualTo(caption.page());
                tables++;
            }
        }
        soft.assertThat(tables).as(date + ": the annex's tables by district").isGreaterThanOrEqualTo(3);
        int definitions = body.stream().filter(l -> l.page() >= annex && l.text().matches("\\d+\\. Định nghĩa.*"))
            .mapToInt(Poppler.Line::page).findFirst().orElse(-1);
        int sources = body.stream().filter(l -> l.page() >= annex && l.text().matches(SOURCES))
            .mapToInt(Poppler.Line::page).findFirst().orElse(-1);
        soft.assertThat(definitions).as(date + ": the definitions").isPositive();
        for (int page = definitions + 1; page <= sources; page++) {
            int p = page;
            String first = body.stream().filter(l -> l.page() == p).findFirst().map(Poppler.Line::text).orElse("");
            if (!first.matches(SOURCES)) { // the table may end at the foot of the page before
                soft.assertThat(first).as(date + " p" + page + ": the definitions go on under their header row")
                    .isEqualTo("Chỉ số");
            }
        }
    }

    /** Figures numbered in order, each with its source; none after a blank of more than 40 mm. */
    private static void checkFigures(SoftAssertions soft, String date, List<Poppler.Line> body) {
        int expected = 1;
        for (int i = 0; i < body.size(); i++) {
            Matcher m = Pattern.compile("^Hình (\\d+)\\.").matcher(body.get(i).text());
            if (!m.find()) {
                continue;
            }
            Poppler.Line caption = body.get(i);
            soft.assertThat(Integer.parseInt(m.group(1))).as(date + ": figures numbered in order").isEqualTo(expected++);
            soft.assertThat(body.subList(i + 1, Math.min(body.size(), i + 4))).as(date + ": figure " + m.group(1) + "'s source")
                .anyMatch(l -> l.text().startsWith("Nguồn:"));
            boolean firstOnPage = body.stream().noneMatch(l -> l.page() == caption.page() && l.top() < caption.top());
            if (firstOnPage && caption.page() > 1) {
                double lastBefore = body.stream().filter(l -> l.page() == caption.page() - 1).mapToDouble(Poppler.Line::bottom)
                    .max().orElse(TOP);
                soft.assertThat(BOTTOM - lastBefore).as(date + ": blank before figure " + m.group(1) + " (pt)")
                    .isLessThanOrEqualTo(MAX_BLANK);
            }
        }
    }

    /** The key figures: this week, last week, and a change that is their printed difference. */
    private static void checkKeyFigures(SoftAssertions soft, String date, List<Poppler.Line> body) {
        Map<Double, List<Poppler.Line>> rows = new LinkedHashMap<>();
        boolean in = false;
        for (Poppler.Line l : body.stream().filter(l -> l.page() == 1).toList()) {
            in |= l.text().equals("Chỉ số");
            if (l.text().startsWith("Ghi chú")) {
                break;
            }
            if (in) {
                rows.computeIfAbsent(Math.rint(l.top()), k -> new ArrayList<>()).add(l);
            }
        }
        int checked = 0;
        for (List<Poppler.Line> row : rows.values()) {
            List<String> cells = row.stream().sorted(java.util.Comparator.comparing(Poppler.Line::left)).map(Poppler.Line::text)
                .toList();
            if (cells.size() != 4 || cells.get(1).equals("–") || cells.get(2).equals("–") || cells.get(0).equals("Chỉ số")) {
                continue;
            }
            String now = cells.get(1).replace("%", "");
            String before = cells.get(2).replace("%", "");
            String change = cells.get(3);
            if (now.contains(",") || before.contains(",")) {
                int decimals = Math.max(now.length() - now.indexOf(',') - 1, before.length() - before.indexOf(',') - 1);
                double d = Words.printedDifference(number(now), number(before), decimals);
                soft.assertThat(number(leadingNumber(change))).as(date + ": " + cells).isEqualTo(d);
            }
            else {
                long d = (long) number(now) - (long) number(before);
                soft.assertThat((long) number(leadingNumber(change))).as(date + ": " + cells).isEqualTo(d);
                Matcher pct = Pattern.compile("\\(([+−]?[\\d.,]+)%\\)").matcher(change);
                if (pct.find()) {
                    double expected = java.math.BigDecimal.valueOf(d * 100.0 / number(before))
                        .setScale(1, java.math.RoundingMode.HALF_UP).doubleValue();
                    soft.assertThat(number(pct.group(1))).as(date + ": percentage of " + cells).isEqualTo(expected);
                }
            }
            checked++;
        }
        // the first week of data has no week before it to compare with
        soft.assertThat(checked).as(date + ": key figures rows checked").isGreaterThanOrEqualTo(
                date.equals(FIRST.toString()) ? 0 : 4);
    }

    /** "+0,69 điểm phần trăm" → "+0,69"; "+143 (+57,7%)" → "+143", whatever space poppler gives. */
    private static String leadingNumber(String printed) {
        return printed.strip().replaceAll("[^\\d.,+−-].*", "");
    }

    private static double number(String printed) {
        return Double.parseDouble(printed.strip().replace("−", "-").replace("+", "").replace(".", "").replace(",", "."));
    }
}
