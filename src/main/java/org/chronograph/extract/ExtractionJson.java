package org.chronograph.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronograph.source.Article;

/**
 * Renders an extraction as the evaluation contract's JSON object ({@code shared/eval/FORMAT.md}),
 * with Chronograph's own extra fields (keys, roles, offsets, confidence). Thread-safe.
 */
public final class ExtractionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExtractionJson() {
    }

    /** The JSON tree of one extraction. */
    public static ObjectNode toJson(Extraction x) {
        ObjectNode root = MAPPER.createObjectNode();
        Article a = x.article();
        ObjectNode doc = root.putObject("document");
        doc.put("file", a.id());
        doc.put("lang", a.lang());
        doc.put("published", a.published() == null ? null : a.published().toString());
        doc.put("title", a.title());
        if (a.url() != null) doc.put("url", a.url());
        doc.put("source", a.source());
        ArrayNode entities = root.putArray("entities");
        for (Entity e : x.entities()) {
            ObjectNode n = entities.addObject();
            n.put("name", e.name());
            n.put("type", e.type().name());
            if (!e.aliases().isEmpty()) {
                ArrayNode al = n.putArray("aliases");
                e.aliases().forEach(al::add);
            }
            n.put("key", e.key());
            n.put("mentions", e.mentions().size());
            n.put("confidence", e.confidence());
        }
        ArrayNode events = root.putArray("events");
        for (Event e : x.events()) {
            ObjectNode n = events.addObject();
            n.put("type", e.type().name());
            putDate(n, e.date());
            ArrayNode ps = n.putArray("participants");
            ArrayNode roles = n.putArray("roles");
            for (Participant p : e.participants()) {
                ps.add(p.entity().name());
                roles.addObject().put("name", p.entity().name()).put("key", p.entity().key()).put("role", p.role());
            }
            putEvidence(n, e.evidence());
            n.put("confidence", e.confidence());
        }
        ArrayNode moves = root.putArray("moves");
        for (Move m : x.moves()) {
            ObjectNode n = moves.addObject();
            n.put("person", m.person().name());
            n.put("from", m.from() == null ? null : m.from().name());
            n.put("to", m.to() == null ? null : m.to().name());
            putDate(n, m.date());
            putEvidence(n, m.evidence());
            n.put("confidence", m.confidence());
        }
        return root;
    }

    /** One line of JSON (for JSON Lines output). */
    public static String toLine(Extraction x) {
        return toJson(x).toString();
    }

    private static void putDate(ObjectNode n, EventDate d) {
        if (d == null) {
            n.putNull("date");
            return;
        }
        ObjectNode date = n.putObject("date");
        date.put("value", d.value());
        if (d.mod() != null) date.put("mod", d.mod());
        date.put("precision", d.precision().name());
    }

    private static void putEvidence(ObjectNode n, Evidence ev) {
        if (ev == null) return;
        n.put("evidence", ev.sentence());
        n.put("start", ev.start());
        n.put("end", ev.end());
    }
}
