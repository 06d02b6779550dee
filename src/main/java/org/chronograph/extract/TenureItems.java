package org.chronograph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronograph.source.Block;

/**
 * A career list item that leads with an organization and the years one was there, in any language: "**Google Brain
 * (2012-2016)**: research engineer, ...", "**Criteo (2016-2019)** : promue directrice ...". By FORMAT.md's tenure
 * convention it states a JOIN dated the first year and a DEPARTURE dated the second, of the person the list is about:
 * the paragraph's person, else the one the page's title names, else the article's main person. An item that names
 * someone else, or that does not open with the organization and its years, states none. Stateless.
 */
final class TenureItems {
    /** "(2012-2016)", "(2012 – 2016)" right after the organization's name. */
    private static final Pattern YEARS = Pattern.compile("^\\s*\\*{0,2}\\s*\\(\\s*((?:19|20)\\d\\d)\\s*[-–—]\\s*((?:19|20)\\d\\d)\\s*\\)");

    private TenureItems() {
    }

    /**
     * The join and the departure a list item's opening tenure states, or none.
     *
     * @param person who the list is about, or {@code null}
     */
    static List<Event> of(AnalyzedSentence s, Block.Kind block, List<EntityMention> mentions, Entity person, Evidence evidence) {
        if (block != Block.Kind.ITEM || person == null || mentions.isEmpty()) return List.of();
        EntityMention first = mentions.stream().min(Comparator.comparingInt(EntityMention::from)).orElseThrow();
        if (!first.type().isOrganization() || first.from() > 2) return List.of();
        // nothing but markup before the name
        for (int i = 0; i < first.from(); i++) {
            if (s.tokens().get(i).word().chars().anyMatch(Character::isLetterOrDigit)) return List.of();
        }
        if (mentions.stream().anyMatch(m -> m.type() == EntityType.Person && !m.entity().key().equals(person.key()))) return List.of();
        int end = s.tokens().get(first.to() - 1).endPosition() - s.begin();
        if (end < 0 || end > s.text().length()) return List.of();
        Matcher years = YEARS.matcher(s.text().substring(end));
        if (!years.find() || years.group(1).compareTo(years.group(2)) > 0) return List.of();
        EntityRef org = first.entity().ref();
        EntityRef who = person.ref();
        List<Event> out = new ArrayList<>();
        out.add(new Event(EventType.JOIN, EventDate.of(years.group(1)), List.of(new Participant(who, "person"),
                new Participant(org, "organization")), evidence, 0.7));
        out.add(new Event(EventType.DEPARTURE, EventDate.of(years.group(2)), List.of(new Participant(who, "person"),
                new Participant(org, "organization")), evidence, 0.7));
        return out;
    }

    /** The person entity the page's title names (by name or alias, as a whole word), or {@code null}. */
    static Entity titled(String title, List<Entity> entities) {
        if (title == null || title.isBlank()) return null;
        String t = " " + title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        for (Entity e : entities) {
            if (e.type() != EntityType.Person) continue;
            List<String> forms = new ArrayList<>(e.aliases());
            forms.add(e.name());
            for (String f : forms) {
                String n = f.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
                if (n.length() >= 3 && t.contains(" " + n + " ")) return e;
            }
        }
        return null;
    }
}
