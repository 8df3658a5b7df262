package vn.covid.briefing.briefing.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.covid.briefing.system.Checksums;

/**
 * What a week is judged by besides its reports, as sorted "name = value" pairs: the settings
 * ({@code briefing.week.*}, {@code briefing.assessment.*}) and the scope's reference values (its units,
 * their figures, the decisions, the opening balances). Part of an edition's identity: when any pair
 * changes, the next edition is issued, and it names each pair that changed with both values.
 *
 * <p>Names follow the configuration ({@code briefing.assessment.qd218.deaths-per100k-week-max}) and the
 * reference files ({@code figure.873.population}, {@code decision.QD-1928-2021.866.LEVEL.value}).
 */
public record Settings(SortedMap<String, String> values) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One name whose value is not the earlier edition's (null: absent there, or absent now). */
    public record Change(String name, String before, String after) {
    }

    /** Collects the pairs; {@link #add} flattens any record or map the way Jackson sees it. */
    public static final class Builder {

        private final SortedMap<String, String> values = new TreeMap<>();

        public Builder add(String prefix, Object value) {
            flatten(prefix, JSON.valueToTree(value), values);
            return this;
        }

        public Settings build() {
            return new Settings(java.util.Collections.unmodifiableSortedMap(values));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public String checksum() {
        return Checksums.sha256(json());
    }

    /** The pairs as one JSON object, in name order: how an edition's settings are kept. */
    public String json() {
        return JSON.writeValueAsString(values);
    }

    public static Settings fromJson(String json) {
        SortedMap<String, String> values = new TreeMap<>();
        JSON.readTree(json).properties().forEach(e -> values.put(e.getKey(), e.getValue().isNull() ? null
                : e.getValue().asString()));
        return new Settings(values);
    }

    /** Every name whose value differs from {@code earlier}'s, in name order. */
    public List<Change> changesSince(Settings earlier) {
        TreeSet<String> names = new TreeSet<>(values.keySet());
        names.addAll(earlier.values.keySet());
        List<Change> changes = new ArrayList<>();
        for (String name : names) {
            String before = earlier.values.get(name);
            String after = values.get(name);
            if (!Objects.equals(before, after)) {
                changes.add(new Change(name, before, after));
            }
        }
        return changes;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(prefix + "." + kebab(e.getKey()), e.getValue(), out));
        }
        else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), out);
            }
        }
        else if (!node.isNull()) {
            out.put(prefix, node.asString());
        }
    }

    /** "deathsPer100kWeekMax" → "deaths-per100k-week-max", as the configuration file writes it. */
    static String kebab(String name) {
        StringBuilder b = new StringBuilder(name.length() + 4);
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                b.append('-').append(Character.toLowerCase(c));
            }
            else {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
