package vn.covid.briefing.benchmark;

import java.util.List;

/** The times of a benchmark's repeated runs: their median, and each of them as printed. */
final class Runs {

    private Runs() {
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** "20.67, 13.36, 14.86" with {@code format} "%.2f". */
    static String each(List<Double> values, String format) {
        return String.join(", ", values.stream().map(v -> format.formatted(v)).toList());
    }
}
