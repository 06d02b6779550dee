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
    private int paragraph;

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
        }
    }

    /**
     * Marks a paragraph break; the anchor carries over, because news stories keep their year across paragraphs.
     */
    public void newParagraph() {
        paragraph++;
    }

    /** The anchor for narrative-relative expressions: the last date mentioned, else the publication day, else null. */
    EventDate narrativeAnchor() {
        if (lastExplicit != null) return lastExplicit;
        return published == null ? null : EventDate.of(published);
    }
}
