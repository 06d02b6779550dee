package org.chronograph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Teams named with a lower-case "team" after a capitalised name: "OpenAI's Superalignment team", "the Dota team",
 * "its Trust and Safety team". FORMAT.md makes a named unit inside an organization an {@code Organization}, but the
 * tagger reads only the capitalised words ("Superalignment", a common word to it), so the team was never a candidate.
 * The name before "team" is one to four capitalised words (with "and" or "&" between two of them), none a title, month
 * or not-a-name word ("the AI team", "the CPU team"), and no name the gazetteer or a model-name pattern knows ("the
 * OpenAI team" is OpenAI's staff, "the Bing team" Bing's: the name stays the known one's mention). A team is
 * an Organization by this rule, not by the learned typer, and is added at extraction only, so the typer's training
 * candidates (and its weights) do not change. Stateless.
 */
final class TeamNames implements SpanAdder {
    static final String SOURCE = "team";
    private static final Set<String> HEADS = Set.of("team");
    private static final Set<String> INNER = Set.of("and", "&");
    private static final int MAX_WORDS = 4;

    private final Cues cues;

    TeamNames(Cues cues) {
        this.cues = cues;
    }

    /** Whether the candidate was named as a team (any of its mentions). */
    static boolean isTeam(Candidate c) {
        return c.foundBy(SOURCE);
    }

    @Override
    public List<Span> add(AnalyzedSentence s, List<Span> spans) {
        List<CoreLabel> toks = s.tokens();
        List<Span> out = new ArrayList<>(spans);
        for (int head = 1; head < toks.size(); head++) {
            if (!HEADS.contains(toks.get(head).word())) continue;
            final int j = head;
            int from = start(toks, j);
            if (from < 0) continue;
            int to = j + 1;
            List<Span> inside = out.stream().filter(o -> o.from() < to && from < o.to()).toList();
            // a name the gazetteer or a model-name pattern knows, a person or a span reaching outside the run: no team
            if (inside.stream().anyMatch(o -> o.from() < from || o.to() > j || o.type() == EntityType.Person
                    || o.known())) continue;
            out.removeAll(inside);
            String text = s.span(from, to);
            out.add(new Span(s.index(), from, to, toks.get(from).beginPosition(), toks.get(j).endPosition(), text,
                    EntityType.Organization, SOURCE, null));
        }
        out.sort(Comparator.comparingInt(Span::from));
        return out;
    }

    /** Where the name before "team" at {@code head} starts, or -1 when no name stands there. */
    private int start(List<CoreLabel> toks, int head) {
        int k = head - 1;
        int words = 0;
        int from = -1;
        while (k >= 0 && words < MAX_WORDS) {
            String w = toks.get(k).word();
            if (capitalised(w) && !blocked(w)) {
                from = k;
                words++;
                k--;
            } else if (INNER.contains(w) && from == k + 1 && k > 0 && capitalised(toks.get(k - 1).word())) {
                k--;
            } else {
                break;
            }
        }
        if (from < 0) return -1;
        // "... said. Research team members": a capitalised word opening the sentence alone is no name
        if (from == 0 && words == 1 && !RepeatedNames.properNoun(toks.get(0))) return -1;
        return from;
    }

    private boolean blocked(String w) {
        return cues.is("role-word", w) || cues.isMonth(w) || cues.is("not-name", w) || cues.is("title-word", w);
    }

    private static boolean capitalised(String w) {
        return w.length() >= 2 && Character.isUpperCase(w.codePointAt(0));
    }
}
