package vn.covid.briefing.briefing.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Place names as the committee writes them in running text: the unit type in lower case ("huyện Châu
 * Thành", "thành phố Sa Đéc"), several units of one type grouped ("các huyện Lai Vung, Lấp Vò"), a
 * commune named with its district ("xã Mỹ Hội (huyện Cao Lãnh)"); and one tone-mark style throughout
 * ("Hòa" or "Hoà", whichever the reference file mostly uses).
 */
public final class PlaceNames {

    private static final List<String> TYPES = List.of("Thành phố", "Thị xã", "Thị trấn", "Huyện", "Quận", "Phường",
            "Xã", "Tỉnh");

    /** Tone mark on the first vowel of a final "oa"/"uy" (Hòa, Thủy) or on the second (Hoà, Thuỷ); never after q. */
    private static final Pattern FIRST = Pattern.compile("(?<![qQ])([òóỏõọÒÓỎÕỌ])a(?!\\p{L})|(?<![qQ])([ùúủũụÙÚỦŨỤ])y(?!\\p{L})");
    private static final Pattern SECOND = Pattern.compile("(?<![qQ])([oO])([àáảãạ])(?!\\p{L})|(?<![qQ])([uU])([ỳýỷỹỵ])(?!\\p{L})");
    private static final String MARKED_FIRST = "òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ";
    private static final String PLAIN_FIRST = "oooooOOOOOuuuuuUUUUU";
    private static final String MARKS_SECOND_A = "àáảãạ";
    private static final String MARKS_SECOND_Y = "ỳýỷỹỵ";

    private final boolean markOnFirst;

    /** @param markOnFirst true for "Hòa", "Thủy"; false for "Hoà", "Thuỷ" */
    public PlaceNames(boolean markOnFirst) {
        this.markOnFirst = markOnFirst;
    }

    /** The style most of these names use (the reference file's): true when "Hòa" outnumbers "Hoà". */
    public static boolean markOnFirstIn(Iterable<String> names) {
        int first = 0;
        int second = 0;
        for (String n : names) {
            first += count(FIRST.matcher(n));
            second += count(SECOND.matcher(n));
        }
        return first >= second;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Any text in the one tone-mark style. */
    public String toneStyle(String text) {
        Matcher m = (markOnFirst ? SECOND : FIRST).matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(markOnFirst ? toFirst(m) : toSecond(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String toFirst(Matcher m) {
        boolean oa = m.group(1) != null;
        char base = (oa ? m.group(1) : m.group(3)).charAt(0);
        char marked = (oa ? m.group(2) : m.group(4)).charAt(0);
        int tone = (oa ? MARKS_SECOND_A : MARKS_SECOND_Y).indexOf(marked);
        String vowels = oa ? (Character.isUpperCase(base) ? "ÒÓỎÕỌ" : "òóỏõọ") : (Character.isUpperCase(base) ? "ÙÚỦŨỤ" : "ùúủũụ");
        return vowels.charAt(tone) + (oa ? "a" : "y");
    }

    private static String toSecond(Matcher m) {
        boolean oa = m.group(1) != null;
        char marked = (oa ? m.group(1) : m.group(2)).charAt(0);
        int i = MARKED_FIRST.indexOf(marked);
        int tone = i % 5;
        return PLAIN_FIRST.charAt(i) + String.valueOf((oa ? MARKS_SECOND_A : MARKS_SECOND_Y).charAt(tone));
    }

    /** "Huyện Châu Thành" → "huyện Châu Thành"; "Phường 4" → "phường 4". */
    public String inText(String unitName) {
        String name = toneStyle(unitName);
        for (String type : TYPES) {
            if (name.startsWith(type + " ")) {
                return type.toLowerCase(Locale.forLanguageTag("vi")) + name.substring(type.length());
            }
        }
        return name;
    }

    /** "xã Mỹ Hội (huyện Cao Lãnh)". */
    public String communeInText(String commune, String district) {
        return inText(commune) + " (" + inText(district) + ")";
    }

    /**
     * Units grouped by type, in the order given: "thành phố Sa Đéc và các huyện Lai Vung, Lấp Vò, Châu
     * Thành"; with {@code and} as the last separator.
     */
    public String grouped(List<String> unitNames, String and) {
        Map<String, List<String>> byType = new LinkedHashMap<>();
        for (String name : unitNames) {
            String n = toneStyle(name);
            String type = TYPES.stream().filter(t -> n.startsWith(t + " ")).findFirst().orElse("");
            byType.computeIfAbsent(type, k -> new ArrayList<>()).add(type.isEmpty() ? n : n.substring(type.length() + 1));
        }
        List<String> groups = new ArrayList<>();
        byType.forEach((type, names) -> {
            String lower = type.toLowerCase(Locale.forLanguageTag("vi"));
            if (type.isEmpty()) {
                groups.addAll(names);
            }
            else if (names.size() == 1) {
                groups.add(lower + " " + names.get(0));
            }
            else {
                groups.add("các " + lower + " " + String.join(", ", names));
            }
        });
        return join(groups, and);
    }

    /** "a, b và c". */
    public static String join(List<String> parts, String and) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + and + " " + parts.get(parts.size() - 1);
    }
}
