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
    /** The organization the heading the current sentences stand under names, when it names one alone; else {@code null}. */
    private EntityRef headingOrganization;

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
            List<EntityRef> named = mentions.stream().filter(m -> m.type().isOrganization()).map(m -> m.entity().ref()).distinct().toList();
            headingOrganization = named.size() == 1 ? named.get(0) : null;
            return found;
        }
        TextRange leadIn = block.leadIn();
        if (block.kind() != Block.Kind.ITEM || block.depth() != 1 || leadIn == null
                || leadIn.begin() < s.begin() || leadIn.end() > s.end()) {
            return found;
        }
        Event founded = foundedItem(s, found, mentions, times, leadIn, evidence);
        if (founded != null) found = java.util.stream.Stream.concat(found.stream(), java.util.stream.Stream.of(founded)).toList();
        if (heading != null) {
            releases = namesReleases(heading);
            heading = null;
        }
        if (!releases) return found;
        // "**Qingyu-Coder (2023)** : ..., publié en août 2023": a label's year told again finer dates the release finer
        TimeMention first = times.stream().filter(t -> t.date() != null).findFirst().orElse(null);
        EventDate date = first == null ? storyDate : TriggerDates.finerAfterLabel(s.text(), times, first).date();
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

    /**
     * "## Veltrix" over "- **Fondation** : 2015": an item whose label is a founding word read as a column's name is
     * ({@code FOUNDING:column} trigger rules: "Fondation", "Création", "Founded") and whose value is a date states the
     * founding of the one organization its heading names; {@code null} when it states none or the sentence told it.
     */
    private Event foundedItem(AnalyzedSentence s, List<Event> found, List<EntityMention> mentions, List<TimeMention> times,
                              TextRange leadIn, Evidence evidence) {
        if (headingOrganization == null || found.stream().anyMatch(e -> e.type() == EventType.FOUNDING)) return null;
        EventDate date = times.stream().map(TimeMention::date).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        int from = leadIn.begin() - s.begin();
        int to = leadIn.end() - s.begin();
        // the item names no one and nothing else than the heading's organization ("**Fondation** : 2015, par Jean Martin"
        // is read by the sentence rules); the label itself may read as a name ("Fondation")
        if (date == null || mentions.stream().anyMatch(m -> (m.type().isOrganization() || m.type() == EntityType.Person)
                && !m.entity().key().equals(headingOrganization.key())
                && s.tokens().get(m.from()).beginPosition() - s.begin() >= to)) return null;
        boolean label = triggers.findInColumn(lang, s).stream()
                .anyMatch(h -> h.type() == EventType.FOUNDING && h.start() >= from && h.end() <= to);
        return label ? new Event(EventType.FOUNDING, date, List.of(new Participant(headingOrganization, "founded")), evidence, 0.55) : null;
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
