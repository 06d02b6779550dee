package org.chronograph.extract;

import static org.chronograph.extract.SharedExtractor.assertEvents;
import static org.chronograph.extract.SharedExtractor.dated;
import static org.chronograph.extract.SharedExtractor.names;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person referred to as the object of a verb that takes a person (cue lists "person-object-pronoun" and
 * "person-object-verb"): a pronoun ("named her", "l'a nommée", "le recrute") or a description ("hired the 41-year-old",
 * "a recruté l'ancien chercheur") is the person in focus whose gender agrees, where the sentence names no person
 * ({@link Anaphora}, {@link PersonDescriptions}). Texts of ours, through the whole extraction with the real CoreNLP
 * models; each word of the two cue lists and each object-pronoun row of gender.tsv has its sentence here. A French clitic
 * before a hiring participle ("Halvane l'a recruté.") gives no JOIN yet: the event detector reads a person before the
 * verb as its subject (EventFeatures "mv="), so only the post it tells ("l'a recruté comme directeur technique") is found.
 */
class PersonObjectsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 4, 20);

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "en|Halvane named him chief executive|APPOINTMENT",
            "en|Halvane appointed him chief executive|APPOINTMENT",
            "en|Halvane promoted him to chief scientist|APPOINTMENT",
            "en|Halvane hired him|JOIN",
            "en|Halvane recruited him|JOIN",
            "en|Halvane poached him|JOIN",
            "en|Halvane hired the 41-year-old|JOIN",
            "en|Halvane recruited the former Norvix engineer|JOIN",
            "fr|Halvane l'a nommé directeur général|APPOINTMENT",
            "fr|Halvane le nomme directeur général|APPOINTMENT",
            "fr|Halvane a décidé de le nommer directeur général|APPOINTMENT",
            "fr|Halvane l'a promu directeur scientifique|APPOINTMENT",
            "fr|Halvane l'a recruté comme directeur technique|APPOINTMENT",
            "fr|Halvane le recrute|JOIN",
            "fr|Halvane l'a débauché comme directeur technique|APPOINTMENT",
            "fr|Halvane l'a embauché comme directeur technique|APPOINTMENT",
            "fr|Halvane a recruté l'ancien chercheur|JOIN",
            "fr|Halvane a embauché l'ingénieur|JOIN",
            "fr|Halvane a débauché le quadragénaire|JOIN"})
    void anObjectOfAPersonVerbIsThePersonInFocus(String lang, String clause, EventType type) {
        String text = lang.equals("fr")
                ? "Paul Roy a travaillé dix ans chez Norvix. Halvane a levé 20 millions d'euros en 2024. En mars 2025, " + clause + "."
                : "Paul Roy spent ten years at Norvix. Halvane raised $20 million in 2024. In March 2025, " + clause + ".";
        assertEvents(text, lang, PUBLISHED)
                .anyMatch(e -> e.type() == type && names(e).equals(Set.of("Paul Roy", "Halvane")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "fr|Halvane l'a nommée directrice générale|Claire Fabre|Paul Roy",
            "fr|Halvane la nomme directrice générale|Claire Fabre|Paul Roy",
            "fr|Halvane le nomme directeur général|Paul Roy|Claire Fabre",
            "fr|Halvane l'a recrutée comme directrice technique|Claire Fabre|Paul Roy",
            "fr|Halvane l'a débauchée comme directrice technique|Claire Fabre|Paul Roy",
            "fr|Halvane l'a promue directrice|Claire Fabre|Paul Roy",
            "fr|Halvane l'a embauchée comme directrice technique|Claire Fabre|Paul Roy",
            "en|Halvane named her chief executive|Claire Fabre|Paul Roy",
            "en|Halvane named him chief executive|Paul Roy|Claire Fabre"})
    void anObjectPronounMeansThePersonOfItsGender(String lang, String clause, String meant, String other) {
        // Claire Fabre is a woman, Paul Roy a man; the one meant is named first, the other last
        boolean fr = lang.equals("fr");
        String woman = fr ? "Mme Claire Fabre" : "Ms Claire Fabre";
        String man = fr ? "M. Paul Roy" : "Mr Paul Roy";
        String first = meant.equals("Claire Fabre") ? woman : man;
        String second = meant.equals("Claire Fabre") ? man : woman;
        String text = fr
                ? first + " a travaillé chez Norvix avec " + second + ". Halvane a levé 20 millions d'euros en 2024. En mars 2025, "
                        + clause + "."
                : first + " worked at Norvix with " + second + ". Halvane raised $20 million in 2024. In March 2025, " + clause + ".";
        assertEvents(text, lang, PUBLISHED)
                .anyMatch(e -> names(e).equals(Set.of(meant, "Halvane")))
                .noneMatch(e -> names(e).contains(other) && names(e).contains("Halvane"));
    }

    /** Each word of cue lists predecessor-pronoun and successor-verb: the object of a verb of succession is the person before. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "fr|Claire Fabre l'a remplacé|Hugo Blanchard",
            "fr|Claire Fabre le remplace|Hugo Blanchard",
            "fr|Claire Fabre l'a remplacée|Inès Morel",
            "fr|Claire Fabre la remplace|Inès Morel",
            "en|Claire Fabre replaced him|Hugo Blanchard",
            "en|Claire Fabre replaces him|Hugo Blanchard",
            "en|Claire Fabre succeeded him|Hugo Blanchard",
            "en|Claire Fabre succeeds him|Hugo Blanchard",
            "en|Claire Fabre replaced her|Ines Morel"})
    void theObjectOfASuccessionIsThePersonBefore(String lang, String clause, String before) {
        String text = lang.equals("fr")
                ? before + " dirigeait Orphéa depuis 2015. En janvier 2026, " + clause + "."
                : before + " ran Orphea from 2015. In January 2026, " + clause + ".";
        // the appointment of the one after, and the departure of the one before, in January 2026
        assertEvents(text, lang, PUBLISHED)
                .anyMatch(e -> e.type() == EventType.APPOINTMENT && names(e).contains("Claire Fabre"))
                .anyMatch(e -> e.type() == EventType.DEPARTURE && names(e).contains(before) && dated(e, "2026-01"))
                .noneMatch(e -> e.type() == EventType.APPOINTMENT && names(e).contains(before) && dated(e, "2026-01"));
    }

    /** "lui a succédé", "lui succède": the appointment of the one after (rule succeeded-pronoun), never of the one before. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Claire Fabre lui a succédé", "Claire Fabre lui succède"})
    void anIndirectObjectOfSuccessionIsThePersonBefore(String clause) {
        assertEvents("Hugo Blanchard dirigeait Orphéa depuis 2015. En janvier 2026, " + clause + ".", "fr", PUBLISHED)
                .anyMatch(e -> e.type() == EventType.APPOINTMENT && names(e).contains("Claire Fabre"))
                .noneMatch(e -> e.type() == EventType.APPOINTMENT && names(e).contains("Hugo Blanchard") && dated(e, "2026-01"));
    }

    @Test
    void thePersonBeforeMayBeNamedInTheSameSentence() {
        // the sentence names both: the one before is not the nearest person to the pronoun, who succeeds
        assertEvents("Inès Morel dirige Norvix. Hugo Blanchard a quitté Orphéa en janvier 2026 ; Claire Fabre "
                + "l'a remplacé.", "fr", PUBLISHED)
                .anyMatch(e -> e.type() == EventType.APPOINTMENT && names(e).contains("Claire Fabre"))
                .noneMatch(e -> names(e).contains("Inès Morel") && names(e).contains("Orphéa"));
    }

    @Test
    void aSentenceNamingAPersonKeepsItsOwnObject() {
        assertEvents("Paul Roy a travaillé dix ans chez Norvix. En mars 2025, Halvane a recruté Claire Fabre.",
                "fr", PUBLISHED)
                .anyMatch(e -> e.type() == EventType.JOIN && names(e).equals(Set.of("Claire Fabre", "Halvane")))
                .noneMatch(e -> e.type() == EventType.JOIN && names(e).contains("Paul Roy") && names(e).contains("Halvane"));
    }

    @Test
    void aCompanyObjectIsNoPerson() {
        assertEvents("Paul Roy a fondé Norvix en 2019. En mars 2025, Halvane l'a racheté.", "fr", PUBLISHED)
                .noneMatch(e -> e.type() == EventType.ACQUISITION && names(e).contains("Paul Roy"));
    }
}
