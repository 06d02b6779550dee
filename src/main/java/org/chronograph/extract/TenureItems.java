package org.chronograph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronograph.source.Block;

/**
 * A career list item that tells an organization and the years one was there, in any language: "**Google Brain
 * (2012-2016)**: research engineer, ...", "**Criteo (2016-2019)** : promue directrice ...", "Ancien de Cénote
 * (2015-2019)", "2014–2018: research scientist at Acme", "2023–present: chief scientist at Zeta" (a join only). By
 * FORMAT.md's tenure convention it states a JOIN dated the first year and a DEPARTURE dated the second, of the person
 * the list is about: the paragraph's person, else the one the line introducing the list names ("**Jane Doe** (chief
 * scientist, Zeta)" above it), else the one the page's title names, else the article's main person. An item that
 * names someone else, or that gives no organization with its years, states none. An item that tells with a verb
 * after the place is a tenure only of the person the page's title names, and only when no other name is the subject
 * of its verbs. Stateless.
 */
final class TenureItems {
    /** "(2012-2016)", "(2012 – 2016)" right after the organization's name. */
    private static final Pattern YEARS = Pattern.compile("^\\s*\\*{0,2}\\s*\\(\\s*((?:19|20)\\d\\d)\\s*[-–—]\\s*((?:19|20)\\d\\d)\\s*\\)");
    /**
     * ", 2018–2022" after the organization's name, closed by a parenthesis, a semicolon, a comma or the item's end: one
     * stint of a list of them ("(Dropbox, 2018–2022; Figma, 2022–2025)", "(OVHcloud, 2016-2021 ; Scaleway, 2021-2025)").
     */
    private static final Pattern LISTED_YEARS = Pattern.compile("^\\s*,\\s*((?:19|20)\\d\\d)\\s*[-–—]\\s*((?:19|20)\\d\\d)\\s*(?:[);,.]|$)");
    /**
     * "2014–2018:", "2023–present:" opening an item, then a colon or a dash: the years of the post the item tells (a word
     * for the second, in any language, is a post still held).
     */
    private static final Pattern LEADING_YEARS = Pattern.compile("^[\\s*]*((?:19|20)\\d\\d)\\s*[-–—]\\s*((?:19|20)\\d\\d|\\p{L}+)[\\s*]*[:–—-]");

    private TenureItems() {
    }

    /**
     * The join and the departure a list item's opening tenure states, or none.
     *
     * @param person who the list is about, or {@code null}
     */
    static List<Event> of(AnalyzedSentence s, Block.Kind block, List<EntityMention> mentions, Entity person, Entity titled,
            Evidence evidence) {
        if (block != Block.Kind.ITEM || person == null || mentions.isEmpty()) return List.of();
        List<Event> described = described(s, mentions, person, evidence);
        if (!described.isEmpty() || titled == null) return described;
        // an item that tells with a verb ("2014–2018: engineer at Acme, where she wrote ...", "Chez Acme (2015-2019),
        // elle a dirigé ...") is a tenure of the person the page's title names (a page about someone else, or about a
        // company, tells other things in its lists: "championed acquisitions like 3dfx (2000-2002)"), when no one else
        // acted in it ("2019–2021: Zeta raised ...", "2022: hired Paul Martin"); whether one did is asked last, of an
        // item that tells a place and years: it reads the parse, which most items need for nothing else
        List<Event> told = told(s, mentions, titled, evidence);
        return told.isEmpty() || actedByOther(s, mentions, titled) ? List.of() : told;
    }

    /** The item's tenure read as a verbless description (the post then its place), of {@code person}. */
    private static List<Event> described(AnalyzedSentence s, List<EntityMention> mentions, Entity person, Evidence evidence) {
        if (mentions.stream().anyMatch(m -> m.type() == EntityType.Person && !m.entity().key().equals(person.key()))) return List.of();
        return read(s, mentions, person, evidence, true);
    }

    /** The item's tenure told with a verb: the place after its opening years, or a place its years follow. */
    private static List<Event> told(AnalyzedSentence s, List<EntityMention> mentions, Entity person, Evidence evidence) {
        return read(s, mentions, person, evidence, false);
    }

    /**
     * The place and years of the item: the first place after its opening years ("2014–2018: research scientist at
     * Acme", "2023–present: ..."), else the first place its years follow ("**Google Brain (2012-2016)**: ...", "Ancien de
     * Cénote (2015-2019)"). With {@code verbless}, the item must tell no fact of the place: no verb after a place its
     * years open on (a timeline's "2023–2024: Zeta raised ..."), and a place its years follow opens the item or stands in
     * a description without a verb.
     */
    private static List<Event> read(AnalyzedSentence s, List<EntityMention> mentions, Entity person, Evidence evidence,
            boolean verbless) {
        List<EntityMention> orgs = mentions.stream().filter(m -> m.type().isOrganization())
                .sorted(Comparator.comparingInt(EntityMention::from)).toList();
        Matcher leading = LEADING_YEARS.matcher(s.text());
        if (leading.find()) {
            int after = s.begin() + leading.end();
            EntityMention org = orgs.stream().filter(m -> s.tokens().get(m.from()).beginPosition() >= after).findFirst().orElse(null);
            return org == null || verbless && !verblessFrom(s, org.to()) ? List.of()
                    : tenure(person, org, leading.group(1), leading.group(2), evidence);
        }
        // each place its years follow: "(Dropbox, 2018–2022; Figma, 2022–2025)" tells two stints
        List<Event> out = new ArrayList<>();
        for (EntityMention org : orgs) {
            if (verbless && !opens(s, org) && !verblessFrom(s, 0)) break;
            int end = s.tokens().get(org.to() - 1).endPosition() - s.begin();
            if (end < 0 || end > s.text().length()) continue;
            Matcher years = YEARS.matcher(s.text().substring(end));
            if (years.find()) {
                out.addAll(tenure(person, org, years.group(1), years.group(2), evidence));
                continue;
            }
            Matcher listed = LISTED_YEARS.matcher(s.text().substring(end));
            if (listed.find()) out.addAll(tenure(person, org, listed.group(1), listed.group(2), evidence));
        }
        return out;
    }

    /**
     * Whether someone other than the profiled person acted in the item: it names another person ("2022: hired Paul
     * Martin"), or a name other than the profiled person's is the subject of one of its verbs ("2019–2021: Zeta raised").
     */
    private static boolean actedByOther(AnalyzedSentence s, List<EntityMention> mentions, Entity profiled) {
        // another person named first: the parse is read only when none is
        for (EntityMention m : mentions) {
            if (m.type() == EntityType.Person && !m.entity().key().equals(profiled.key())) return true;
        }
        for (EntityMention m : mentions) {
            if (m.type() == EntityType.Person) continue;
            for (int k = m.from(); k < m.to(); k++) {
                for (int g : s.governors(k)) {
                    String r = s.relation(g, k);
                    if (r != null && (r.startsWith("nsubj") || r.startsWith("csubj"))) return true;
                }
            }
        }
        return false;
    }

    /** Whether the mention opens the item: nothing but markup before it. */
    private static boolean opens(AnalyzedSentence s, EntityMention m) {
        if (m.from() > 2) return false;
        for (int i = 0; i < m.from(); i++) {
            if (s.tokens().get(i).word().chars().anyMatch(Character::isLetterOrDigit)) return false;
        }
        return true;
    }

    /**
     * Whether no word of the item from token {@code from} on is tagged a verb: a post described ("robotics lead at
     * Zeta", whose "lead" the tagger may call a verb, lies before the place), not a fact told of it ("Zeta raised").
     */
    private static boolean verblessFrom(AnalyzedSentence s, int from) {
        for (edu.stanford.nlp.ling.CoreLabel t : s.tokens().subList(Math.min(from, s.tokens().size()), s.tokens().size())) {
            if (PosTags.verbOrAuxiliary(t.tag())) return false;
        }
        return true;
    }

    /**
     * A join dated {@code from} and, when {@code to} is a year, a departure dated {@code to} ("2023–present" is a post
     * still held: no departure); none when the years run backwards.
     */
    private static List<Event> tenure(Entity person, EntityMention org, String from, String to, Evidence evidence) {
        boolean closed = to.chars().allMatch(Character::isDigit);
        if (closed && from.compareTo(to) > 0) return List.of();
        EntityRef place = org.entity().ref();
        EntityRef who = person.ref();
        List<Event> out = new ArrayList<>();
        out.add(new Event(EventType.JOIN, EventDate.of(from), List.of(new Participant(who, "person"),
                new Participant(place, "organization")), evidence, 0.7));
        if (closed) {
            out.add(new Event(EventType.DEPARTURE, EventDate.of(to), List.of(new Participant(who, "person"),
                    new Participant(place, "organization")), evidence, 0.7));
        }
        return out;
    }

    /**
     * The person a line that labels what follows names: the line opens with the person's name and tells nothing (no
     * verb): "**Jane Doe** (chief scientist, Zeta)" above her career's items; else {@code null}.
     */
    static Entity labelled(AnalyzedSentence s, List<EntityMention> mentions) {
        EntityMention first = mentions.stream().min(Comparator.comparingInt(EntityMention::from)).orElse(null);
        if (first == null || first.type() != EntityType.Person || !opens(s, first) || !verblessFrom(s, 0)) return null;
        return first.entity();
    }

    /** The person whose name opens the item ("**Yuki Tanabe**, product director (Dropbox, 2018–2022; ...)"), or {@code null}. */
    static Entity opener(AnalyzedSentence s, List<EntityMention> mentions) {
        EntityMention first = mentions.stream().min(Comparator.comparingInt(EntityMention::from)).orElse(null);
        return first != null && first.type() == EntityType.Person && opens(s, first) ? first.entity() : null;
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
