package vn.covid.briefing.briefing.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.covid.briefing.system.Checksums;

/**
 * Replaces what OpenPDF draws at random (document ID, font subset tags) with values derived from the content.
 * Works on the bytes in place (every replacement has the length of what it replaces, so no offset moves):
 * the same scans done with regular expressions over the PDF as text cost a few per cent of a re-run.
 */
final class Reproducible {

    private static final byte[] ID = "/ID".getBytes(StandardCharsets.ISO_8859_1);

    private Reproducible() {
    }

    static byte[] pin(byte[] pdf) {
        byte[] out = pdf.clone();
        // font subset tags: six capitals and '+', e.g. /BaseFont/QWERTY+LiberationSerif; renamed in order of
        // appearance, each wherever it is followed by '+'
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 7; i < out.length; i++) {
            if (out[i] == '+' && out[i - 7] == '/' && capitals(out, i - 6, i)) {
                tags.computeIfAbsent(new String(out, i - 6, 6, StandardCharsets.ISO_8859_1), k -> subsetTag(tags.size()));
            }
        }
        for (var e : tags.entrySet()) {
            replaceAll(out, (e.getKey() + "+").getBytes(StandardCharsets.ISO_8859_1),
                    (e.getValue() + "+").getBytes(StandardCharsets.ISO_8859_1));
        }
        // the trailer's /ID [<hex><hex>]: both strings become the checksum of the file with them zeroed
        List<int[]> ids = idStrings(out);
        if (ids.isEmpty()) {
            return out;
        }
        for (int[] span : ids) {
            java.util.Arrays.fill(out, span[0], span[1], (byte) '0');
        }
        String digest = Checksums.sha256(out);
        for (int[] span : ids) {
            for (int i = span[0]; i < span[1]; i++) {
                int d = i - span[0];
                out[i] = (byte) (d < digest.length() ? digest.charAt(d) : '0');
            }
        }
        return out;
    }

    private static boolean capitals(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] < 'A' || b[i] > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static void replaceAll(byte[] b, byte[] what, byte[] with) {
        for (int i = 0; i + what.length <= b.length; i++) {
            if (at(b, i, what)) {
                System.arraycopy(with, 0, b, i, with.length);
                i += what.length - 1;
            }
        }
    }

    private static boolean at(byte[] b, int i, byte[] what) {
        for (int j = 0; j < what.length; j++) {
            if (b[i + j] != what[j]) {
                return false;
            }
        }
        return true;
    }

    /** The spans of the two hexadecimal strings of every {@code /ID [<…> <…>]}, two of the same length each. */
    private static List<int[]> idStrings(byte[] b) {
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i + ID.length <= b.length; i++) {
            if (!at(b, i, ID)) {
                continue;
            }
            int p = blanks(b, i + ID.length);
            if (p >= b.length || b[p] != '[') {
                continue;
            }
            int[] first = hexString(b, blanks(b, p + 1));
            int[] second = first == null ? null : hexString(b, blanks(b, first[1] + 1));
            if (second != null && second[1] - second[0] == first[1] - first[0]) {
                spans.add(first);
                spans.add(second);
                i = second[1];
            }
        }
        return spans;
    }

    private static int blanks(byte[] b, int p) {
        while (p < b.length && Character.isWhitespace((char) (b[p] & 0xff))) {
            p++;
        }
        return p;
    }

    /** The span of the digits of {@code <hex>} starting at {@code p}, or null. */
    private static int[] hexString(byte[] b, int p) {
        if (p >= b.length || b[p] != '<') {
            return null;
        }
        int q = p + 1;
        while (q < b.length && Character.digit((char) (b[q] & 0xff), 16) >= 0) {
            q++;
        }
        return q > p + 1 && q < b.length && b[q] == '>' ? new int[] { p + 1, q } : null;
    }

    private static String subsetTag(int n) {
        char[] c = new char[6];
        for (int i = 5; i >= 0; i--) {
            c[i] = (char) ('A' + n % 26);
            n /= 26;
        }
        return new String(c);
    }
}
