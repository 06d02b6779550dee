package org.chronograph.extract.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.chronograph.extract.KnowledgeFile;

/**
 * Whether two dates of a sentence are the start and the end of one span of time ("from 2014 to 2024", "between 2012
 * and 2019", "(2015–2018)", "de 2014 à 2024"), from the language's {@code extract/time/<lang>/range-links.tsv}: a span's
 * start dates a joining or a taking of a role, its end a leaving. Immutable.
 */
public final class RangeLinks {
    private record Link(Pattern between, Pattern before) {
    }

    private static final Map<String, RangeLinks> BY_FOLDER = Map.of("en", load("en"), "fr", load("fr"));
    private final List<Link> links;

    private RangeLinks(List<Link> links) {
        this.links = List.copyOf(links);
    }

    /** The links of a language ("fr"; any other reads English). */
    public static RangeLinks forLanguage(String language) {
        return BY_FOLDER.get(Resources.folder(language));
    }

    private static RangeLinks load(String folder) {
        List<Link> out = new ArrayList<>();
        for (KnowledgeFile.Row r : KnowledgeFile.bundled("extract/time/" + folder + "/range-links.tsv", 3)) {
            int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
            Pattern before = r.column(1).equals("-") ? null : Pattern.compile("(?:" + r.column(1) + ")\\z", flags);
            out.add(new Link(Pattern.compile(r.column(0), flags), before));
        }
        return new RangeLinks(out);
    }

    /**
     * True when {@code first} starts and {@code second} ends one span: only a link separates them (the second's own
     * leading word counted: "until 2021"), and what comes before the first is what the link asks for.
     */
    public boolean spans(String sentence, TimeMention first, TimeMention second) {
        if (second.start() < first.end()) return false;
        String gap = sentence.substring(first.end(), second.start());
        String lead = leadingWord(second.text());
        String before = sentence.substring(Math.max(0, first.start() - 40), first.start());
        for (Link l : links) {
            if (l.before() != null && !l.before().matcher(before).find()) continue;
            if (l.between().matcher(gap).matches() || !lead.isEmpty() && l.between().matcher(gap + lead).matches()) return true;
        }
        return false;
    }

    /** The words of a mention before its first digit ("until " in "until 2021", "jusqu'en " in "jusqu'en 2021"). */
    private static String leadingWord(String text) {
        int i = 0;
        while (i < text.length() && !Character.isDigit(text.charAt(i))) i++;
        return i < text.length() ? text.substring(0, i) : "";
    }
}
