package org.chronograph.extract;

import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.chronograph.ChronographException;

/**
 * A rule file of TokensRegex patterns, one rule a line: {@code HEAD<TAB>pattern<TAB>example | example}, with
 * {@code $NAME = pattern} lines binding macros and {@code #} comments; words match without regard to case. The
 * trigger rules ({@link Triggers}) and the context cues ({@link ContextCues}) are such files; each reads its own head.
 */
final class TokensRegexRuleFile {
    /** One rule line: where it is, its head column, its compiled pattern, the pattern's text and its examples. */
    record Line(String where, String head, TokenSequencePattern pattern, String source, List<String> examples) {
    }

    /** What a file makes of one rule line. */
    interface Reader<R> {
        R read(Line line);
    }

    private TokensRegexRuleFile() {
    }

    /**
     * The rules of a file, each made by {@code reader}; a line that is not three columns, a bad pattern or a head the
     * reader refuses (any runtime exception) stops the load with the file and line.
     */
    static <R> List<R> read(String resource, InputStream in, Reader<R> reader) throws IOException {
        Env env = TokenSequencePattern.getNewEnv();
        env.setDefaultStringPatternFlags(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        env.setDefaultStringMatchFlags(NodePattern.CASE_INSENSITIVE);
        List<R> rules = new ArrayList<>();
        for (KnowledgeFile.Row row : KnowledgeFile.read(in, resource, 1)) {
            String text = row.line();
            if (text.startsWith("$")) {
                int eq = text.indexOf('=');
                if (eq < 0) throw row.error("expected $NAME = pattern: " + text);
                env.bind(text.substring(0, eq).trim(), text.substring(eq + 1).trim());
                continue;
            }
            List<String> cols = row.columns();
            if (cols.size() != 3) throw row.error("expected a head, a pattern and examples: " + text);
            try {
                rules.add(reader.read(new Line(row.where(), cols.get(0), TokenSequencePattern.compile(env, cols.get(1)), cols.get(1),
                        List.of(cols.get(2).split("\\s+\\|\\s+")))));
            } catch (ChronographException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ChronographException(row.where() + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(rules);
    }
}
