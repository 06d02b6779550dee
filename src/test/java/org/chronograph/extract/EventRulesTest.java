package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every Semgrex rule of extract/&lt;lang&gt;/events.semgrex and careers.semgrex matches each of its example sentences in the real CoreNLP
 * parse, and the extraction of the example gives (or, for "expect no", does not give) the events the rule says, and
 * the moves ("expect move").
 */
class EventRulesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 1);

    @TestFactory
    Stream<DynamicTest> everyRuleGivesTheEventsOfItsExamples() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String lang : List.of("en", "fr")) {
            List<EventRules.Rule> rules = EventRules.bundled(lang).rules();
            assertThat(rules).isNotEmpty();
            for (EventRules.Rule rule : rules) {
                for (EventRules.Example example : rule.examples()) {
                    tests.add(DynamicTest.dynamicTest(lang + " " + rule.name() + (example.counter() ? " </- " : " <- ") + example.sentence(), () -> {
                        assertThat(matches(rule, example.sentence(), lang)).as("rule " + rule.name() + " matches").isNotEqualTo(example.counter());
                        Extraction x = SharedExtractor.extract(example.sentence(), lang, PUBLISHED);
                        for (String expected : example.expected()) check(x, expected);
                    }));
                }
            }
        }
        return tests.stream();
    }

    /**
     * French verbs found by their lemma in every tense and voice (extract/fr/verbs.tsv and the lemma triggers of
     * extract/fr/triggers.tokensregex): the plain future is a planned release, the passive compound a founding.
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Nordlicht AI lancera Aurora 3 en 2026.; RELEASE Nordlicht AI, Aurora 3 @ 2026",
            "Google sortira son modèle Gemini 4 en mars 2026.; RELEASE Google, Gemini 4 @ 2026-03",
            "Meta dévoilera le modèle Llama 5 au printemps 2026.; RELEASE Meta, Llama 5",
            "Mistral AI a été fondée en 2023 par Arthur Mensch.; FOUNDING Mistral AI, Arthur Mensch @ 2023",
            "La start-up Kyutai a été créée en 2023 par Xavier Niel.; FOUNDING Kyutai, Xavier Niel @ 2023",
            "En 2019, Ana Costa fonda Helios Labs à Lisbonne.; FOUNDING Ana Costa, Helios Labs @ 2019"})
    void frenchVerbsInEveryTenseAndVoice(String sentence, String expected) {
        check(SharedExtractor.extract(sentence, "fr", PUBLISHED), expected);
    }

    private static boolean matches(EventRules.Rule rule, String text, String lang) {
        VerbLemmas lemmas = VerbLemmas.bundled(lang);
        for (AnalyzedSentence s : SharedExtractor.sentences(text, lang)) {
            if (lemmas != null) lemmas.annotate(s.tokens());
            if (EventRules.bundled(lang).matches(s).stream().anyMatch(m -> m.rule() == rule)) return true;
        }
        return false;
    }

    /**
     * "TYPE name, name:role @ date": such an event (with that participant in that role); "no TYPE name": no event of
     * the type naming that one.
     */
    static void check(Extraction x, String expected) {
        if (expected.startsWith("move ")) {
            checkMove(x, expected.substring(5));
            return;
        }
        boolean negative = expected.startsWith("no ");
        String spec = negative ? expected.substring(3) : expected;
        String date = spec.contains("@") ? spec.substring(spec.indexOf('@') + 1).strip() : null;
        String head = date == null ? spec : spec.substring(0, spec.indexOf('@')).strip();
        EventType type = EventType.valueOf(head.split("\\s+", 2)[0]);
        List<String> names = head.contains(" ") ? List.of(head.substring(head.indexOf(' ') + 1).split("\\s*,\\s*")) : List.of();
        List<Event> found = x.events().stream().filter(e -> e.type() == type && names.stream().allMatch(n -> names(e).contains(key(n))
                        || n.contains(":") && participant(e, n) != null))
                .filter(e -> date == null || e.date() != null && e.date().value().equals(date)).toList();
        if (negative) assertThat(found).as("no " + spec + " in " + x.events()).isEmpty();
        else assertThat(found).as(spec + " in " + x.events()).isNotEmpty();
    }

    /**
     * "PERSON: FROM -> TO": such a move ({@code null} for an unknown end, {@code *} for any), from the events of the
     * example (MoveDeriver).
     */
    private static void checkMove(Extraction x, String spec) {
        String person = spec.substring(0, spec.indexOf(':')).strip();
        String[] ends = spec.substring(spec.indexOf(':') + 1).split("->");
        String from = ends[0].strip();
        String to = ends[1].strip();
        assertThat(x.moves()).as("move " + spec + " in " + x.moves() + " from " + x.events())
                .anyMatch(m -> key(m.person().name()).equals(key(person)) && end(m.from(), from) && end(m.to(), to));
    }

    private static boolean end(EntityRef ref, String expected) {
        return expected.equals("*") || (expected.equals("null") ? ref == null : ref != null && key(ref.name()).equals(key(expected)));
    }

    /** The participant "name:role" names, if the event has it. */
    private static Participant participant(Event e, String spec) {
        String name = spec.substring(0, spec.lastIndexOf(':'));
        String role = spec.substring(spec.lastIndexOf(':') + 1);
        return e.participants().stream().filter(p -> key(p.entity().name()).equals(key(name)) && p.role().equals(role))
                .findFirst().orElse(null);
    }

    private static List<String> names(Event e) {
        return e.participants().stream().map(p -> key(p.entity().name())).toList();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
