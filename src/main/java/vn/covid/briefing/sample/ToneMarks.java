package vn.covid.briefing.sample;

import java.util.Map;

/** Writes "Hòa" as "Hoà" and back: the two tone-mark placements offices really use. */
final class ToneMarks {

    private static final Map<String, String> SWAP = Map.ofEntries(Map.entry("òa", "oà"), Map.entry("óa", "oá"),
            Map.entry("ỏa", "oả"), Map.entry("õa", "oã"), Map.entry("ọa", "oạ"), Map.entry("ùy", "uỳ"),
            Map.entry("úy", "uý"), Map.entry("ủy", "uỷ"), Map.entry("ũy", "uỹ"), Map.entry("ụy", "uỵ"));

    private ToneMarks() {
    }

    static String flip(String name) {
        String out = name;
        for (var e : SWAP.entrySet()) {
            if (out.contains(e.getKey())) {
                out = out.replace(e.getKey(), e.getValue());
            }
            else if (out.contains(e.getValue())) {
                out = out.replace(e.getValue(), e.getKey());
            }
        }
        return out;
    }
}
