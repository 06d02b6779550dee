package org.chronograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.chronograph.extract.time.TimeMention;
import org.chronograph.source.Block;
import org.chronograph.source.TextRange;

/**
 * Releases a list states through its heading: under a heading whose words name releases ("Principales annonces et
 * sorties", "Lancements", "New releases"), each item that opens with a model's or product's name ("**Vega 3** : un
 * modèle multimodal ...") states that release, with no trigger word of its own; its maker is the family's known maker,
 * else the article's company. The heading is read with the same trigger words as sentences (as {@link ColumnEvents}
 * reads a table's header). One per article: it follows the headings as the sentences come, in reading order. A
 * heading is read (a CoreNLP pass over its words) only when an item under it opens with a lead-in: most headings stand
 * over prose, and their words decide nothing.
 */
final class HeadingItems {
    private final PageLayout layout;
    private final Triggers triggers;
    private final String lang;
    /** Reads a heading's text as sentences (tokens, tags, lemmas), for the trigger rules. */
    private final Function<String, List<AnalyzedSentence>> reader;
    /** The text of the heading the current sentences stand under, until it is read; {@code null} once read, or before any. */
    private String heading;
    /** Whether the heading the current sentences stand under names releases (once {@link #heading} is read). */
    private boolean releases;

    HeadingItems(PageLayout layout, Triggers triggers, String lang, Function<String, List<AnalyzedSentence>> reader) {
        this.layout = layout;
        this.triggers = triggers;
        this.lang = lang;
        this.reader = reader;
    }

    /**
     * {@code found} (the events the sentence's words state) and the releases its item states under a heading that names
     * releases: one per model or product its lead-in names that {@code found} does not release already, dated by the
     * item's own first date, else {@code storyDate} (the time the page and story give it, {@link PageDates#fallback}).
     */
    List<Event> with(AnalyzedSentence s, List<Event> found, List<EntityMention> mentions, List<TimeMention> times,
                     EventDate storyDate, Evidence evidence, Function<Entity, EntityRef> makerOf) {
        Block block = layout.blockOf(s);
        if (block == null) return found;
        if (block.kind() == Block.Kind.HEADING) {
            heading = s.text();
            releases = false;
            return found;
        }
        TextRange leadIn = block.leadIn();
        if (block.kind() != Block.Kind.ITEM || block.depth() != 1 || leadIn == null
                || leadIn.begin() < s.begin() || leadIn.end() > s.end()) {
            return found;
        }
        if (heading != null) {
            releases = namesReleases(heading);
            heading = null;
        }
        if (!releases) return found;
        EventDate date = times.stream().map(TimeMention::date).filter(java.util.Objects::nonNull).findFirst().orElse(storyDate);
        List<Event> out = new ArrayList<>(found);
        for (EntityMention m : mentions) {
            boolean product = m.type() == EntityType.Model || m.type() == EntityType.Product;
            if (!product || m.from() >= m.to() || s.tokens().get(m.from()).beginPosition() < leadIn.begin()
                    || s.tokens().get(m.to() - 1).endPosition() > leadIn.end()) {
                continue;
            }
            String key = m.entity().key();
            boolean told = out.stream().anyMatch(e -> e.type() == EventType.RELEASE
                    && e.participants().stream().anyMatch(p -> p.entity().key().equals(key)));
            if (told) continue;
            List<Participant> participants = new ArrayList<>();
            EntityRef maker = makerOf.apply(m.entity());
            if (maker != null) participants.add(new Participant(maker, "maker"));
            participants.add(new Participant(m.entity().ref(), "product"));
            out.add(new Event(EventType.RELEASE, date, participants, evidence, 0.55));
        }
        return out;
    }

    /** Whether a heading's words name releases, by the trigger rules (read lower-cased: its capitals are no name cue). */
    private boolean namesReleases(String heading) {
        VerbLemmas lemmas = VerbLemmas.bundled(lang);
        for (AnalyzedSentence h : reader.apply(heading.toLowerCase(Locale.ROOT))) {
            if (lemmas != null) lemmas.annotate(h.tokens());
            if (triggers.find(lang, h).stream().anyMatch(t -> t.type() == EventType.RELEASE)) return true;
        }
        return false;
    }
}
