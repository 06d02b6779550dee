package org.chronograph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.chronograph.extract.Extraction;
import org.chronograph.extract.Extractor;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphLoader;
import org.chronograph.source.ArticleReader;
import org.chronograph.source.ReadResult;

/**
 * Small English articles made from one template about invented people, companies and models: quick to
 * extract, and many of them share entities, so that writers of different articles touch the same nodes.
 * The companies and models are in a lexicon file (with short aliases), so extraction finds them whatever
 * the order in which articles are read.
 */
final class TemplateCorpus {
    static final List<String> PEOPLE = List.of("Sarah Okafor", "David Lindgren", "Maria Castell", "Kevin Ashdown",
            "Laura Brenneck", "Peter Vasquez", "Julia Marchetti", "Thomas Ebersole");
    static final List<String> COMPANIES = List.of("Quarzel Labs", "Brightwave Robotics", "Tessaline AI",
            "Corvane Systems", "Halvard Compute", "Pellucid Data");
    /** Short forms of the companies, used by some articles; the lexicon maps them to the full names. */
    static final List<String> SHORT = List.of("Quarzel", "Brightwave", "Tessaline", "Corvane", "Halvard", "Pellucid");
    static final List<String> MODELS = List.of("Quill-7", "Lumen-2", "Sable-4", "Kestrel-9", "Orrery-3", "Verdant-5");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    /** Size of the {@link #shared()} corpus. */
    static final int SHARED_SIZE = 24;

    private static final Path SHARED = Path.of("target", "it-template-corpus");
    private static final Map<Integer, Extraction> EXTRACTED = new ConcurrentHashMap<>();
    private static Extractor extractor;
    private static boolean written;

    private TemplateCorpus() {
    }

    /**
     * The corpus the process tests share: {@value #SHARED_SIZE} articles and their lexicon under {@code target/},
     * at fixed paths, so that an article's source is the same in every test and its extraction is done once.
     */
    static synchronized Path shared() {
        if (!written) {
            write(SHARED, 0, SHARED_SIZE);
            lexicon(SHARED.resolve("lexicon.tsv"));
            written = true;
        }
        return SHARED;
    }

    /** The shared corpus's lexicon. */
    static Path sharedLexicon() {
        return shared().resolve("lexicon.tsv");
    }

    /** Paths of articles {@code from} (inclusive) to {@code to} (exclusive) of the shared corpus. */
    static List<Path> files(int from, int to) {
        Path dir = shared();
        return IntStream.range(from, to).mapToObj(i -> dir.resolve(String.format("story-%03d.md", i))).toList();
    }

    /** As {@code ingest ARGS} would: articles {@code from} to {@code to} of the shared corpus, with its lexicon. */
    static String[] ingest(int from, int to, String... more) {
        return Stream.of(Stream.of("ingest"), files(from, to).stream().map(Path::toString),
                Stream.of("--lexicon", sharedLexicon().toString()), Stream.of(more)).flatMap(s -> s).toArray(String[]::new);
    }

    /**
     * Loads articles {@code from} to {@code to} of the shared corpus, in order, as one clean ingest would; each
     * article is extracted once per JVM.
     */
    static void loadClean(GraphConnection graph, int from, int to) {
        List<Extraction> extractions = new ArrayList<>();
        for (int i = from; i < to; i++) {
            extractions.add(EXTRACTED.computeIfAbsent(i, TemplateCorpus::extract));
        }
        new GraphLoader(graph).loadAll(extractions);
    }

    private static synchronized Extraction extract(int i) {
        if (extractor == null) {
            extractor = new Extractor(List.of(sharedLexicon()));
        }
        try (Stream<ReadResult> read = new ArticleReader().read(files(i, i + 1))) {
            return extractor.extract(read.findFirst().orElseThrow().asArticle().orElseThrow());
        }
    }

    /** The text of article {@code i}. */
    static String article(int i) {
        String person = PEOPLE.get(i % PEOPLE.size());
        int a = i % COMPANIES.size();
        int b = (i + 1) % COMPANIES.size();
        int c = (i + 2) % COMPANIES.size();
        int d = (i + 4) % COMPANIES.size();
        int year = 2019 + i % 6;
        String buyer = i % 3 == 0 ? SHORT.get(c) : COMPANIES.get(c);
        return "---\n"
                + "title: \"Story " + i + ": " + person + " joins " + COMPANIES.get(b) + "\"\n"
                + "lang: en\n"
                + "date: 2025-01-" + String.format("%02d", i % 28 + 1) + "\n"
                + "---\n\n"
                + person + " left " + COMPANIES.get(a) + " in " + MONTHS.get(i % 12) + " " + year + " and joined "
                + COMPANIES.get(b) + ".\n\n"
                + COMPANIES.get(b) + " released " + MODELS.get(i % MODELS.size()) + " in " + MONTHS.get((i + 3) % 12) + " "
                + year + ".\n\n"
                + buyer + " acquired " + COMPANIES.get(d) + " in " + MONTHS.get((i + 5) % 12) + " " + year + ".\n";
    }

    /** Writes articles {@code from} (inclusive) to {@code to} (exclusive) as {@code story-NNN.md} in {@code dir}. */
    static Path write(Path dir, int from, int to) {
        try {
            Files.createDirectories(dir);
            for (int i = from; i < to; i++) {
                Files.writeString(dir.resolve(String.format("story-%03d.md", i)), article(i), StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the lexicon of the invented companies and models to {@code file}. */
    static Path lexicon(Path file) {
        StringBuilder text = new StringBuilder("# invented names of the template corpus\n");
        for (int i = 0; i < COMPANIES.size(); i++) {
            text.append("Company\t").append(COMPANIES.get(i)).append('\t').append(SHORT.get(i)).append('\n');
        }
        MODELS.forEach(m -> text.append("Model\t").append(m).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
