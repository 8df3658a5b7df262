package vn.covid.briefing.reference;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folding of Vietnamese names and headers so that spellings which people consider the same compare
 * equal: "Hòa" and "Hoà" (old and new tone-mark placement), "Phú Thành B" and "PhúThànhB", "Xã Tân Hòa"
 * and "Tân Hoà", "Ca cộng đồng (ca)" and "ca cong dong".
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern UNIT_PREFIX = Pattern.compile(
            "^(thanh pho|thi xa|thi tran|huyen|quan|phuong|xa|tinh|tp|tx|tt)\\b\\.?\\s*");

    private Names() {
    }

    /** NFC, the form every stored and printed Vietnamese text takes. */
    public static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Lower-case ASCII words separated by single spaces; parenthesised remarks dropped. */
    public static String fold(String s) {
        String noRemarks = PARENTHESES.matcher(s).replaceAll(" ");
        String decomposed = Normalizer.normalize(noRemarks, Normalizer.Form.NFD);
        String ascii = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return NON_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The key two unit names are compared by: folded, without the type word, without spaces. */
    public static String unitKey(String name) {
        String folded = fold(name);
        String bare = UNIT_PREFIX.matcher(folded).replaceFirst("");
        return (bare.isEmpty() ? folded : bare).replace(" ", "");
    }
}
