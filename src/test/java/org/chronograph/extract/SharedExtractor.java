package org.chronograph.extract;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.chronograph.source.Article;
import org.chronograph.source.ArticleReader;
import org.chronograph.source.ReadResult;

/** One extractor (and so one set of CoreNLP models) for the extraction tests of this JVM. */
final class SharedExtractor {
    private static Extractor extractor;

    private SharedExtractor() {
    }

    static synchronized Extractor get() {
        if (extractor == null) extractor = new Extractor();
        return extractor;
    }

    /** The sentences of a text as extraction sees them: the real pipeline for English and French, else the basic one. */
    static List<AnalyzedSentence> sentences(String text, String lang) {
        if (!NlpPipelines.supports(lang)) return new BasicAnalyzer().analyze(text);
        CoreDocument doc = new CoreDocument(text);
        get().pipelines().annotate(lang, doc);
        List<AnalyzedSentence> out = new ArrayList<>();
        for (CoreSentence cs : doc.sentences()) {
            out.add(new AnalyzedSentence(out.size(), 0, cs.charOffsets().first(), cs.charOffsets().second(),
                    text.substring(cs.charOffsets().first(), cs.charOffsets().second()), cs.tokens(),
                    get().pipelines().parseOf(lang, cs)));
        }
        return out;
    }

    /** The names of an event's participants, in any role: what the extraction tests compare. */
    static Set<String> names(Event e) {
        return e.participants().stream().map(p -> p.entity().name()).collect(Collectors.toSet());
    }

    /**
     * Asserts that a sentence of ours gives an event of {@code type} with all of {@code participants} (names joined by
     * ";") among its participants, in any role: the shape of the phrasing tests.
     */
    static void assertGives(String sentence, String lang, LocalDate published, String type, String participants) {
        Extraction x = extract(sentence, lang, published);
        List<String> expected = List.of(participants.split(";"));
        org.assertj.core.api.Assertions.assertThat(x.events()).as(sentence + " gives " + type + " " + expected + " in " + x.events())
                .anyMatch(e -> e.type() == EventType.valueOf(type) && names(e).containsAll(expected));
    }

    /** Assertions on the events of a text of ours, published on a given day: a failing one shows them all. */
    static org.assertj.core.api.ListAssert<Event> assertEvents(String text, String lang, LocalDate published) {
        List<Event> events = extract(text, lang, published).events();
        return org.assertj.core.api.Assertions.assertThat(events).as(events.toString());
    }

    /** Whether an event is dated {@code value} ("2026-01"). */
    static boolean dated(Event e, String value) {
        return e.date() != null && e.date().value().equals(value);
    }

    /** Asserts that a sentence of ours gives no event of {@code type}. */
    static void assertGivesNo(String sentence, String lang, LocalDate published, String type) {
        Extraction x = extract(sentence, lang, published);
        org.assertj.core.api.Assertions.assertThat(x.events()).as(sentence + " gives no " + type + ": " + x.events())
                .noneMatch(e -> e.type() == EventType.valueOf(type));
    }

    /**
     * Asserts that a text of ours (published 2025-09-01) gives each entity of {@code typed} ("Name=Type" pairs joined by
     * ";") with that type, among its other entities: the shape of the typing tests.
     */
    static void assertTyped(String text, String lang, String typed) {
        Extraction x = extract(text, lang, LocalDate.of(2025, 9, 1));
        org.assertj.core.groups.Tuple[] expected = java.util.Arrays.stream(typed.split(";"))
                .map(pair -> pair.split("="))
                .map(p -> org.assertj.core.groups.Tuple.tuple(p[0].strip(), EntityType.valueOf(p[1].strip())))
                .toArray(org.assertj.core.groups.Tuple[]::new);
        org.assertj.core.api.Assertions.assertThat(x.entities()).extracting(Entity::name, Entity::type).contains(expected);
    }

    /** Extracts a text of ours as an article in a language, published on a given day. */
    static Extraction extract(String text, String lang, LocalDate published) {
        return extract(text, lang, published, "Example");
    }

    /** The extraction of a page of ours whose front matter gives {@code title}. */
    static Extraction extract(String text, String lang, LocalDate published, String title) {
        return get().extract(article(text, lang, published, title));
    }

    /** The entity candidates extraction finds in a text of ours, before typing. */
    static List<Candidate> candidates(String text, String lang, LocalDate published) {
        Article article = article(text, lang, published, "Example");
        return get().candidates(article, get().sentences(article)).candidates();
    }

    /** A text of ours read as a Markdown article, as ingestion reads one: front matter with its title, day and language. */
    static Article article(String text, String lang, LocalDate published, String title) {
        String markdown = "---\ntitle: " + title + "\ndate: " + published + "\nlang: " + lang + "\n---\n\n" + text + "\n";
        return new ArticleReader().read("example-" + lang + ".md", markdown.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .map(ReadResult::asArticle).findFirst().orElseThrow().orElseThrow();
    }

    /** An event of {@code type} dated {@code value} by inference, shown as such (APPROX). */
    static void assertInferred(Extraction x, EventType type, String value) {
        org.assertj.core.api.Assertions.assertThat(x.events()).anySatisfy(e -> {
            org.assertj.core.api.Assertions.assertThat(e.type()).isEqualTo(type);
            org.assertj.core.api.Assertions.assertThat(e.date()).isNotNull();
            org.assertj.core.api.Assertions.assertThat(e.date().value()).isEqualTo(value);
            org.assertj.core.api.Assertions.assertThat(e.date().mod()).as("inferred, shown as such").isEqualTo("APPROX");
        });
    }
}
