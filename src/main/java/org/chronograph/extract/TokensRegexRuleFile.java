package org.chronograph.extract;

import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
        List<R> rules = new java.util.ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String text;
        int n = 0;
        while ((text = r.readLine()) != null) {
            n++;
            if (text.isBlank() || text.startsWith("#")) continue;
            if (text.startsWith("$")) {
                int eq = text.indexOf('=');
                env.bind(text.substring(0, eq).trim(), text.substring(eq + 1).trim());
                continue;
            }
            String where = resource + ":" + n;
            String[] cols = text.split("\t");
            if (cols.length != 3) throw new ChronographException(where + ": expected a head, a pattern and examples: " + text);
            try {
                rules.add(reader.read(new Line(where, cols[0], TokenSequencePattern.compile(env, cols[1]), cols[1],
                        List.of(cols[2].split("\\s+\\|\\s+")))));
            } catch (ChronographException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ChronographException(where + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(rules);
    }
}
