package org.chronograph.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.chronograph.source.Article;
import org.chronograph.source.ArticleReader;
import org.chronograph.source.ReadResult;

/**
 * A diagnostic, not a test: each candidate entity of some articles with its mentions' forms and finders and the
 * typer's probability for each label, to read why a name was dropped, cut or typed wrong.
 *
 * <p>{@code java -cp target/test-classes:target/classes:target/lib/* org.chronograph.extract.CandidateTrace MODEL_DIR FILE...}
 * ({@code -} for the bundled model).
 */
public final class CandidateTrace {
    private CandidateTrace() {
    }

    public static void main(String[] args) throws Exception {
        TypingModel model = args[0].equals("-") ? TypingModel.bundled() : TypingModel.load(Path.of(args[0]));
        Extractor x = new Extractor(List.of(), model, EventDetector.bundled());
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            Article article = new ArticleReader().read(file).map(ReadResult::asArticle).findFirst().orElseThrow().orElseThrow();
            Extractor.Candidates c = x.candidates(article);
            System.out.println("== " + file.getFileName());
            for (Candidate cand : c.candidates()) {
                TreeSet<String> f = x.typer().features().of(cand, c.context());
                EntityType t = x.typer().type(cand, c.context());
                Map<String, Integer> forms = new TreeMap<>();
                for (Span s : cand.spans()) forms.merge(s.text() + "/" + s.source(), 1, Integer::sum);
                StringBuilder p = new StringBuilder();
                for (String label : List.of("Person", "Company", "Organization", "Model", "Product", TypingModel.NO_ENTITY)) {
                    p.append(String.format(" %s=%.2f", label.substring(0, 3), model.probability(f, label)));
                }
                System.out.printf("%-14s %-40s %s  %s%n", t == null ? "-" : t.name(), cand.name(), p, forms);
            }
        }
    }
}
