package org.chronograph.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.chronograph.source.Article;
import org.chronograph.source.ArticleReader;
import org.chronograph.source.ReadResult;

/**
 * A diagnostic, not a test: what extraction made of each sentence of some articles, to read why an annotated event
 * was missed. For each article, one JSON line: every sentence with the trigger rules that fired in it (the
 * detector's {@code trig=} features), the events the rules made of it and the events the detector would add of
 * each type; the entities with the sentences they are named in; the article's final events.
 *
 * <p>{@code java -cp target/test-classes:target/classes:target/lib/* org.chronograph.extract.EventTrace MODEL_DIR FILE...}
 * ({@code -} for the bundled models).
 */
public final class EventTrace {
    private EventTrace() {
    }

    public static void main(String[] args) throws Exception {
        Path modelDir = args[0].equals("-") ? null : Path.of(args[0]);
        Extractor x = new Extractor(List.of(), modelDir == null ? TypingModel.bundled() : TypingModel.load(modelDir),
                modelDir == null ? EventDetector.bundled() : EventDetector.load(modelDir));
        ObjectMapper json = new ObjectMapper();
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) files.add(Path.of(args[i]));
        for (Path file : files) {
            Article article = new ArticleReader().read(file).map(ReadResult::asArticle).findFirst().orElseThrow().orElseThrow();
            ObjectNode out = json.createObjectNode();
            out.put("file", file.getFileName().toString());
            ArrayNode sentences = out.putArray("sentences");
            Extraction extraction = x.extract(article, null, new EventDetector.Observer() {
                final List<Event> rules = new ArrayList<>();

                @Override
                public void ruleEvent(Event e, boolean ownDate) {
                    rules.add(e);
                }

                @Override
                public void sentence(AnalyzedSentence s, SortedSet<String> features, Set<EventType> ruleTypes,
                                     Map<EventType, List<Event>> candidates) {
                    ObjectNode n = sentences.addObject();
                    n.put("i", s.index());
                    n.put("text", s.text());
                    ArrayNode trig = n.putArray("trig");
                    features.stream().filter(f -> f.startsWith("trig=")).forEach(f -> trig.add(f.substring(5)));
                    features.stream().filter(f -> f.startsWith("block=")).findFirst().ifPresent(f -> n.put("block", f.substring(6)));
                    ArrayNode r = n.putArray("rules");
                    for (Event e : rules) r.add(event(json, e));
                    rules.clear();
                    ObjectNode c = n.putObject("detector");
                    candidates.forEach((t, es) -> {
                        ArrayNode a = c.putArray(t.name());
                        for (Event e : es) a.add(event(json, e));
                    });
                }
            });
            ArrayNode entities = out.putArray("entities");
            for (Entity e : extraction.entities()) {
                ObjectNode n = entities.addObject();
                n.put("name", e.name());
                n.put("type", e.type().name());
                ArrayNode al = n.putArray("aliases");
                e.aliases().forEach(al::add);
                ArrayNode ss = n.putArray("sentences");
                e.mentions().stream().map(Mention::sentence).distinct().forEach(ss::add);
            }
            Extractor.Candidates cands = x.candidates(article);
            ArrayNode dropped = out.putArray("dropped");
            for (Candidate c : cands.candidates()) {
                if (x.typer().type(c, cands.context()) != null) continue;
                ObjectNode d = dropped.addObject();
                d.put("name", c.name());
                ArrayNode ss = d.putArray("sentences");
                c.spans().stream().map(Span::sentence).distinct().forEach(ss::add);
                var feats = x.typer().features().of(c, cands.context());
                ObjectNode pr = d.putObject("p");
                for (String label : java.util.List.of("None", "Person", "Company", "Organization", "Model", "Product")) {
                    pr.put(label, Math.round(x.typer().model().probability(feats, label) * 100) / 100.0);
                }
            }
            ArrayNode all = out.putArray("all");
            extraction.sentences().forEach(all::add);
            ArrayNode events = out.putArray("events");
            for (Event e : extraction.events()) events.add(event(json, e));
            System.out.println(json.writeValueAsString(out));
        }
    }

    private static ObjectNode event(ObjectMapper json, Event e) {
        ObjectNode n = json.createObjectNode();
        n.put("type", e.type().name());
        ArrayNode ps = n.putArray("participants");
        for (Participant p : e.participants()) ps.add(p.entity().name());
        n.put("date", e.date() == null ? null : e.date().value());
        n.put("evidence", e.evidence() == null ? null : e.evidence().sentence());
        return n;
    }
}
