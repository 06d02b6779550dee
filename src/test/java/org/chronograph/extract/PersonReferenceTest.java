package org.chronograph.extract;

import static org.chronograph.extract.SharedExtractor.assertEvents;
import static org.chronograph.extract.SharedExtractor.names;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person referred to by a definite description ("la dirigeante", "le fondateur", "the executive", "the 41-year-old")
 * as a clause's subject is the person in focus whose gender agrees (cue list "person-reference", {@link
 * PersonDescriptions}); a description with a name of its own ("le dirigeant Paul Roy", "the founder of Vantis, Leon
 * Hartwell"), a plural ("les chercheurs") or a sentence whose subject is a named person is no one in focus. Texts of
 * ours, through the whole extraction with the real CoreNLP models; each word of the cue list has its sentence here.
 */
class PersonReferenceTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 4, 20);

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "fr|le dirigeant|Paul Roy",
            "fr|la dirigeante|Claire Fabre",
            "fr|le patron|Paul Roy",
            "fr|la patronne|Claire Fabre",
            "fr|le fondateur|Paul Roy",
            "fr|la fondatrice|Claire Fabre",
            "fr|le cofondateur|Paul Roy",
            "fr|la cofondatrice|Claire Fabre",
            "fr|l'ancien chercheur|Paul Roy",
            "fr|la chercheuse|Claire Fabre",
            "fr|l'ingénieur|Paul Roy",
            "fr|l'ingénieure|Claire Fabre",
            "fr|le milliardaire|Paul Roy",
            "fr|l'entrepreneur|Paul Roy",
            "fr|l'entrepreneure|Claire Fabre",
            "fr|le quadragénaire|Paul Roy",
            "fr|la quinquagénaire|Claire Fabre",
            "fr|le trentenaire|Paul Roy",
            "fr|la sexagénaire|Claire Fabre",
            "fr|cet ancien d'Acme|Paul Roy",
            "fr|cette ancienne d'Acme|Claire Fabre",
            "fr|cette figure de la robotique|Claire Fabre",
            "fr|le transfuge|Paul Roy",
            "fr|la recrue|Claire Fabre",
            "fr|l'informaticien|Paul Roy",
            "fr|l'informaticienne|Claire Fabre",
            "fr|le pionnier|Paul Roy",
            "fr|la pionnière|Claire Fabre",
            "en|the executive|Paul Roy",
            "en|the founder|Claire Fabre",
            "en|the co-founder|Paul Roy",
            "en|the cofounder|Claire Fabre",
            "en|the former Orbex researcher|Paul Roy",
            "en|the billionaire|Claire Fabre",
            "en|the engineer|Paul Roy",
            "en|the entrepreneur|Claire Fabre",
            "en|the 41-year-old|Paul Roy"})
    void aSubjectDescriptionIsThePersonInFocus(String lang, String description, String person) {
        String text = lang.equals("fr")
                ? person + " a rejoint Halvane en 2014. En mars 2025, " + description + " a quitté Halvane pour Norvix."
                : person + " joined Halvane in 2014. In March 2025, " + description + " quit Halvane.";
        assertEvents(text, lang, PUBLISHED)
                .anyMatch(e -> e.type() == EventType.DEPARTURE && names(e).equals(Set.of(person, "Halvane")));
    }

    /** Each determiner row of fr/gender.tsv: the description means the person in focus of its gender. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "la dirigeante|Claire Fabre|Paul Roy",
            "cette dirigeante|Claire Fabre|Paul Roy",
            "le dirigeant|Paul Roy|Claire Fabre",
            "ce dirigeant|Paul Roy|Claire Fabre",
            "cet ingénieur|Paul Roy|Claire Fabre"})
    void aDescriptionMeansThePersonInFocusOfItsGender(String description, String meant, String other) {
        // Claire Fabre is a woman ("Mme"), Paul Roy a man ("M."); each is named last in turn
        String first = meant.equals("Claire Fabre") ? "Mme Claire Fabre" : "M. Paul Roy";
        String second = meant.equals("Claire Fabre") ? "M. Paul Roy" : "Mme Claire Fabre";
        assertEvents(first + " dirige Halvane depuis 2014. En 2020, Halvane a recruté " + second + ". En mars "
                + "2025, " + description + " a quitté Halvane.", "fr", PUBLISHED)
                .anyMatch(e -> e.type() == EventType.DEPARTURE && names(e).equals(Set.of(meant, "Halvane")))
                .noneMatch(e -> e.type() == EventType.DEPARTURE && names(e).contains(other));
    }

    /** "l'ancien laboratoire": an adjective of the cue list followed by a noun is that noun's modifier, no person. */
    @Test
    void anAdjectiveBeforeANounIsNoPerson() {
        assertEvents("Paul Roy dirige Halvane depuis 2014. En mars 2025, l'ancien laboratoire de Halvane "
                + "a rejoint Norvix.", "fr", PUBLISHED)
                .noneMatch(e -> e.type() == EventType.JOIN && names(e).contains("Paul Roy"));
    }

    @Test
    void aPersonNamedBeforeItInItsSentenceComesFirst() {
        assertEvents("Claire Fabre a fondé Halvane en 2014. Claire Fabre dirige Halvane. Le départ de Paul Roy "
                + "a été annoncé en mars 2025 : l'ingénieur quitte Halvane pour rejoindre Norvix.", "fr", PUBLISHED)
                .noneMatch(e -> (e.type() == EventType.DEPARTURE || e.type() == EventType.JOIN) && names(e).contains("Claire Fabre"));
    }

    @Test
    void aDescriptionFollowedByANameIsThatName() {
        assertEvents("Claire Fabre a rejoint Halvane en 2014. En mars 2025, le dirigeant Paul Roy a quitté "
                + "Halvane.", "fr", PUBLISHED)
                .anyMatch(e -> e.type() == EventType.DEPARTURE && names(e).contains("Paul Roy"))
                .noneMatch(e -> e.type() == EventType.DEPARTURE && names(e).contains("Claire Fabre"));
    }

    @Test
    void aDescriptionInApppositionToANameIsThatName() {
        assertEvents("Priya Nair joined Calder Systems in 2016. The founder of Vantis, Leon Hartwell, left "
                + "Calder Systems in 2025.", "en", PUBLISHED)
                .noneMatch(e -> e.type() == EventType.DEPARTURE && names(e).contains("Priya Nair"));
    }

    @Test
    void aPluralIsNoOneInFocus() {
        assertEvents("Claire Fabre a rejoint Halvane en 2014. En mars 2025, les chercheurs ont quitté "
                + "Halvane.", "fr", PUBLISHED)
                .noneMatch(e -> e.type() == EventType.DEPARTURE && names(e).contains("Claire Fabre"));
    }

    @Test
    void aNamedSubjectKeepsTheEvent() {
        assertEvents("Priya Nair joined Calder Systems in 2016. In 2025, Mark Oyelaran left Calder Systems "
                + "after the engineer arrived.", "en", PUBLISHED)
                .noneMatch(e -> e.type() == EventType.DEPARTURE && names(e).contains("Priya Nair"));
    }
}
