package org.chronograph.extract.time;

import org.chronograph.extract.EventDate;

import java.time.LocalDate;
import java.util.List;

/**
 * What an article has said about time so far: its publication date and the last date it mentioned.
 *
 * <p>Mutable and not thread-safe: make one per article and walk its sentences in order, calling
 * {@link #advance(List)} after each. Every dated mention moves the anchor, including relative ones once resolved,
 * so "In 2019 ... Two years later ... The following year ..." reads 2019, 2021, 2022.
 */
public final class TimeContext {
    private final LocalDate published;
    private EventDate lastExplicit;
    private boolean framing = true;
    /** Whether the last date told opened its sentence ("In 2025, ...", "- March 2024: ..."). */
    private boolean opened;
    private int paragraph;
    /**
     * Whether the time a month told without a year falls in was set by a date a list item told in passing (not opening
     * its sentence): the next item ends it ({@link #newItem()}).
     */
    private boolean framedInItem;
    /** Whether a heading was read since the last date told: relatives ("the following year") then count from nothing. */
    private boolean newSection;
    /** Sentences read since the last heading (the heading's own is the first), or -1 before any heading. */
    private int sinceHeading = -1;
    /** Words at most in a section's first sentence that sets the section's year by naming it anywhere. */
    private static final int SECTION_OPENING_WORDS = 10;

    /**
     * Starts a context for one article.
     *
     * @param published the publication date, or null when unknown (publication-relative expressions are then skipped)
     */
    public TimeContext(LocalDate published) {
        this.published = published;
    }

    /** The publication date, or null. */
    public LocalDate published() {
        return published;
    }

    /** The last date mentioned so far in the article, or null when none was. */
    public EventDate lastExplicit() {
        return lastExplicit;
    }

    /** Index of the current paragraph (0-based), counted by {@link #newParagraph()}. */
    public int paragraph() {
        return paragraph;
    }

    /**
     * Remembers the last date of a sentence's mentions; an empty list leaves the context unchanged.
     *
     * @param found the mentions {@link DateFinder#find} returned for the sentence just read
     */
    public void advance(List<TimeMention> found) {
        if (!found.isEmpty()) {
            lastExplicit = found.getLast().date();
            framing = true;
            newSection = false;
        }
    }

    /**
     * Remembers the last date of a sentence's mentions, and whether it sets the time the next sentences are told in
     * (see {@link #framing()}); an empty list leaves the context unchanged.
     *
     * @param found    the mentions {@link DateFinder#find} returned for the sentence
     * @param sentence the sentence they were found in
     */
    public void advance(List<TimeMention> found, String sentence) {
        if (sinceHeading >= 0) sinceHeading++;
        // "their win in the 2012 ImageNet competition" names a thing: the story stays in its year
        List<TimeMention> told = found.stream().filter(m -> tellsStory(sentence, m)).toList();
        if (told.isEmpty()) return;
        TimeMention last = told.getLast();
        opened = Frames.opens(told, sentence);
        // "In 2025, X released Y in May": a month placed by a year its own sentence told first was not placed by the
        // publication date, so it frames the next sentences as that year would
        boolean onPublication = (lastExplicit == null || !framing && published != null) && !placedBySentence(told, sentence);
        advance(told);
        // "In late November, X released Y. In January, ...": a month the publication date placed frames no later one
        // "Last year, X partnered with Y. In January, it raised ...": a year counted from the publication date places a
        // later month by the publication date too (the January before publication), as "last September" does
        // "## People" then "The rivalry turned personal in 2025. ... in August": a short sentence opening a section tells
        // the year the section is told in, even where it names it last; a longer one may tell a backstory in passing
        // ("## Research ties" then "Caldera was spun out of the institute in 2022, where its founders met ...")
        boolean opensSection = sinceHeading == 2 && sentence.strip().split("\\s+").length <= SECTION_OPENING_WORDS;
        framing = (Frames.sets(told, sentence) || opensSection)
                && !Frames.placedOnPublication(onPublication, last.relative(), last.date()) && !last.fromPublication();
    }

    /**
     * Whether the last of a sentence's dates falls in the year of an earlier date of the same sentence written with
     * its year and not told aside ("In 2025, ... in May"; "**2025** — ... postponed in January, then launched in May").
     */
    private static boolean placedBySentence(List<TimeMention> told, String sentence) {
        TimeMention last = told.getLast();
        if (last.date() == null) return false;
        for (TimeMention m : told.subList(0, told.size() - 1)) {
            if (!m.relative() && m.date() != null && m.date().year() == last.date().year() && !Frames.aside(sentence, m)) return true;
        }
        return false;
    }

    /**
     * Whether the last sentence that told a date opened with it, or with another date of the same year ("In 2025,
     * Larkspur opened an office", "- **March 2024** — ..."): a chronology's entry, whose year the next entries go on in.
     */
    public boolean opened() {
        return opened;
    }

    /**
     * Whether the last date mentioned sets the time a month or day told without a year falls in ("In 2019, ... In May,
     * ..."; "In March 2024 ... By June ..."), or was only mentioned in passing ("The firm, founded in 2021, ... In
     * April, it bought ...", a news story's April being the one before its publication).
     */
    public boolean framing() {
        return framing;
    }

    /**
     * Ends the time the last date set for a month or day told without a year (see {@link #framing()}): the section
     * it was told in has closed, so such a month is placed by the publication date again; relatives ("two years
     * later") still count from the last date.
     */
    public void endFrame() {
        framing = false;
    }

    /**
     * Marks the first sentence of a list item. An item is a fact of its own ("- Ruth Ellery ... took the company to court
     * in June 2024." then "- Tobias Lund ... Signed on in January"), so a month told without a year in it is not placed
     * by a date another item told in passing; a heading's or an intro's date still frames the items under it, and so
     * does an item opened by its date, a chronology's entry ("- In 2025, X opened an office." then "- In March, it
     * released Y").
     */
    public void newItem() {
        if (framedInItem) endFrame();
        framedInItem = false;
    }

    /** Marks a sentence outside any list item: a date an item told in passing is no item's any more. */
    public void outsideItems() {
        framedInItem = false;
    }

    /**
     * Notes a list item's sentence once it was read ({@link #advance(List, String)}): when it told a date, whether that
     * date was told in passing, so that the next item ends the time it set ({@link #newItem()}).
     *
     * @param toldBefore {@link #lastExplicit()} as it was before the sentence was read
     */
    public void readInItem(EventDate toldBefore) {
        if (lastExplicit != toldBefore) framedInItem = !opened;
    }

    /**
     * Marks a heading: an expression counted from the date told before ("the following year", "deux ans plus tard",
     * "la même année") is not counted across it, as the date it would count from belongs to another part of the page;
     * it stays undated until a date is told in the new section (the heading's own counts).
     */
    public void newSection() {
        newSection = true;
        sinceHeading = 0;
    }

    /**
     * Marks a paragraph break; the anchor carries over, because news stories keep their year across paragraphs.
     */
    public void newParagraph() {
        paragraph++;
    }

    /**
     * Whether a date of a sentence sets the time its story is told in, so that the next sentences' events may take it:
     * not a year naming a thing ("the 2012 ImageNet competition"), nor a date in an aside in parentheses.
     */
    public static boolean setsStory(String sentence, TimeMention m) {
        return Frames.setsStory(sentence, m);
    }

    /**
     * Whether a date of a sentence sets the time its story is told in ({@link #setsStory}) and is no later than the
     * publication day: a plan or forecast ("repoussé au premier trimestre 2027", "won't list before 2027") tells when
     * something may happen, not when the story is, so "In July, she left" told next stays the July before publication.
     */
    public boolean tellsStory(String sentence, TimeMention m) {
        return setsStory(sentence, m) && !planned(m);
    }

    /** Whether a mention's date starts after the publication day (false when either is unknown). */
    public boolean planned(TimeMention m) {
        return published != null && m.date() != null && m.date().start().isAfter(published);
    }

    /**
     * The anchor for expressions counted from the date told before: {@link #narrativeAnchor()}, or null after a heading
     * until a date is told under it.
     */
    EventDate relativeAnchor() {
        return newSection ? null : narrativeAnchor();
    }

    /** The anchor for narrative-relative expressions: the last date mentioned, else the publication day, else null. */
    EventDate narrativeAnchor() {
        if (lastExplicit != null) return lastExplicit;
        return published == null ? null : EventDate.of(published);
    }
}
