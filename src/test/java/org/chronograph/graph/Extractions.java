package org.chronograph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronograph.extract.Entity;
import org.chronograph.extract.EntityKeys;
import org.chronograph.extract.EntityRef;
import org.chronograph.extract.EntityType;
import org.chronograph.extract.Event;
import org.chronograph.extract.EventDate;
import org.chronograph.extract.EventType;
import org.chronograph.extract.Evidence;
import org.chronograph.extract.Extraction;
import org.chronograph.extract.Mention;
import org.chronograph.extract.Move;
import org.chronograph.extract.Participant;
import org.chronograph.source.Article;
import org.chronograph.source.Body;

/**
 * Builds extractions by hand for tests: an article, its entities (keyed by {@link EntityKeys}), events and moves.
 * Sentences are appended to the article text, so evidence offsets point at real text.
 */
public final class Extractions {
    private final String id;
    private final String lang;
    private String title;
    private LocalDate published;
    private String hash;
    private final StringBuilder text = new StringBuilder();
    private final Map<String, EntityBuilder> entities = new LinkedHashMap<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Move> moves = new ArrayList<>();
    private final List<Evidence> sentences = new ArrayList<>();
    private final Map<String, List<Mention>> mentionsOf = new LinkedHashMap<>();

    private Extractions(String id, String lang) {
        this.id = id;
        this.lang = lang;
        this.title = "Article " + id;
        this.hash = "hash-of-" + id;
    }

    /** A new article with the given id and language; its hash is {@code hash-of-ID} until {@link #hash(String)}. */
    public static Extractions article(String id, String lang) {
        return new Extractions(id, lang);
    }

    public Extractions title(String title) {
        this.title = title;
        return this;
    }

    public Extractions published(String day) {
        this.published = LocalDate.parse(day);
        return this;
    }

    public Extractions hash(String hash) {
        this.hash = hash;
        return this;
    }

    /** An entity with a name, type, confidence 0.9 and aliases; mentioned once per name and alias. */
    public Extractions entity(String name, EntityType type, String... aliases) {
        return entity(name, type, 0.9, aliases);
    }

    /** An entity with an explicit confidence. */
    public Extractions entity(String name, EntityType type, double confidence, String... aliases) {
        entities.put(name, new EntityBuilder(name, type, confidence, Arrays.asList(aliases)));
        return this;
    }

    /** An event stated by a sentence; {@code date} may be {@code null}; participants as name, role, name, role... */
    public Extractions event(EventType type, String date, String sentence, String... namesAndRoles) {
        return event(type, date == null ? null : EventDate.of(date), sentence, namesAndRoles);
    }

    /** An event with a date that may carry a modifier. */
    public Extractions event(EventType type, EventDate date, String sentence, String... namesAndRoles) {
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < namesAndRoles.length; i += 2) {
            participants.add(new Participant(ref(namesAndRoles[i]), namesAndRoles[i + 1]));
        }
        events.add(new Event(type, date, participants, sentence(sentence), 0.8));
        return this;
    }

    /** A move of a person; {@code from}, {@code to} and {@code date} may be {@code null}. */
    public Extractions move(String person, String from, String to, String date, String sentence) {
        return datedMove(person, from, to, date == null ? null : EventDate.of(date), sentence);
    }

    /** A move with a date that may carry a modifier. */
    public Extractions datedMove(String person, String from, String to, EventDate date, String sentence) {
        moves.add(new Move(ref(person), from == null ? null : ref(from), to == null ? null : ref(to), date,
                sentence(sentence), 0.8));
        return this;
    }

    /**
     * A sentence that states no fact and names the given entities (declared before), each mentioned there wherever
     * its name occurs in it: how tests make entities co-mentioned.
     */
    public Extractions sentence(String sentence, String... names) {
        Evidence evidence = sentence(sentence);
        int index = sentences.size() - 1;
        for (String name : names) {
            EntityBuilder e = entities.get(name);
            if (e == null) {
                throw new IllegalArgumentException("declare entity '" + name + "' first");
            }
            int at = sentence.indexOf(name);
            if (at < 0) {
                throw new IllegalArgumentException("'" + name + "' is not in: " + sentence);
            }
            mentionsOf.computeIfAbsent(name, k -> new ArrayList<>())
                    .add(new Mention(name, evidence.start() + at, evidence.start() + at + name.length(), index));
        }
        return this;
    }

    public Extraction build() {
        String body = text.toString();
        List<Entity> list = new ArrayList<>();
        for (EntityBuilder e : entities.values()) {
            List<Mention> mentions = new ArrayList<>();
            List<String> forms = new ArrayList<>(List.of(e.name));
            forms.addAll(e.aliases);
            for (String form : forms) {
                int at = body.indexOf(form);
                mentions.add(at < 0 ? new Mention(form, 0, form.length(), 0) : new Mention(form, at, at + form.length(), sentenceIndex(at)));
            }
            for (Mention m : mentionsOf.getOrDefault(e.name, List.of())) {
                if (!mentions.contains(m)) {
                    mentions.add(m);
                }
            }
            list.add(new Entity(EntityKeys.of(e.name), e.name, e.type, e.aliases, mentions, e.confidence));
        }
        Article article = new Article(id, "test:" + id, title, lang, published, null, Body.plain(body), hash);
        return new Extraction(article, list, events, moves, sentences.stream().map(Evidence::sentence).toList());
    }

    private EntityRef ref(String name) {
        EntityBuilder e = entities.get(name);
        if (e == null) {
            throw new IllegalArgumentException("declare entity '" + name + "' first");
        }
        return new EntityRef(EntityKeys.of(e.name), e.name, e.type);
    }

    private Evidence sentence(String sentence) {
        if (text.length() > 0) {
            text.append(' ');
        }
        int start = text.length();
        text.append(sentence);
        Evidence evidence = new Evidence(sentence, start, text.length());
        sentences.add(evidence);
        return evidence;
    }

    /** The index of the sentence that holds the offset. */
    private int sentenceIndex(int at) {
        for (int i = sentences.size() - 1; i >= 0; i--) {
            if (sentences.get(i).start() <= at) {
                return i;
            }
        }
        return 0;
    }

    private record EntityBuilder(String name, EntityType type, double confidence, List<String> aliases) {
    }
}
