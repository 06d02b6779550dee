package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link RelativeClauses} on sentences of ours with the real CoreNLP models (parse on demand): a relative clause of a
 * named person is read off the parse ("Tom Ray, who had joined Acme Robotics": the joining is Tom Ray's), and the parse
 * is asked only where a word that opens such a clause follows a person's name; a sentence naming a person with no
 * relative clause ("Jane Doe joined Acme Robotics", "Jane Doe said that ...") is not parsed for the question.
 */
class RelativeClausesTest {

    /** The relative-clause sentences of {@link RelativeClausePersonTest}: their trigger's owner, and the parse made. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|She was replaced as chief executive by Tom Ray, who had joined Acme Robotics in 2019.|She|Tom Ray|Acme Robotics|joined",
            "en|In 2021, she hired Tom Ray, who had joined Acme Robotics in 2019 as an engineer.|she|Tom Ray|Acme Robotics|joined",
            "fr|Elle est remplacée à la tête d'Orbit Labs par Hugo Lambert, qui avait rejoint Valeo en 2016.|Elle|Hugo Lambert|Valeo|rejoint",
            "fr|En 2022, elle a recruté Hugo Lambert, qui avait rejoint Valeo en 2016 comme ingénieur.|elle|Hugo Lambert|Valeo|rejoint"})
    void aTriggerInARelativeClauseOfAPersonIsThatPersons(String lang, String text, String pronoun, String person, String org, String trigger) {
        AnalyzedSentence s = sentence(text, lang);
        List<EntityMention> mentions = List.of(mention(s, pronoun, EntityType.Person), mention(s, person, EntityType.Person),
                mention(s, org, EntityType.Company));
        EntityMention owner = RelativeClauses.owner(s, mentions, RelativeClauses.opening(s, mentions), token(s, trigger));
        assertThat(owner).as(text).isNotNull();
        assertThat(owner.entity().name()).isEqualTo(person);
        assertThat(s.parse().made()).isTrue();
    }

    /** A trigger before the clause is not the clause owner's, and does not see the organization named inside it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|She was replaced as chief executive by Tom Ray, who had joined Acme Robotics in 2019.|She|Tom Ray|Acme Robotics|replaced",
            "fr|Elle est remplacée à la tête de Sillon par Hugo Lambert, qui avait rejoint Valeo en 2016.|Elle|Hugo Lambert|Valeo|remplacée"})
    void aTriggerOutsideDoesNotSeeTheClausesOrganization(String lang, String text, String pronoun, String person, String org, String trigger) {
        AnalyzedSentence s = sentence(text, lang);
        EntityMention inside = mention(s, org, EntityType.Company);
        List<EntityMention> mentions = List.of(mention(s, pronoun, EntityType.Person), mention(s, person, EntityType.Person), inside);
        EntityMention owner = RelativeClauses.owner(s, mentions, RelativeClauses.opening(s, mentions), token(s, trigger));
        assertThat(owner).as(text).isNull();
        assertThat(RelativeClauses.seenFrom(s, mentions, RelativeClauses.opening(s, mentions), owner)).as(text).doesNotContain(inside).hasSize(2);
    }

    /** No word opening a relative clause after the person (or one used as a conjunction): the parse is not asked. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|In 2021, Jane Doe joined Acme Robotics as chief executive.|Jane Doe|Acme Robotics|joined",
            "en|Jane Doe said that Acme Robotics had hired her in 2019.|Jane Doe|Acme Robotics|hired",
            "en|Acme Robotics, which was founded in 2015, hired Jane Doe in 2019.|Jane Doe|Acme Robotics|hired",
            "fr|En 2021, Claire Morel a rejoint Valeo comme directrice technique.|Claire Morel|Valeo|rejoint",
            "fr|Claire Morel a annoncé que Valeo l'avait recrutée en 2019.|Claire Morel|Valeo|recrutée"})
    void aPersonWithNoRelativeClauseLeavesTheSentenceUnparsed(String lang, String text, String person, String org, String trigger) {
        AnalyzedSentence s = sentence(text, lang);
        List<EntityMention> mentions = List.of(mention(s, person, EntityType.Person), mention(s, org, EntityType.Company));
        assertThat(RelativeClauses.opening(s, mentions)).as(text).isNegative();
        EntityMention owner = RelativeClauses.owner(s, mentions, RelativeClauses.opening(s, mentions), token(s, trigger));
        assertThat(owner).isNull();
        assertThat(RelativeClauses.seenFrom(s, mentions, RelativeClauses.opening(s, mentions), owner)).isSameAs(mentions);
        assertThat(s.parse().pending()).as("parsed for the owner question: " + text).isTrue();
    }

    private static AnalyzedSentence sentence(String text, String lang) {
        List<AnalyzedSentence> sentences = SharedExtractor.sentences(text, lang);
        assertThat(sentences).hasSize(1);
        AnalyzedSentence s = sentences.get(0);
        assertThat(s.parse().pending()).as("parsed up front").isTrue();
        return s;
    }

    /** The mention of a name's tokens (first occurrence). */
    private static EntityMention mention(AnalyzedSentence s, String name, EntityType type) {
        String[] words = name.split(" ");
        for (int i = 0; i + words.length <= s.tokens().size(); i++) {
            boolean all = true;
            for (int k = 0; k < words.length && all; k++) all = s.tokens().get(i + k).word().equals(words[k]);
            if (all) {
                Entity e = new Entity(name.toLowerCase(Locale.ROOT), name, type, List.of(), new ArrayList<>(), 1.0);
                return new EntityMention(e, i, i + words.length);
            }
        }
        throw new AssertionError("no '" + name + "' in " + s.text());
    }

    private static int token(AnalyzedSentence s, String word) {
        for (int i = 0; i < s.tokens().size(); i++) if (s.tokens().get(i).word().equals(word)) return i;
        throw new AssertionError("no '" + word + "' in " + s.text());
    }
}
