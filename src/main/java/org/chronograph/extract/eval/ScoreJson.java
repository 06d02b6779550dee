package org.chronograph.extract.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Scores as JSON in the shape of {@code score.py --json} (figures rounded to 3 decimals as Python's
 * {@code round} does), so that tools written for score.py read Chronograph's output too.
 */
public final class ScoreJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ScoreJson() {
    }

    /**
     * score.py's object for one score: {@code documents}, {@code missing_predictions}, {@code parts},
     * {@code entity_types}, {@code event_dates}, {@code move_dates}, and {@code per_doc_f1} when {@code perDoc}
     * is given (may be {@code null}).
     */
    public static ObjectNode toJson(Score score, List<DocumentScore> perDoc) {
        ObjectNode root = NODES.objectNode();
        root.put("documents", score.documents());
        score.missing().forEach(root.putArray("missing_predictions")::add);
        ObjectNode parts = root.putObject("parts");
        score.parts().forEach((p, c) -> parts.set(p.key(), counts(c)));
        ObjectNode types = root.putObject("entity_types");
        score.types().forEach((t, c) -> types.set(t, counts(c)));
        DateCounts d = score.dates();
        ObjectNode ed = root.putObject("event_dates");
        ed.put("matched_with_gold_date", d.eventsWithGoldDate());
        putRounded(ed, "strict_accuracy", d.eventStrictAccuracy());
        putRounded(ed, "year_accuracy", d.eventYearAccuracy());
        ObjectNode md = root.putObject("move_dates");
        md.put("matched_with_gold_date", d.movesWithGoldDate());
        putRounded(md, "year_accuracy", d.moveYearAccuracy());
        if (perDoc != null) {
            ObjectNode docs = root.putObject("per_doc_f1");
            for (DocumentScore doc : perDoc) {
                ObjectNode f = NODES.objectNode();
                doc.parts().forEach((p, c) -> f.put(p.key(), c.f1()));
                docs.set(doc.file(), f);
            }
        }
        return root;
    }

    /**
     * The whole evaluation: the overall score as {@link #toJson(Score, List)}, plus {@code languages} (one such
     * object per language, without per-document figures) and {@code failed_inputs} when some are given.
     */
    public static ObjectNode toJson(Evaluation evaluation, boolean perDoc, List<String> failedInputs) {
        ObjectNode root = toJson(evaluation.overall(), perDoc ? evaluation.documents() : null);
        ObjectNode langs = root.putObject("languages");
        for (Map.Entry<String, Score> e : evaluation.languages().entrySet()) {
            langs.set(e.getKey(), toJson(e.getValue(), null));
        }
        if (failedInputs != null && !failedInputs.isEmpty()) {
            failedInputs.forEach(root.putArray("failed_inputs")::add);
        }
        return root;
    }

    private static ObjectNode counts(Counts c) {
        ObjectNode n = NODES.objectNode();
        n.put("precision", round3(c.precision()));
        n.put("recall", round3(c.recall()));
        n.put("f1", round3(c.f1()));
        n.put("tp", c.tp());
        n.put("gold", c.gold());
        n.put("pred", c.pred());
        return n;
    }

    private static void putRounded(ObjectNode n, String field, Double value) {
        if (value == null) {
            n.putNull(field);
        } else {
            n.put(field, round3(value));
        }
    }

    /**
     * Python's {@code round(x, 3)}: the exact binary value rounded half-to-even, which is what CPython does.
     */
    public static double round3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }
}
