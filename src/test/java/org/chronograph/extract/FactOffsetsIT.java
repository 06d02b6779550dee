package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chronograph.source.Article;
import org.chronograph.source.ArticleReader;
import org.chronograph.source.Body;
import org.chronograph.source.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * Every fact extracted from the visible gold articles ({@code ../shared/corpus/seed} and {@code dev}, skipped when
 * absent) points at its own text: the clean text at the fact's offsets is its sentence (or its mention), and each
 * letter and digit of it maps onto that very character in the original file, in order, so that the file's text
 * at the offsets is the sentence with only its markup around (bold markers, a link's target, an entity reference).
 */
class FactOffsetsIT {
    private static final Path CORPUS = Path.of("../shared/corpus");

    @Test
    void everyFactOfTheVisibleArticlesPointsAtItsOwnText() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS.resolve("seed")) && Files.isDirectory(CORPUS.resolve("dev")), "shared corpus not present");
        Extractor extractor = new Extractor();
        int facts = 0;
        List<String> wrong = new ArrayList<>();
        for (ReadResult result : new ArticleReader().readAll(List.of(CORPUS.resolve("seed"), CORPUS.resolve("dev")))) {
            Article article = result.asArticle().orElseThrow();
            String original = Files.readString(Path.of(article.source()));
            Body body = article.body();
            Extraction x = extractor.extract(article);
            for (Event e : x.events()) {
                facts++;
                check(article.id() + " event " + e.type(), original, body, e.evidence().sentence(), e.evidence().start(), e.evidence().end(), wrong);
            }
            for (Move m : x.moves()) {
                facts++;
                check(article.id() + " move of " + m.person().name(), original, body, m.evidence().sentence(), m.evidence().start(), m.evidence().end(), wrong);
            }
            for (Entity entity : x.entities()) {
                for (Mention m : entity.mentions()) {
                    facts++;
                    check(article.id() + " mention of " + entity.name(), original, body, m.text(), m.start(), m.end(), wrong);
                }
            }
        }
        assertThat(facts).isGreaterThan(1000);
        assertThat(wrong).as("facts whose offsets do not hold their text, of " + facts).isEmpty();
    }

    /**
     * The clean text has {@code text} at a position mapping to [start, end), and each of its letters and digits
     * comes from that character in the original.
     */
    private static void check(String what, String original, Body body, String text, int start, int end, List<String> wrong) {
        String clean = body.text();
        for (int at = clean.indexOf(text); at >= 0; at = clean.indexOf(text, at + 1)) {
            if (body.toOriginal(at) != start || body.toOriginal(at + text.length()) != end) continue;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!Character.isLetterOrDigit(c)) continue;
                String source = org.jsoup.parser.Parser.unescapeEntities(original.substring(body.toOriginal(at + i), body.toOriginal(at + i + 1)), false);
                if (source.indexOf(c) < 0) {
                    wrong.add(what + ": '" + c + "' of '" + text + "' maps to '" + source + "'");
                    return;
                }
            }
            return;
        }
        wrong.add(what + ": '" + text + "' is not the clean text at " + start + ".." + end + " ('"
                + original.substring(Math.max(0, start), Math.min(original.length(), end)) + "')");
    }
}
