package org.chronograph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.chronograph.source.Body;

/**
 * Groups the candidate mentions of one article into entities: same gazetteer entry, same key,
 * surname or given name of a full name, acronym in parentheses after its expansion, short form of a
 * longer company name. Decides each entity's type by weighted vote and its name as the most complete
 * form used. Stateless; one call per article.
 */
final class EntityResolver {

    /** The entities of an article and, for each kept span, the entity it mentions. */
    record Resolved(List<Entity> entities, Map<Span, Entity> mentionOf) {
    }

    private final java.util.function.Predicate<String> givenName;

    /** @param givenName true for a word that is a known given name ("Sam", "Elon") */
    EntityResolver(java.util.function.Predicate<String> givenName) {
        this.givenName = givenName;
    }

    private static final class Group {
        final List<Span> spans = new ArrayList<>();
        String canonical;
        Group mergedInto;
        boolean nickname;

        Group root() {
            Group g = this;
            while (g.mergedInto != null) g = g.mergedInto;
            return g;
        }

        String longest() {
            return spans.stream().map(Span::text).max(Comparator.comparingInt(String::length)).orElseThrow();
        }

        EntityType type() {
            Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
            for (Span s : spans) {
                int w = switch (s.source()) {
                    case "lexicon", "pattern" -> 100;
                    case "cue" -> 10;
                    case "ner" -> 3;
                    case "weak" -> 0;
                    default -> 1;
                };
                votes.merge(s.type(), w, Integer::sum);
            }
            return votes.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
                    .thenComparing(e -> -e.getKey().ordinal())).orElseThrow().getKey();
        }

        boolean strong() {
            return spans.stream().anyMatch(s -> !s.source().equals("weak"));
        }
    }

    /**
     * The article's candidate entities: its mentions grouped by gazetteer entry, key, surname or given name, acronym
     * and short form, before anything says what type each is or whether it is an entity at all.
     */
    List<Candidate> group(List<AnalyzedSentence> sentences, List<List<Span>> spansBySentence) {
        Map<String, Group> byKey = new LinkedHashMap<>();
        for (List<Span> spans : spansBySentence) {
            for (Span s : spans) {
                String key = keyOf(s);
                if (key == null) continue;
                Group g = byKey.computeIfAbsent(key, k -> new Group());
                g.spans.add(s);
                if (s.canonical() != null) g.canonical = s.canonical();
            }
        }
        List<Group> groups = new ArrayList<>(byKey.values());
        mergeAcronyms(sentences, spansBySentence, byKey);
        mergePartialNames(groups);
        mergeNicknames(groups);
        Map<Group, List<Span>> merged = new LinkedHashMap<>();
        Map<Group, Set<String>> nicknames = new HashMap<>();
        for (Group g : groups) {
            merged.computeIfAbsent(g.root(), r -> new ArrayList<>()).addAll(g.spans);
            if (g.nickname) g.spans.forEach(s -> nicknames.computeIfAbsent(g.root(), r -> new java.util.HashSet<>()).add(s.text()));
        }
        List<Candidate> out = new ArrayList<>();
        merged.forEach((root, spans) -> out.add(new Candidate(spans, root.canonical, nicknames.getOrDefault(root, Set.of()))));
        return out;
    }

    /**
     * Groups the mentions into entities and types each one with {@code typer}; a candidate the typer calls no entity
     * ({@code null}) is dropped with its mentions.
     */
    Resolved resolve(List<AnalyzedSentence> sentences, List<List<Span>> spansBySentence,
                     BiFunction<Integer, Integer, Body.Original> toOriginal,
                     Function<Candidate, EntityType> typer) {
        List<Entity> entities = new ArrayList<>();
        Map<Span, Entity> mentionOf = new HashMap<>();
        for (Candidate c : group(sentences, spansBySentence)) {
            EntityType type = typer.apply(c);
            if (type == null) continue;
            String name = c.name();
            Set<String> aliases = new LinkedHashSet<>();
            List<Mention> mentions = new ArrayList<>();
            for (Span s : c.spans()) {
                if (!s.text().equals(name)) aliases.add(s.text());
                Body.Original span = toOriginal.apply(s.begin(), s.end());
                mentions.add(new Mention(surface(sentences.get(s.sentence()), s), span.start(), span.end(), s.sentence()));
            }
            String key = EntityKeys.of(c.canonical() != null ? c.canonical() : name);
            double confidence = c.spans().stream().mapToDouble(EntityResolver::confidence).max().orElse(0.5);
            confidence = Math.min(0.99, confidence + 0.02 * (c.spans().size() - 1));
            Entity entity = new Entity(key, name, type, List.copyOf(aliases), mentions, round(confidence));
            entities.add(entity);
            for (Span s : c.spans()) mentionOf.put(s, entity);
        }
        return new Resolved(dedupeKeys(entities, mentionOf), mentionOf);
    }

    /** The text a span covers ("2" of "Llama 1 et 2", "d'Ant Group"), which its name may not be. */
    private static String surface(AnalyzedSentence sentence, Span s) {
        int from = Math.max(0, s.begin() - sentence.begin());
        int to = Math.min(sentence.text().length(), s.end() - sentence.begin());
        return from < to ? sentence.text().substring(from, to) : s.text();
    }

    /**
     * The hand-weighted vote that typed entities before the learned typer: each mention votes for the type its finder
     * gave it (gazetteer and name patterns 100, cue words 10, the tagger 3, a weak tagger mention 0); {@code null} when
     * only weak mentions found the candidate. Kept as the baseline the learned typer is measured against.
     */
    static EntityType vote(Candidate c) {
        Group g = new Group();
        g.spans.addAll(c.spans());
        return g.strong() ? g.type() : null;
    }

    /** Two groups can end with one key (canonical and surface forms); keep one entity per key. */
    private static List<Entity> dedupeKeys(List<Entity> entities, Map<Span, Entity> mentionOf) {
        Map<String, Entity> byKey = new LinkedHashMap<>();
        for (Entity e : entities) {
            Entity prev = byKey.get(e.key());
            if (prev == null) {
                byKey.put(e.key(), e);
                continue;
            }
            Set<String> aliases = new LinkedHashSet<>(prev.aliases());
            aliases.addAll(e.aliases());
            aliases.add(e.name());
            String name = prev.name().length() >= e.name().length() ? prev.name() : e.name();
            aliases.remove(name);
            List<Mention> mentions = new ArrayList<>(prev.mentions());
            mentions.addAll(e.mentions());
            Entity joined = new Entity(prev.key(), name, prev.type(), List.copyOf(aliases), mentions,
                    Math.max(prev.confidence(), e.confidence()));
            byKey.put(e.key(), joined);
            mentionOf.replaceAll((s, x) -> x == prev || x == e ? joined : x);
        }
        return new ArrayList<>(byKey.values());
    }

    private static String keyOf(Span s) {
        try {
            return EntityKeys.of(s.canonical() != null ? s.canonical() : s.text());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** "Fundamental AI Research (FAIR)": the parenthesised acronym is the same entity. */
    private static void mergeAcronyms(List<AnalyzedSentence> sentences, List<List<Span>> spansBySentence, Map<String, Group> byKey) {
        for (int i = 0; i < sentences.size(); i++) {
            List<Span> spans = spansBySentence.get(i);
            AnalyzedSentence s = sentences.get(i);
            for (int k = 0; k + 1 < spans.size(); k++) {
                Span a = spans.get(k);
                Span b = spans.get(k + 1);
                if (b.from() <= a.to() || b.to() >= s.tokens().size()) continue;
                String open = s.tokens().get(a.to()).word();
                String close = s.tokens().get(b.to()).word();
                if (!Parentheses.opens(open) || !Parentheses.closes(close)) continue;
                // "Zhang Wei (également connu sous le nom de David Zhang)", "(also known as ...)": lower-case words
                // between the parenthesis and the other name introduce it
                boolean introduced = b.from() > a.to() + 1;
                if (introduced && (b.from() - a.to() - 1 > 8 || !lowerCaseWords(s, a.to() + 1, b.from()))) continue;
                boolean acronym = !introduced && (isAcronymOf(b.text(), a.text()) || isAcronymOf(a.text(), b.text())
                        || a.source().equals(OrganizationNames.SOURCE) && isLooseAcronymOf(b.text(), a.text()));
                // "Lu Weibing (William Lu)": another name of the same person in parentheses
                boolean otherName = a.type() == EntityType.Person && b.type() == EntityType.Person && a.source().equals("ner")
                        && b.source().equals("ner") && a.length() >= 2 && b.length() >= 2;
                if (!acronym && !otherName) continue;
                Group ga = byKey.get(keyOf(a));
                Group gb = byKey.get(keyOf(b));
                if (ga != null && gb != null && ga.root() != gb.root()) gb.root().mergedInto = ga.root();
            }
        }
    }

    private static boolean lowerCaseWords(AnalyzedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.tokens().get(k).word();
            if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) return false;
        }
        return true;
    }

    /**
     * An acronym of a public body whose letters are its name's initials in another order or language, give or take one
     * ("National Data Protection Commission (CNPD)", "International Organization for Standardization (ISO)", "Personal
     * Information Protection Commission (PPC)"). Used only after a whole organization's name ({@link OrganizationNames}).
     */
    static boolean isLooseAcronymOf(String acronym, String name) {
        if (acronym.length() < 2 || acronym.length() > 8 || !acronym.chars().allMatch(Character::isUpperCase)) return false;
        java.util.Map<Integer, Integer> initials = new java.util.HashMap<>();
        int n = 0;
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.merge((int) w.charAt(0), 1, Integer::sum);
                n++;
            }
        }
        int common = 0;
        for (int c : acronym.chars().toArray()) {
            Integer left = initials.get(c);
            if (left != null && left > 0) {
                initials.put(c, left - 1);
                common++;
            }
        }
        return common >= Math.max(2, acronym.length() - 1) && common >= n - 1;
    }

    static boolean isAcronymOf(String acronym, String name) {
        if (acronym.length() < 2 || acronym.length() > 8 || !acronym.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) initials.append(w.charAt(0));
        }
        return initials.toString().equals(acronym);
    }

    /**
     * "Zuckerberg" and "Mark Zuckerberg", "Lu" and "Lu Weibing", "Mistral" and "Mistral AI":
     * a one-word group joins the only longer group of a compatible type that contains that word
     * first or last.
     */
    private static void mergePartialNames(List<Group> groups) {
        // "Liang Wenfeng" and "Wenfeng Liang": the same words in another order
        for (Group a : groups) {
            if (a.type() != EntityType.Person || !a.longest().contains(" ")) continue;
            Set<String> words = Set.of(a.longest().split(" "));
            for (Group b : groups) {
                if (b == a || b.root() == a.root() || b.type() != EntityType.Person) continue;
                String[] bw = b.longest().split(" ");
                if (bw.length == words.size() && words.containsAll(List.of(bw))) b.root().mergedInto = a.root();
            }
        }
        // "Gordon Moore" beside "Gordon Earle Moore": the same first and last names around a middle name, when only one
        // person of the article has them ("Robert Hale" beside "Robert Edmond Hale" and "Robert Julien Hale" is either)
        for (Group b : groups) {
            String[] bw = b.longest().split(" ");
            if (b.type() != EntityType.Person || bw.length != 2) continue;
            List<Group> fuller = groups.stream().filter(a -> a.root() != b.root() && a.type() == EntityType.Person
                    && middleNameOf(a.longest().split(" "), bw)).map(Group::root).distinct().toList();
            if (fuller.size() == 1) b.root().mergedInto = fuller.getFirst();
        }
        // "Llamas" beside "Llama": a plural of a one-word name the article uses is that name
        for (Group g : groups) {
            String word = g.longest();
            if (word.contains(" ") || !word.endsWith("s") || word.length() < 4 || g.root() != g) continue;
            for (Group o : groups) {
                if (o != g && o.root() != g.root() && o.longest().equals(word.substring(0, word.length() - 1)) && !isPerson(o)) {
                    g.mergedInto = o.root();
                    break;
                }
            }
        }
        for (Group shortG : groups) {
            String word = shortG.longest();
            if (word.contains(" ") || shortG.canonical != null) continue;
            Group target = null;
            int candidates = 0;
            int best = 0;
            int bestCount = 0;
            for (Group longG : groups) {
                if (longG == shortG || longG.root() == shortG.root() || longG.mergedInto != null) continue;
                String[] words = longG.longest().split(" ");
                if (words.length < 2) continue;
                EntityType t = longG.type();
                boolean person = t == EntityType.Person && (words[0].equals(word) || words[words.length - 1].equals(word));
                // "Scout" for "Llama 4 Scout", "A13B" for "Hunyuan-A13B": a model's distinctive last part
                String[] parts = longG.longest().split("[ -]");
                boolean model = t == EntityType.Model && parts.length > 1 && parts[parts.length - 1].equals(word)
                        && !word.chars().allMatch(Character::isDigit);
                boolean org = t.isOrganization() && words[0].equals(word);
                if (person || org || model) {
                    if (target == null || target.root() != longG.root()) candidates++;
                    Group root = longG.root();
                    int size = groups.stream().filter(g -> g.root() == root).mapToInt(g -> g.spans.size()).sum();
                    if (size > best) {
                        bestCount = 1;
                        best = size;
                        target = longG;
                    } else if (size == best && target.root() != root) {
                        // two names of one person ("Lu Weibing", "William Lu") are one candidate, not a tie
                        bestCount++;
                    }
                }
            }
            // several full names share the word: the one the article mentions most, if it stands out
            if (candidates >= 1 && bestCount == 1) shortG.mergedInto = target.root();
        }
    }

    /** Whether {@code full} is {@code shortName} with one middle name ("Gordon Earle Moore", "Gordon Moore"). */
    private static boolean middleNameOf(String[] full, String[] shortName) {
        return full.length == 3 && full[0].equals(shortName[0]) && full[2].equals(shortName[1]);
    }

    /**
     * "Scam Altman" and "X. Musk" beside "Sam Altman" and "Elon Musk": a two-word person's name whose surname is the
     * surname of exactly one other person of the article, with a first word that is no given name (a nickname) or a
     * stray initial that is not that person's, is that person's mention, not a new person.
     */
    private void mergeNicknames(List<Group> groups) {
        for (Group g : groups) {
            String[] words = g.longest().split(" ");
            if (g.root() != g || words.length != 2 || !isPerson(g)) continue;
            boolean initial = words[0].matches("\\p{Lu}\\.");
            if (!initial && givenName.test(words[0])) continue;
            Group target = null;
            int found = 0;
            for (Group o : groups) {
                if (o == g || o.root() == g.root() || !isPerson(o)) continue;
                String[] ow = o.longest().split(" ");
                if (ow.length < 2 || !ow[ow.length - 1].equals(words[1]) || !givenName.test(ow[0]) && !initial) continue;
                if (target == null || target.root() != o.root()) found++;
                target = o;
            }
            if (found == 1) {
                g.mergedInto = target.root();
                g.nickname = true;
            }
        }
    }

    private static boolean isPerson(Group g) {
        return g.spans.stream().anyMatch(s -> s.type() == EntityType.Person);
    }

    private static double confidence(Span s) {
        return switch (s.source()) {
            case "lexicon" -> 0.95;
            case "pattern" -> 0.9;
            case "cue" -> 0.75;
            case "ner" -> 0.7;
            case "weak" -> 0.4;
            default -> 0.55;
        };
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
