package org.chronograph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronograph.extract.time.DateFinder;
import org.chronograph.extract.time.TimeContext;
import org.chronograph.extract.time.TimeMention;
import org.chronograph.source.Block;
import org.chronograph.source.TextRange;

/**
 * The period a part of the page is about, which dates what its sentences tell without a date of their own: a
 * heading's date for its section ("Leadership Changes (2024)"), a list item's lead-in date for the item ("<b>Boom and
 * bust (2000-2002)</b>: ..."), a table column's header date for its cells ("Funding (as of Q3 2025)"), else the
 * table's caption date. Reads the sentences in order; one instance per article.
 */
final class PageDates {
    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile("\\d\\s*[-–—/]\\s*\\d|\\d\\s+(?:to|à|au|-)\\s+\\d");
    private final PageLayout layout;
    private final DateFinder dates;
    private final TimeContext context;
    private final ColumnHeaders columns;
    private final EventDate[] sections = new EventDate[7];
    private final Map<TextRange, EventDate> leadIns = new HashMap<>();
    /** The lead-ins that are a date and nothing else ("**Mars 2024** — ..."): an entry of a chronology. */
    private final java.util.Set<TextRange> dateLeadIns = new java.util.HashSet<>();
    private final Map<String, EventDate> headers = new HashMap<>();
    /** The events of a person's career, which a date from another part of the page does not date. */
    private static final java.util.Set<EventType> CAREER = java.util.EnumSet.of(EventType.JOIN, EventType.DEPARTURE,
            EventType.APPOINTMENT);
    /** The last date of the sentences before the one being read, and the last one of that sentence. */
    private EventDate told;
    private EventDate telling;

    PageDates(PageLayout layout, DateFinder dates, TimeContext context, ColumnHeaders columns) {
        this.layout = layout;
        this.dates = dates;
        this.context = context;
        this.columns = columns;
    }

    /**
     * Notes the dates sentence {@code s} gives when it is a heading or holds a lead-in. A table row's dates are its
     * own facts ("| Series A | 2022 | ... |"), not the time the story goes on in, so they are no date told.
     *
     * @return whether {@code s} is a heading with no date that closes every dated section ("## Funding (2024)" then
     * "## People"): the time that section was told in ends with it
     */
    boolean note(AnalyzedSentence s, List<TimeMention> times) {
        told = telling != null ? telling : told;
        telling = null;
        Block block = layout.blockOf(s);
        if (block != null && block.kind() == Block.Kind.ROW) return false;
        for (TimeMention t : times) {
            if (t.date() != null && context.tellsStory(s.text(), t)) telling = t.date();
        }
        if (block == null) return false;
        boolean closes = false;
        if (block.kind() == Block.Kind.HEADING) {
            boolean dated = section() != null;
            int level = Math.max(1, Math.min(6, block.level()));
            for (int l = level; l < sections.length; l++) sections[l] = null;
            sections[level] = onlyDate(times, 0, Integer.MAX_VALUE);
            closes = dated && section() == null && times.stream().allMatch(t -> t.date() == null);
        }
        TextRange leadIn = block.leadIn();
        if (leadIn != null && leadIn.begin() >= s.begin() && leadIn.end() <= s.end()) {
            EventDate date = onlyDate(times, leadIn.begin() - s.begin(), leadIn.end() - s.begin());
            if (date != null) leadIns.put(leadIn, date);
            if (date != null && date.equals(wholeDate(layout.textOf(leadIn)))) dateLeadIns.add(leadIn);
        }
        return closes;
    }

    /**
     * The last date the article told before the sentence {@link #note} read last that sets the story's time (a table
     * row's dates do not), or {@code null} when it told none yet.
     */
    EventDate toldBefore() {
        return told;
    }

    /** Whether {@code s} is a table row, whose dates are its own facts and no time the story goes on in. */
    boolean row(AnalyzedSentence s) {
        Block block = layout.blockOf(s);
        return block != null && block.kind() == Block.Kind.ROW;
    }

    /**
     * The one date told in {@code [from, to)} of a sentence, or {@code null}: a span of years ("Restructuring
     * (2020–2023)", "From 2023 Breakthrough to 2025 Struggles") is no period to date events by.
     */
    private static EventDate onlyDate(List<TimeMention> times, int from, int to) {
        EventDate only = null;
        for (TimeMention t : times) {
            if (t.start() < from || t.end() > to) continue;
            if (only != null || RANGE.matcher(t.text()).find()) return null;
            only = t.date();
        }
        return only;
    }

    /**
     * The date events of {@code s} take when they have none of their own: in a table cell its column's header date,
     * else the table's caption date, else the row's date: the one cell of the row that is a date and nothing else,
     * under a header naming no event ("| 2022 | Levée de 40 millions d'euros |" under "| Année | Événement |", "| Series
     * A | Balderton | May 2023 |" under "| Round | Lead investor | Date |"); never a date a cell tells among other words
     * or under a column naming an event of its own ("Founded": that date is the founding's), else the paragraph's latest date, else the item's lead-in
     * date, else the section's, else the last date the article told before the sentence: a story keeps its time
     * across paragraphs and headings until it names another ("OpenAI held its conference on 6 October." then, under
     * "Announcements", "- Apps: developers can now build apps in the chat"), as readers and the annotations take it.
     */
    EventDate fallback(AnalyzedSentence s, EventDate paragraphDate) {
        Block block = layout.blockOf(s);
        if (block == null) return paragraphDate != null ? paragraphDate : told;
        if (block.kind() == Block.Kind.ROW) {
            Block.Cell cell = block.cellAt(s.begin());
            EventDate header = cell == null ? null : dateOf(block.headerOf(cell));
            if (header != null) return header;
            EventDate caption = dateOf(block.caption());
            return caption != null || cell == null ? caption : rowDate(block, cell);
        }
        if (paragraphDate != null) return paragraphDate;
        TextRange leadIn = block.leadIn();
        if (leadIn != null && leadIns.containsKey(leadIn)) return leadIns.get(leadIn);
        EventDate section = section();
        return section != null ? section : told;
    }

    /**
     * An event as dated when its date is its page's or story's, not its own: a person's joining, leaving or new role
     * keeps a date its paragraph, list item or section gives, not the last one the article told elsewhere. Careers are
     * told by topic as often as in time ("At DEC, he ... At Apple, he ..."; a closing "Musk is still angry about his
     * exit"), and a date carried over from another part of the page would misorder the moves derived from them.
     *
     * @param ownDate whether the event's date was stated in its own sentence (or its table cell's header)
     */
    Event scoped(Event e, boolean ownDate, AnalyzedSentence s, EventDate paragraphDate) {
        if (!CAREER.contains(e.type()) || !carried(e, ownDate, s, paragraphDate)) return e;
        return e.withDate(null);
    }

    /**
     * Whether an event's date is the last one the article told in another part of the page, neither its own nor its
     * paragraph's, list item's, table row's or section's.
     */
    boolean carried(Event e, boolean ownDate, AnalyzedSentence s, EventDate paragraphDate) {
        if (ownDate || e.date() == null || !e.date().equals(told)) return false;
        return !localPart(s, paragraphDate);
    }

    /**
     * The time {@code s}'s own part of the page gives ({@link #fallback}), or {@code null} when there is none or it is
     * only the last date told in another part.
     */
    EventDate local(AnalyzedSentence s, EventDate paragraphDate) {
        EventDate f = fallback(s, paragraphDate);
        return f != null && f.equals(told) && !localPart(s, paragraphDate) ? null : f;
    }

    /** Whether {@code s}'s paragraph, table row, list item's lead-in or section gives a time of its own. */
    private boolean localPart(AnalyzedSentence s, EventDate paragraphDate) {
        Block block = layout.blockOf(s);
        return paragraphDate != null || block != null && block.kind() == Block.Kind.ROW
                || block != null && block.leadIn() != null && leadIns.containsKey(block.leadIn()) || section() != null;
    }

    /**
     * The date of the lead-in of the list item {@code s} belongs to ("**Premier modèle (2021)** : Helio 1, publié sous
     * licence ouverte"), or {@code null}: the item's events that their own clause does not date take it, as the
     * parse links no date of the lead-in to the item's verb.
     */
    EventDate leadIn(AnalyzedSentence s) {
        Block block = layout.blockOf(s);
        if (block == null || block.leadIn() == null) return null;
        return leadIns.get(block.leadIn());
    }

    /**
     * Whether {@code s} belongs to a list item opened by a date and nothing else ("- **Juin 2025** — Le conseil a nommé
     * ..."): an entry of a chronology, whose every event is at that date, a person's new post as much as a release.
     */
    boolean chronologyEntry(AnalyzedSentence s) {
        Block block = layout.blockOf(s);
        return block != null && block.leadIn() != null && dateLeadIns.contains(block.leadIn());
    }

    /**
     * The date the page states for {@code s} beside its words: a table cell's column header date ("Funding (as of Q3
     * 2025)"), which is the cell's own date as much as one written in it; else {@code null}.
     */
    EventDate stated(AnalyzedSentence s) {
        Block block = layout.blockOf(s);
        if (block == null || block.kind() != Block.Kind.ROW) return null;
        Block.Cell cell = block.cellAt(s.begin());
        return cell == null ? null : dateOf(block.headerOf(cell));
    }

    /**
     * The one date of {@code block}'s cells other than {@code told} that are a date and nothing else, under a header
     * naming no event, or {@code null} (none, or two).
     */
    private EventDate rowDate(Block block, Block.Cell told) {
        EventDate only = null;
        for (Block.Cell other : block.cells()) {
            if (other.equals(told) || columns.namesEvent(block.headerOf(other))) continue;
            EventDate date = wholeDate(layout.textOf(other.range()));
            if (date == null) continue;
            if (only != null && !only.equals(date)) return null;
            only = date;
        }
        return only;
    }

    /** The date a cell's text is, when it is one date and nothing else ("2022", "Septembre 2025", "Q3 2025"). */
    private EventDate wholeDate(String cell) {
        List<TimeMention> found = dates.find(cell, context);
        if (found.size() != 1 || found.get(0).date() == null) return null;
        TimeMention t = found.get(0);
        String rest = cell.substring(0, t.start()) + cell.substring(t.end());
        return rest.codePoints().anyMatch(Character::isLetterOrDigit) ? null : t.date();
    }

    /** The date a column header or caption gives ("Funding (as of Q3 2025)": 2025-Q3), or {@code null}. */
    EventDate dateOf(String header) {
        if (header == null || header.isBlank()) return null;
        return headers.computeIfAbsent(header, h -> {
            List<TimeMention> found = dates.find(h, context);
            return found.isEmpty() ? null : found.get(0).date();
        });
    }

    private EventDate section() {
        for (int l = sections.length - 1; l >= 1; l--) {
            if (sections[l] != null) return sections[l];
        }
        return null;
    }
}
