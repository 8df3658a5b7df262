package vn.covid.briefing.system;

import java.util.SplittableRandom;

/** Splitting a whole number into whole parts that add up to it exactly (largest remainder). */
public final class Allocation {

    private Allocation() {
    }

    public static long[] proportional(long total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        long[] parts = new long[weights.length];
        if (total == 0 || sum <= 0) {
            if (sum <= 0 && total > 0) {
                parts[parts.length - 1] = total;
            }
            return parts;
        }
        double[] remainders = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double quota = total * weights[i] / sum;
            parts[i] = (long) Math.floor(quota);
            remainders[i] = quota - parts[i];
            given += parts[i];
        }
        for (long left = total - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
        }
        return parts;
    }

    /** Proportional to the weights, each disturbed by log-normal noise: plausible, uneven, reproducible. */
    public static long[] noisy(long total, double[] weights, double noise, SplittableRandom random) {
        double[] disturbed = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            disturbed[i] = weights[i] * Math.exp(noise * gaussian(random));
        }
        return proportional(total, disturbed);
    }

    public static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
