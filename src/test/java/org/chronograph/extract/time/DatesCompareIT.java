package org.chronograph.extract.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chronograph.extract.EventDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date comparison harness: our normalizer against HeidelTime 2.2.1 (news mode, in-process) on (a) the date
 * suite of our own sentences, per class and language, and (b) the visible gold's event dates (each dated event's
 * evidence sentence read with its article's publication date; skipped when {@code ../shared} is absent), and the cost
 * of each per article. Prints the tables and writes them to {@code target/dates-compare.md}.
 *
 * <p>Run: {@code mvn -o verify -Dit.test=DatesCompareIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class DatesCompareIT {
    private static final Path GOLD = Path.of("../shared/eval/gold");
    private static final Path CORPUS = Path.of("../shared/corpus");
    private static final Map<String, HeidelTimeNormalizer> HEIDELTIME = new LinkedHashMap<>();
    private static final StringBuilder REPORT = new StringBuilder();

    /** One normalizer: the mentions of a sentence published on a day, in a language. */
    private interface Normalizer {
        List<TimeMention> find(String lang, String sentence, LocalDate published);
    }

    private static final Normalizer OURS = (lang, sentence, published) ->
            DateFinder.forLanguage(lang).find(sentence, new TimeContext(published));
    private static final Normalizer HEIDEL = (lang, sentence, published) ->
            HEIDELTIME.get(lang).find(sentence, published);

    @BeforeAll
    static void buildHeidelTimeOnce() {
        long t0 = System.nanoTime();
        HEIDELTIME.put("en", HeidelTimeNormalizer.forLanguage("en"));
        HEIDELTIME.put("fr", HeidelTimeNormalizer.forLanguage("fr"));
        line("HeidelTime 2.2.1 (NEWS, no POS tagger) built for en and fr in %.1f s", (System.nanoTime() - t0) / 1e9);
    }

    @Test
    void suiteOfOurOwnSentencesPerClassAndLanguage() {
        List<SuiteRow> rows = SuiteRow.load();
        Map<String, int[]> byClass = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (SuiteRow row : rows) {
            TimeMention ours = Normalizers.over(OURS.find(row.lang(), row.sentence(), row.published()), row.start(), row.end());
            TimeMention heidel = Normalizers.over(HEIDEL.find(row.lang(), row.sentence(), row.published()), row.start(), row.end());
            TimeMention both = ours != null ? ours : heidel;
            int[] c = byClass.computeIfAbsent(row.lang() + "\t" + row.dateClass(), k -> new int[7]);
            c[0]++;
            c[1] += value(ours, row) ? 1 : 0;
            c[2] += value(heidel, row) ? 1 : 0;
            c[3] += valueAndMod(ours, row) ? 1 : 0;
            c[4] += valueAndMod(heidel, row) ? 1 : 0;
            c[5] += value(both, row) ? 1 : 0;
            if (!value(heidel, row)) misses.add(row.lang() + " " + row.expression() + " (" + row.published() + "): HeidelTime "
                    + (heidel == null ? "nothing" : heidel.date()) + ", expected " + row.value() + (row.mod() == null ? "" : " " + row.mod()));
        }
        line("");
        line("## Date suite (%d sentences of ours): exact value, and value with modifier", rows.size());
        line("");
        line("| lang | class | rows | ours value | HeidelTime value | ours value+mod | HeidelTime value+mod | ours, else HeidelTime |");
        line("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        int[] total = new int[7];
        Map<String, int[]> byLang = new LinkedHashMap<>();
        byClass.forEach((k, c) -> {
            String[] kc = k.split("\t");
            line("| %s | %s | %d | %s | %s | %s | %s | %s |", kc[0], kc[1], c[0], pct(c[1], c[0]), pct(c[2], c[0]),
                    pct(c[3], c[0]), pct(c[4], c[0]), pct(c[5], c[0]));
            int[] l = byLang.computeIfAbsent(kc[0], x -> new int[7]);
            for (int i = 0; i < 7; i++) {
                l[i] += c[i];
                total[i] += c[i];
            }
        });
        byLang.forEach((lang, c) -> line("| %s | all | %d | %s | %s | %s | %s | %s |", lang, c[0], pct(c[1], c[0]),
                pct(c[2], c[0]), pct(c[3], c[0]), pct(c[4], c[0]), pct(c[5], c[0])));
        line("");
        line("HeidelTime's misses on the suite:");
        misses.forEach(m -> line("- %s", m));
        assertThat(total[1]).as("ours right on every row of the suite (DateSuiteTest)").isEqualTo(total[0]);
        assertThat(total[2]).as("HeidelTime reads part of the suite (it ran)").isPositive();
    }

    @Test
    void visibleGoldEventDates() throws IOException {
        if (!Files.isDirectory(GOLD)) {
            line("(../shared/eval/gold absent: gold comparison skipped)");
            return;
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, int[]> byLang = new LinkedHashMap<>();
        List<String> differ = new ArrayList<>();
        try (Stream<Path> files = Files.list(GOLD)) {
            for (Path f : files.sorted().toList()) {
                JsonNode gold = json.readTree(f.toFile());
                String lang = gold.path("document").path("lang").asText("");
                if (!lang.equals("en") && !lang.equals("fr")) continue;
                LocalDate published = LocalDate.parse(gold.path("document").path("published").asText());
                for (JsonNode e : gold.path("events")) {
                    JsonNode date = e.path("date");
                    String evidence = e.path("evidence").asText("");
                    if (!date.isObject() || !date.hasNonNull("value") || evidence.isBlank()) continue;
                    String value = date.get("value").asText();
                    int[] c = byLang.computeIfAbsent(lang, k -> new int[5]);
                    List<TimeMention> ours = OURS.find(lang, evidence, published);
                    List<TimeMention> heidel = HEIDEL.find(lang, evidence, published);
                    c[0]++;
                    c[1] += has(ours, value, true) ? 1 : 0;
                    c[2] += has(heidel, value, true) ? 1 : 0;
                    c[3] += has(ours, value, false) ? 1 : 0;
                    c[4] += has(heidel, value, false) ? 1 : 0;
                    if (has(ours, value, true) != has(heidel, value, true)) {
                        differ.add(String.format("%s %s: gold %s; ours %s; HeidelTime %s", lang, cut(evidence), value,
                                values(ours), values(heidel)));
                    }
                }
            }
        }
        line("");
        line("## Visible gold: dated events whose evidence sentence yields the gold value (strict) or year");
        line("");
        line("| lang | dated events with evidence | ours strict | HeidelTime strict | ours year | HeidelTime year |");
        line("| --- | ---: | ---: | ---: | ---: | ---: |");
        byLang.forEach((lang, c) -> line("| %s | %d | %s | %s | %s | %s |", lang, c[0], pct(c[1], c[0]), pct(c[2], c[0]),
                pct(c[3], c[0]), pct(c[4], c[0])));
        line("");
        line("Where one is right and the other not (strict):");
        differ.forEach(d -> line("- %s", d));
        assertThat(byLang).isNotEmpty();
    }

    @Test
    void costPerArticle() throws IOException {
        Path dev = CORPUS.resolve("dev");
        if (!Files.isDirectory(dev)) {
            line("(../shared/corpus/dev absent: cost per article skipped)");
            return;
        }
        List<Path> articles;
        try (Stream<Path> files = Files.list(dev)) {
            articles = files.filter(p -> p.toString().endsWith("-en.md") || p.toString().endsWith("-fr.md")).sorted().toList();
        }
        LocalDate published = LocalDate.of(2025, 10, 5);
        BiFunction<Normalizer, Boolean, Long> run = (n, perSentence) -> {
            long t0 = System.nanoTime();
            for (Path a : articles) {
                String lang = a.toString().endsWith("-fr.md") ? "fr" : "en";
                String text = read(a);
                if (perSentence) {
                    TimeContext context = new TimeContext(published);
                    for (String s : text.split("(?<=[.!?])\\s+|\\n+")) {
                        context.advance(DateFinder.forLanguage(lang).find(s, context), s);
                    }
                } else {
                    n.find(lang, text, published);
                }
            }
            return System.nanoTime() - t0;
        };
        run.apply(HEIDEL, false);
        run.apply(OURS, true);
        long heidel = run.apply(HEIDEL, false);
        long ours = run.apply(OURS, true);
        line("");
        line("## Cost per article (%d dev articles, warm, one thread; machine shared, figures noisy)", articles.size());
        line("");
        line("| normalizer | ms per article |");
        line("| --- | ---: |");
        line("| ours (DateFinder, sentence by sentence) | %.1f |", ours / 1e6 / articles.size());
        line("| HeidelTime 2.2.1 (whole article, no POS tagger) | %.1f |", heidel / 1e6 / articles.size());
        assertThat(ours).isPositive();
    }

    @AfterAll
    static void writeReport() throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/dates-compare.md"), REPORT.toString());
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean value(TimeMention m, SuiteRow row) {
        return m != null && m.date().value().equals(row.value());
    }

    private static boolean valueAndMod(TimeMention m, SuiteRow row) {
        return value(m, row) && java.util.Objects.equals(m.date().mod(), row.mod());
    }

    private static boolean has(List<TimeMention> found, String value, boolean strict) {
        return found.stream().map(TimeMention::date).map(EventDate::value)
                .anyMatch(v -> strict ? v.equals(value) : v.substring(0, 4).equals(value.substring(0, 4)));
    }

    private static String values(List<TimeMention> found) {
        return found.isEmpty() ? "nothing" : found.stream().map(m -> m.text() + "=" + m.date()).toList().toString();
    }

    private static String cut(String s) {
        return s.length() > 90 ? s.substring(0, 90) + "..." : s;
    }

    private static String pct(int n, int d) {
        return d == 0 ? "-" : String.format(Locale.ROOT, "%.2f", (double) n / d);
    }

    private static void line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        System.out.println(s);
        synchronized (REPORT) {
            REPORT.append(s).append('\n');
        }
    }
}
