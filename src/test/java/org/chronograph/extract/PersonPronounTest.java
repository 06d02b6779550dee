package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronograph.extract.SharedExtractor.names;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A subject "he"/"il" is the person in focus even where the sentence names someone else, as an object or a
 * complement ("In 2019, he co-founded Zeta with Jane Doe"), but not where a person it names is a subject (texts of
 * ours, through the whole extraction with the real CoreNLP models).
 */
class PersonPronounTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 6, 2);

    @Test
    void anEnglishSubjectPronounBesideAnotherPersonIsThePersonInFocus() {
        Extraction x = SharedExtractor.extract("Tom Reyes spent ten years at Acme as an engineer. In 2019, he co-founded Zeta Labs "
                + "with Jane Doe.", "en", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> e.type() == EventType.FOUNDING && names(e).containsAll(Set.of("Tom Reyes", "Zeta Labs")));
        assertThat(x.moves()).as(x.moves().toString())
                .anyMatch(m -> m.person().name().equals("Tom Reyes") && m.to() != null && m.to().name().equals("Zeta Labs"));
    }

    @Test
    void aFrenchSubjectPronounBesideAnotherPersonIsThePersonInFocus() {
        Extraction x = SharedExtractor.extract("Tom Reyes a passé dix ans chez Acme comme ingénieur. En 2019, il a cofondé Zeta Labs "
                + "avec Jeanne Dupont.", "fr", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> e.type() == EventType.FOUNDING && names(e).containsAll(Set.of("Tom Reyes", "Zeta Labs")));
    }

    @Test
    void aNamedSubjectKeepsThePronounOut() {
        // "Jane Doe" is the subject: "she" in the clause after it is no reason to add Tom Reyes
        Extraction x = SharedExtractor.extract("Tom Reyes spent ten years at Acme as an engineer. In 2019, Jane Doe said she "
                + "had founded Zeta Labs.", "en", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .noneMatch(e -> e.type() == EventType.FOUNDING && names(e).contains("Tom Reyes"));
    }

    @Test
    void aPersonOpeningTheSentenceAsItsLabelIsWhomThePronounMeans() {
        // "Jeanne Dupont : cofondatrice, elle a quitté ...": "elle" is Jeanne Dupont, not the person named before
        Extraction x = SharedExtractor.extract("Tom Reyes dirige Orbit depuis 2019.\n\n- Jeanne Dupont : cofondatrice, elle a quitté "
                + "Orbit en 2024 pour fonder Halde.", "fr", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .noneMatch(e -> e.type() == EventType.FOUNDING && names(e).contains("Tom Reyes"))
                .noneMatch(e -> e.type() == EventType.DEPARTURE && names(e).contains("Tom Reyes"));
    }

    @Test
    void aPronounUnderAHeadingThatNamesAPersonIsThatPerson() {
        // "### 2. Sophie Lemaire" over "- **Parcours** : ..., elle a travaillé chez Brumea avant de rejoindre Veltrix": the
        // person the heading lends the item, not the person the page names most, and the pronoun is still read as her
        Extraction x = SharedExtractor.extract("### 1. Julien Garnier\n\nJulien Garnier a rejoint Veltrix en 2021. Julien Garnier "
                + "dirige les finances de Veltrix.\n\n### 2. Sophie Lemaire\n\n- **Rôle** : Responsable de la recherche chez Veltrix.\n"
                + "- **Parcours** : Diplômée de l'université de Lyon, elle a travaillé chez Brumea avant de rejoindre Veltrix en 2018.",
                "fr", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> e.type() == EventType.DEPARTURE && names(e).containsAll(Set.of("Sophie Lemaire", "Brumea")))
                .noneMatch(e -> e.type() == EventType.DEPARTURE && names(e).contains("Julien Garnier"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "en|He taught robotics at Orbit College, where he gave talks every spring.",
            "fr|Il a enseigné la robotique à Orbit, où il donnait des cours chaque printemps."})
    void aLaterPronounInASentenceNamingNoOneIsNotParsedFor(String lang, String text) {
        // the first pronoun is the person in focus; a later one is that person again: no parse is asked about it
        AnalyzedSentence s = SharedExtractor.sentences(text, lang).get(0);
        Entity tom = new Entity("tom reyes", "Tom Reyes", EntityType.Person, java.util.List.of(), java.util.List.of(), 1.0);
        java.util.List<EntityMention> added = new Anaphora(Cues.bundled()).resolve(s, java.util.List.of(), tom,
                new Anaphora.Focus(null), new Anaphora.Group());
        assertThat(added).extracting(m -> m.entity().name(), EntityMention::from).containsExactly(org.assertj.core.groups.Tuple.tuple("Tom Reyes", 0));
        assertThat(s.parse().pending()).as("parsed for the second pronoun").isTrue();
    }
}
