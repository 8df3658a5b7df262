package vn.covid.briefing.reference;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Folding of Vietnamese names and headers so that spellings which people consider the same compare
 * equal: "Hòa" and "Hoà" (old and new tone-mark placement), "Phú Thành B" and "PhúThànhB", "Xã Tân Hòa"
 * and "Tân Hoà", "Ca cộng đồng (ca)" and "ca cong dong".
 */
public final class Names {

    private static final Pattern UNIT_PREFIX = Pattern.compile(
            "^(thanh pho|thi xa|thi tran|huyen|quan|phuong|xa|tinh|tp|tx|tt)\\b\\.?\\s*");

    private Names() {
    }

    /** NFC, the form every stored and printed Vietnamese text takes. */
    public static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /**
     * Lower-case ASCII words separated by single spaces; parenthesised remarks dropped. Written out by
     * hand rather than with regular expressions: it runs several times for every row ingested.
     */
    public static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        int depth = 0;
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == '(') {
                depth++;
                space = true;
                continue;
            }
            if (c == ')' && depth > 0) {
                depth--;
                continue;
            }
            if (depth > 0 || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            char a = c == 'đ' || c == 'Đ' ? 'd' : c;
            if (a >= 'A' && a <= 'Z') {
                a = (char) (a + ('a' - 'A'));
            }
            if ((a >= 'a' && a <= 'z') || (a >= '0' && a <= '9')) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(a);
                space = false;
            }
            else {
                space = true;
            }
        }
        return out.toString();
    }

    /** The key two unit names are compared by: folded, without the type word, without spaces. */
    public static String unitKey(String name) {
        return UNIT_KEYS.get(name);
    }

    /**
     * Unit keys already folded, by name: every profile of a run loads the country's 11,000 units, and every
     * report names its communes again (folding them was about 8 % of the CPU of a many-profile night with
     * nothing to load). Bounded: names come from reports too, and a flood of odd ones must not grow the memory.
     */
    private static final org.springframework.util.ConcurrentLruCache<String, String> UNIT_KEYS =
            new org.springframework.util.ConcurrentLruCache<>(100_000, Names::unitKeyOf);

    private static String unitKeyOf(String name) {
        String folded = fold(name);
        String bare = UNIT_PREFIX.matcher(folded).replaceFirst("");
        return (bare.isEmpty() ? folded : bare).replace(" ", "");
    }
}
