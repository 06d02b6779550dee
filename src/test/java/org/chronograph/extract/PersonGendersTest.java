package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronograph.extract.SharedExtractor.names;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chronograph.extract.GenderCues.Gender;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A person's gender read from the article's own words (each row of extract/fr/gender.tsv and extract/en/gender.tsv
 * with a sentence of ours, through the real CoreNLP models), and a pronoun resolved only to a person it agrees with.
 */
class PersonGendersTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 9, 1);

    @ParameterizedTest(name = "{0}: {1} -> {3}")
    @CsvSource(delimiter = '|', value = {
            // title
            "fr|Mme Lemaire a dirigé Orbit pendant cinq ans.|Lemaire|FEMININE",
            "fr|M. Ribeiro a dirigé Orbit pendant cinq ans.|Ribeiro|MASCULINE",
            "en|Ms Ruiz runs Kestrow from Dublin.|Ruiz|FEMININE",
            "en|Mr Price stepped down in 2024.|Price|MASCULINE",
            // ending, in apposition
            "fr|Karim Benali, ingénieur passé par Numerix, a fondé Talvane en 2020.|Karim Benali|MASCULINE",
            "fr|Claire Fabre, chercheuse chez Medisoft, a rejoint Orbit en 2025.|Claire Fabre|FEMININE",
            "fr|Léa Marin, l'ancienne directrice de Zeta, a rejoint Orbit.|Léa Marin|FEMININE",
            // ending, right before and right after the name
            "fr|La directrice Claire Fabre a rejoint Orbit en 2025.|Claire Fabre|FEMININE",
            "fr|Paul Roy a nommé Inès Morel directrice générale en 2023.|Inès Morel|FEMININE",
            // ending after a copula; verb-ending
            "fr|Claire Fabre a été nommée présidente d'Orbit en 2024.|Claire Fabre|FEMININE",
            "fr|Hugo Blanc est parti chez Sanitas en 2026.|Hugo Blanc|MASCULINE",
            "fr|Inès Morel est partie chez Sanitas en 2026.|Inès Morel|FEMININE",
            // word
            "en|Jane Doe, chairwoman of Orbit, left in 2022.|Jane Doe|FEMININE",
            "en|Tom Ray became chairman of Orbit in 2020.|Tom Ray|MASCULINE",
            // pronoun: the one person named before it in its sentence
            "en|Maya Collins spent eight years at Voxbridge, where she led the team alongside Daniel Price.|Maya Collins|FEMININE",
            "fr|Paul Roy a expliqué en 2022 qu'il voulait fonder Zeta.|Paul Roy|MASCULINE",
            // ... but not across a company the pronoun may mean
            "fr|Paul Roy a quitté Orbit en 2022 parce qu'elle recrutait moins.|Paul Roy|",
            // pronoun: the one person the sentence before named, that sentence telling of no one else by that pronoun
            "fr|Il a recruté Inès Morel en 2022. Elle venait de Lexiva.|Inès Morel|FEMININE",
            "en|Orbit hired Sam Lee in 2021. He had led research at Zeta.|Sam Lee|MASCULINE"})
    void aPersonsGenderIsReadFromTheWordsBesideTheName(String lang, String text, String name, Gender expected) {
        // an empty expected gender: none is read
        assertThat(genderOf(lang, text, name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            // a sentence told by a pronoun of the same gender: "Elle" may be that pronoun's person again
            "fr|Elle a cédé son poste à Antoine Girard. Elle a rejoint Ardoise en 2025.|Antoine Girard",
            // "elle" may mean the company the sentence before named
            "fr|Paul Roy a fondé Orbit en 2019. Elle a levé cinq millions en 2020.|Paul Roy",
            // impersonal
            "fr|Claire Fabre a quitté Orbit en 2022. Il faut dire que Zeta recrutait.|Claire Fabre",
            // a participle after "a" agrees with nothing: "a remplacé Paul Roy" tells nothing of Paul Roy
            "fr|Inès Morel a remplacé Paul Roy en 2024.|Paul Roy",
            // two people named before the pronoun
            "en|Jane Doe met Tom Ray at Orbit, where he ran the lab.|Tom Ray"})
    void noGenderWhereTheWordsDoNotTellOne(String lang, String text, String name) {
        assertThat(genderOf(lang, text, name)).isNull();
    }

    @Test
    void aFrenchPronounSkipsALastNamedPersonOfTheOtherGender() {
        Extraction x = SharedExtractor.extract("Léa Morin a passé cinq ans chez Orbit aux côtés de M. Paul Roy. Elle a quitté Orbit "
                + "en 2021 pour fonder Zeta.", "fr", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> e.type() == EventType.FOUNDING && names(e).containsAll(Set.of("Léa Morin", "Zeta")))
                .noneMatch(e -> names(e).contains("Paul Roy") && e.type() != EventType.JOIN);
    }

    @Test
    void anEnglishPronounSkipsALastNamedPersonOfTheOtherGender() {
        Extraction x = SharedExtractor.extract("Mr Tom Reyes ran Acme until 2022, when he handed the role to Jane Doe, chairwoman of "
                + "its board. He joined Zeta Labs a few months later.", "en", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> e.type() == EventType.JOIN && names(e).containsAll(Set.of("Tom Reyes", "Zeta Labs")))
                .noneMatch(e -> e.type() == EventType.JOIN && names(e).contains("Jane Doe") && names(e).contains("Zeta Labs"));
    }

    @Test
    void aPersonWithNoGenderStillTakesThePronoun() {
        // nothing tells Sam Lee's gender: "She" is Sam Lee, the last person named, as before genders were read
        Extraction x = SharedExtractor.extract("Orbit hired Sam Lee in 2021. She left Orbit for Zeta Labs in 2023.", "en", PUBLISHED);
        assertThat(x.moves()).as(x.moves().toString())
                .anyMatch(m -> m.person().name().equals("Sam Lee") && m.to() != null && m.to().name().equals("Zeta Labs"));
    }

    /** The gender read for the person named {@code name} (its tokens found in the text), no other entity named. */
    private static Gender genderOf(String lang, String text, String name) {
        List<AnalyzedSentence> sentences = SharedExtractor.sentences(text, lang);
        Entity person = person(name);
        List<List<EntityMention>> mentions = new ArrayList<>();
        for (AnalyzedSentence s : sentences) {
            List<EntityMention> ms = new ArrayList<>();
            // the people of these sentences
            for (String other : new java.util.LinkedHashSet<>(List.of(name, "Jane Doe", "Tom Ray", "Daniel Price", "Paul Roy", "Antoine Girard"))) {
                String[] words = other.split(" ");
                for (int i = 0; i + words.length <= s.tokens().size(); i++) {
                    boolean match = true;
                    for (int k = 0; k < words.length; k++) match &= s.tokens().get(i + k).word().equals(words[k]);
                    if (match) ms.add(new EntityMention(other.equals(name) ? person : person(other), i, i + words.length));
                }
            }
            for (int i = 0; i < s.tokens().size(); i++) {
                String w = s.tokens().get(i).word();
                // the companies of these sentences, for the rule on pronouns that may mean a company
                if (Set.of("Orbit", "Zeta", "Voxbridge", "Medisoft", "Lexiva", "Ardoise", "Sanitas").contains(w)) {
                    ms.add(new EntityMention(new Entity(w.toLowerCase(Locale.ROOT), w, EntityType.Company, List.of(), List.of(), 1.0), i, i + 1));
                }
            }
            ms.sort(java.util.Comparator.comparingInt(EntityMention::from));
            mentions.add(ms);
        }
        return PersonGenders.read(lang, sentences, mentions, w -> Cues.bundled().is("company-pronoun", w)).of(person);
    }

    private static Entity person(String name) {
        return new Entity(name.toLowerCase(Locale.ROOT), name, EntityType.Person, List.of(), List.of(), 1.0);
    }
}
