package org.chronograph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chronograph.ChronographException;

/**
 * Seeded synthetic articles for extraction speed and ingest tests: English and French Markdown files with front
 * matter, each a few paragraphs of news sentences built from templates (releases, funding, hires, acquisitions...)
 * mixed with background sentences, about invented companies, people and models.
 */
public final class SyntheticCorpus {
    private static final int FILLERS = 6;

    private final int articles;
    private final long seed;

    /**
     * @param articles number of articles, at least 1
     * @param seed     random seed
     */
    public SyntheticCorpus(int articles, long seed) {
        if (articles < 1) {
            throw new IllegalArgumentException("articles must be at least 1: " + articles);
        }
        this.articles = articles;
        this.seed = seed;
    }

    /** One article: its file name and its Markdown content. */
    public record Document(String fileName, String lang, String markdown) {
    }

    /** The articles, in order; the same seed gives the same texts. */
    public List<Document> documents() {
        List<Document> out = new ArrayList<>(articles);
        Storyteller stories = new Storyteller(10L * articles + 10, seed);
        while (out.size() < articles) {
            Story story = stories.next();
            Report report = Report.of(story, seed, FILLERS);
            String markdown = "---\ntitle: \"" + report.title().replace("\"", "'") + "\"\nlang: " + story.lang()
                    + "\ndate: " + story.published() + "\nurl: https://news.example/" + story.id() + "\n---\n\n"
                    + report.body() + "\n";
            out.add(new Document(story.id() + ".md", story.lang(), markdown));
        }
        return out;
    }

    /**
     * Writes the articles as files into {@code dir} (created when missing) and returns their paths.
     *
     * @throws ChronographException when a file cannot be written
     */
    public List<Path> write(Path dir) {
        try {
            Files.createDirectories(dir);
            List<Path> paths = new ArrayList<>();
            for (Document d : documents()) {
                Path file = dir.resolve(d.fileName());
                Files.writeString(file, d.markdown(), StandardCharsets.UTF_8);
                paths.add(file);
            }
            return paths;
        } catch (IOException e) {
            throw new ChronographException("cannot write synthetic articles to " + dir + ": " + e.getMessage(), e);
        }
    }
}
