package org.chronograph.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Scores extraction JSON against gold annotations with exactly the rules and figures of
 * {@code shared/eval/score.py} (see {@code shared/eval/FORMAT.md}). Pure: JSON trees in, records out.
 */
public final class Scorer {
    /** The entity types scored one by one, in score.py's order. */
    public static final List<String> ENTITY_TYPES = List.of("Person", "Company", "Organization", "Model", "Product");

    private static final JsonNode EMPTY = JsonNodeFactory.instance.objectNode();

    private Scorer() {
    }

    /**
     * Scores every gold document against the prediction with the same file name.
     *
     * @param gold        the gold documents, in the order to report them
     * @param predictions predictions keyed by article file name (see {@link Predictions#key}); a gold document
     *                    without one is scored against an empty prediction and listed as missing
     */
    public static Evaluation evaluate(List<Gold> gold, Map<String, JsonNode> predictions) {
        List<DocumentScore> docs = new ArrayList<>();
        for (Gold g : gold) {
            docs.add(score(g, predictions.get(g.file())));
        }
        Map<String, List<DocumentScore>> byLang = new TreeMap<>();
        for (DocumentScore d : docs) {
            byLang.computeIfAbsent(d.lang() == null ? Evaluation.NO_LANGUAGE : d.lang(), k -> new ArrayList<>()).add(d);
        }
        Map<String, Score> languages = new LinkedHashMap<>();
        byLang.forEach((lang, list) -> languages.put(lang, Score.of(list)));
        return new Evaluation(Score.of(docs), languages, docs);
    }

    /** Scores one gold document against its prediction ({@code null}: no prediction, scored as empty). */
    public static DocumentScore score(Gold gold, JsonNode prediction) {
        JsonNode g = gold.json();
        JsonNode p = prediction == null ? EMPTY : prediction;
        List<JsonNode> gEnts = Py.items(Py.get(g, "entities"));
        List<JsonNode> pEnts = Py.items(Py.get(p, "entities"));
        FormIndex gIdx = FormIndex.of(gEnts);
        FormIndex pIdx = FormIndex.of(pEnts);

        Map<Part, Counts> parts = new EnumMap<>(Part.class);
        parts.put(Part.ENTITIES, entities(gEnts, pEnts, gIdx, pIdx, Py::equal));
        parts.put(Part.ENTITIES_LENIENT, entities(gEnts, pEnts, gIdx, pIdx, (a, b) -> Py.equal(lenient(a), lenient(b))));
        parts.put(Part.ENTITIES_UNTYPED, entities(gEnts, pEnts, gIdx, pIdx, (a, b) -> true));

        Map<String, Counts> types = new LinkedHashMap<>();
        for (String t : ENTITY_TYPES) {
            List<JsonNode> gt = ofType(gEnts, t);
            List<JsonNode> pt = ofType(pEnts, t);
            types.put(t, entities(gt, pt, gIdx, pIdx, (a, b) -> true));
        }

        List<JsonNode> gEv = Py.items(Py.get(g, "events"));
        List<JsonNode> pEv = Py.items(Py.get(p, "events"));
        List<List<Set<String>>> gParts = gEv.stream().map(e -> participants(e, gIdx)).toList();
        List<List<Set<String>>> pParts = pEv.stream().map(e -> participants(e, pIdx)).toList();
        List<Greedy.Pair> events = Greedy.match(gEv.size(), pEv.size(), (i, j) ->
                Py.equal(Py.get(gEv.get(i), "type"), Py.get(pEv.get(j), "type")) ? overlap(gParts.get(i), pParts.get(j)) : 0);
        parts.put(Part.EVENTS, new Counts(events.size(), gEv.size(), pEv.size()));
        int timeline = 0;
        int withDate = 0;
        int strict = 0;
        int sameYear = 0;
        for (Greedy.Pair m : events) {
            JsonNode gd = Py.get(gEv.get(m.gold()), "date");
            JsonNode pd = Py.get(pEv.get(m.pred()), "date");
            String gy = year(gd);
            if (gy == null) {
                timeline++;
                continue;
            }
            withDate++;
            if (Py.truthy(pd) && pd.isObject() && Py.str(Py.get(pd, "value")).equals(Py.str(Py.get(gd, "value")))) {
                strict++;
            }
            if (gy.equals(year(pd))) {
                sameYear++;
                timeline++;
            }
        }
        parts.put(Part.TIMELINE, new Counts(timeline, gEv.size(), pEv.size()));

        List<JsonNode> gMv = Py.items(Py.get(g, "moves"));
        List<JsonNode> pMv = Py.items(Py.get(p, "moves"));
        List<Greedy.Pair> moves = Greedy.match(gMv.size(), pMv.size(), (i, j) -> moveScore(gMv.get(i), pMv.get(j), gIdx, pIdx));
        parts.put(Part.MOVES, new Counts(moves.size(), gMv.size(), pMv.size()));
        int movesWithDate = 0;
        int movesYear = 0;
        for (Greedy.Pair m : moves) {
            String gy = year(Py.get(gMv.get(m.gold()), "date"));
            if (gy != null) {
                movesWithDate++;
                if (gy.equals(year(Py.get(pMv.get(m.pred()), "date")))) {
                    movesYear++;
                }
            }
        }
        DateCounts dates = new DateCounts(withDate, strict, sameYear, movesWithDate, movesYear);
        return new DocumentScore(gold.file(), gold.lang(), prediction == null, parts, types, dates);
    }

    private static Counts entities(List<JsonNode> gold, List<JsonNode> pred, FormIndex gIdx, FormIndex pIdx,
                                   BiPredicate<JsonNode, JsonNode> sameType) {
        List<Set<String>> gForms = gold.stream().map(e -> gIdx.formsOf(Py.get(e, "name"))).toList();
        List<Set<String>> pForms = pred.stream().map(e -> pIdx.formsOf(Py.get(e, "name"))).toList();
        List<Greedy.Pair> m = Greedy.match(gold.size(), pred.size(), (i, j) ->
                sameType.test(Py.get(gold.get(i), "type"), Py.get(pred.get(j), "type"))
                        && FormIndex.meet(gForms.get(i), pForms.get(j)) ? 1 : 0);
        return new Counts(m.size(), gold.size(), pred.size());
    }

    private static JsonNode lenient(JsonNode type) {
        if (type != null && type.isTextual() && type.textValue().equals("Product")) {
            return JsonNodeFactory.instance.textNode("Model");
        }
        return type;
    }

    private static List<JsonNode> ofType(List<JsonNode> entities, String type) {
        return entities.stream().filter(e -> {
            JsonNode t = Py.get(e, "type");
            return t != null && t.isTextual() && t.textValue().equals(type);
        }).toList();
    }

    private static List<Set<String>> participants(JsonNode event, FormIndex idx) {
        return Py.items(Py.get(event, "participants")).stream().map(idx::formsOf).toList();
    }

    /** How many gold participants meet some predicted participant. */
    private static int overlap(List<Set<String>> gold, List<Set<String>> pred) {
        int n = 0;
        for (Set<String> a : gold) {
            for (Set<String> b : pred) {
                if (FormIndex.meet(a, b)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private static int moveScore(JsonNode g, JsonNode p, FormIndex gIdx, FormIndex pIdx) {
        if (!FormIndex.meet(gIdx.formsOf(Py.get(g, "person")), pIdx.formsOf(Py.get(p, "person")))) {
            return 0;
        }
        if (Py.truthy(Py.get(g, "to"))) {
            return FormIndex.meet(gIdx.formsOf(Py.get(g, "to")), pIdx.formsOf(Py.get(p, "to"))) ? 2 : 0;
        }
        return FormIndex.meet(gIdx.formsOf(Py.get(g, "from")), pIdx.formsOf(Py.get(p, "from"))) ? 1 : 0;
    }

    /** score.py's {@code year(d)}: the first four characters of the date's value, or {@code null}. */
    static String year(JsonNode date) {
        if (!Py.truthy(date) || !date.isObject() || !Py.truthy(Py.get(date, "value"))) {
            return null;
        }
        return Py.first4(Py.str(Py.get(date, "value")));
    }
}
