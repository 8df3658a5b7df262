package vn.covid.briefing.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

import org.springframework.context.ConfigurableApplicationContext;

import vn.covid.briefing.briefing.Briefings;
import vn.covid.briefing.support.Briefing;
import vn.covid.briefing.support.Database;
import vn.covid.briefing.support.SampleDatabase;

/**
 * How long a briefing takes to render (issue 4): the sample ingested, then in one process one briefing
 * rendered cold and then warm (the same edition again), and 52 weekly briefings (the 52 Mondays up to
 * 07/02/2022, weeks before the sample's first day included: they render as weeks without reports).
 * Run: {@code bin/mvn -Pbenchmark-briefing test-compile exec:exec}.
 */
public final class BriefingBenchmark {

    public static void main(String[] args) throws Exception {
        StringBuilder report = new StringBuilder("Briefing benchmark (sample input, %d cores, max heap %d MB)%n".formatted(
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        for (Database database : Database.values()) {
            Briefing sample = SampleDatabase.of(database);
            Path out = Files.createTempDirectory("briefing-benchmark");
            try (ConfigurableApplicationContext context = SampleDatabase.context(sample, "--briefing.output=" + out)) {
                Briefings briefings = context.getBean(Briefings.class);
                LocalDate date = LocalDate.of(2021, 9, 13);
                long start = System.nanoTime();
                briefings.issue(date, false);
                double cold = (System.nanoTime() - start) / 1e9;
                double[] warm = new double[10];
                for (int i = 0; i < warm.length; i++) {
                    start = System.nanoTime();
                    briefings.issue(date, true);
                    warm[i] = (System.nanoTime() - start) / 1e9;
                }
                Arrays.sort(warm);
                start = System.nanoTime();
                int pages = 0;
                for (int w = 51; w >= 0; w--) {
                    briefings.issue(LocalDate.of(2022, 2, 7).minusWeeks(w), false);
                    pages++;
                }
                double weekly = (System.nanoTime() - start) / 1e9;
                report.append("  %-8s one briefing (13/9/2021): cold %.2f s, warm median %.2f s (min %.2f s); "
                        .formatted(database, cold, warm[warm.length / 2], warm[0])
                        + "%d weekly briefings: %.1f s (%.2f s each)%n".formatted(pages, weekly, weekly / pages));
            }
        }
        System.out.print(report);
        Path file = Path.of("target/benchmark-briefing.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.exit(0);
    }
}
