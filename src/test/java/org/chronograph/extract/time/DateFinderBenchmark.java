package org.chronograph.extract.time;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Throughput of the date finder, run by hand (not a test): sentences of the case files, plus the shared corpus
 * when {@code ../shared/corpus} exists next to the project.
 *
 * <pre>{@code
 * mvn -o -q test-compile
 * java -cp target/classes:target/test-classes org.chronograph.extract.time.DateFinderBenchmark
 * }</pre>
 */
public final class DateFinderBenchmark {
    private static final long ROUND_NANOS = 2_000_000_000L;

    private DateFinderBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        for (String lang : List.of("en", "fr")) {
            List<String> sentences = sentences(lang);
            run(lang, sentences);
        }
    }

    private static List<String> sentences(String lang) throws IOException {
        List<String> out = new ArrayList<>(
                DateCase.load("/extract/time/" + lang + "-cases.txt").stream().map(DateCase::sentence).toList());
        Path corpus = Path.of("..", "shared", "corpus");
        if (Files.isDirectory(corpus)) {
            try (Stream<Path> files = Files.walk(corpus)) {
                for (Path f : files.filter(p -> p.toString().endsWith("-" + lang + ".md")).toList()) {
                    for (String s : Files.readString(f).split("(?<=[.!?])\\s+|\\n")) {
                        if (s.strip().length() > 20) out.add(s.strip());
                    }
                }
            }
        }
        return out;
    }

    private static void run(String lang, List<String> sentences) {
        DateFinder finder = DateFinder.forLanguage(lang);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double chars = sentences.stream().mapToInt(String::length).average().orElse(0);
        for (int round = 1; round <= 5; round++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            long n = 0;
            long found = 0;
            while (System.nanoTime() - t0 < ROUND_NANOS) {
                TimeContext context = new TimeContext(LocalDate.of(2025, 6, 18));
                for (String s : sentences) {
                    List<TimeMention> mentions = finder.find(s, context);
                    context.advance(mentions);
                    found += mentions.size();
                    n++;
                }
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf("%s round %d: %,.0f sentences/s (%,.0f per CPU-second), %d sentences of %.0f chars,"
                    + " %.2f mentions each%n", lang, round, n / wall, n / cpu, sentences.size(), chars, (double) found / n);
        }
    }
}
