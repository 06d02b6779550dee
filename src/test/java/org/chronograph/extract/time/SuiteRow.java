package org.chronograph.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chronograph.extract.KnowledgeFile;

/**
 * One row of the date suite ({@code /extract/time/date-suite.tsv}): a sentence of ours, its article's publication
 * date, the temporal expression in it and the value (and modifier) the annotation rules give that expression.
 */
record SuiteRow(String dateClass, String lang, LocalDate published, String sentence, String expression,
                String value, String mod, int line) {
    static final String RESOURCE = "extract/time/date-suite.tsv";

    /** The suite's rows, in file order. */
    static List<SuiteRow> load() {
        List<SuiteRow> rows = new ArrayList<>();
        for (KnowledgeFile.Row row : KnowledgeFile.bundled(RESOURCE, 6)) {
            List<String> f = row.columns();
            if (f.size() != 6) throw row.error("expected 6 columns");
            if (!f.get(3).contains(f.get(4))) throw row.error("expression not in sentence");
            String[] v = f.get(5).strip().split("\\s+");
            rows.add(new SuiteRow(f.get(0), f.get(1), LocalDate.parse(f.get(2)), f.get(3), f.get(4), v[0], v.length > 1 ? v[1] : null,
                    row.number()));
        }
        return rows;
    }

    /** Offset of the expression in the sentence. */
    int start() {
        return sentence.indexOf(expression);
    }

    int end() {
        return start() + expression.length();
    }

    @Override
    public String toString() {
        return lang + " " + dateClass + " line " + line + ": " + expression;
    }
}
