package vn.covid.briefing.briefing.render;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.covid.briefing.system.Checksums;

/** Replaces what OpenPDF draws at random (document ID, font subset tags) with values derived from the content. */
final class Reproducible {

    private Reproducible() {
    }

    static byte[] pin(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        // font subset tags: six capitals and '+', e.g. /BaseFont/QWERTY+LiberationSerif; renamed in order of appearance
        Map<String, String> tags = new LinkedHashMap<>();
        Matcher m = Pattern.compile("/([A-Z]{6})\\+").matcher(text);
        while (m.find()) {
            tags.computeIfAbsent(m.group(1), k -> subsetTag(tags.size()));
        }
        for (var e : tags.entrySet()) {
            text = text.replace(e.getKey() + "+", e.getValue() + "+");
        }
        // the trailer's /ID [<hex><hex>]: the same length, so no offset moves
        Matcher id = Pattern.compile("/ID\\s*\\[\\s*<([0-9a-fA-F]+)>\\s*<([0-9a-fA-F]+)>").matcher(text);
        StringBuilder out = new StringBuilder();
        String zeroed = id.replaceAll(r -> r.group().replace(r.group(1), "0".repeat(r.group(1).length()))
            .replace(r.group(2), "0".repeat(r.group(2).length())));
        String digest = Checksums.sha256(zeroed.getBytes(StandardCharsets.ISO_8859_1));
        id.reset();
        while (id.find()) {
            String hex = digest.substring(0, Math.min(digest.length(), id.group(1).length()));
            hex = hex + "0".repeat(id.group(1).length() - hex.length());
            id.appendReplacement(out, Matcher.quoteReplacement(id.group().replace(id.group(1), hex).replace(id.group(2), hex)));
        }
        id.appendTail(out);
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
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
