package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Moves the page tells only by its structure or its context, in short articles of ours: a hire or a join "from"
 * somewhere that names no destination is at the article's company; a past employer in an apposition ("passé par X",
 * "a former engineer at X") is the origin, never the destination, and belongs to the name right before its comma.
 */
class CareerMovesTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 1);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Tessaro Robotics builds warehouse robots. Tessaro Robotics raised 40 million dollars in 2023. Its head of hardware, Wen Li, joined from Qualcomm in 2024.|Wen Li|Qualcomm|Tessaro Robotics",
            "en|Tessaro Robotics builds warehouse robots. Tessaro Robotics raised 40 million dollars in 2023. In 2024, Wen Li, a former engineer at Qualcomm, was hired as head of hardware.|Wen Li|Qualcomm|Tessaro Robotics",
            "fr|Kyutai conçoit des modèles de voix. Kyutai a levé 12 millions d'euros en 2022. La même année, Julie Morel, passée par Airbus, est recrutée comme directrice technique.|Julie Morel|Airbus|Kyutai",
            "fr|Kyutai conçoit des modèles de voix. Kyutai a levé 12 millions d'euros en 2022. Elle a recruté en 2023 Marc Dubois, ancien ingénieur de Dassault Systèmes.|Marc Dubois|Dassault Systèmes|Kyutai",
            "fr|Kyutai a été fondée en 2021 par Claire Martin, ancienne de Doctolib, et Samir Haddad, passé par Owkin.|Samir Haddad|Owkin|Kyutai",
            "fr|Kyutai a été fondée en 2021 par Claire Martin, ancienne de Doctolib, et Samir Haddad, passé par Owkin.|Claire Martin|Doctolib|Kyutai",
            // those listed "along with" the subject share the move
            "en|In 2023, Jane Doe, along with Tom Baker, left Amazon to start Mistral AI.|Tom Baker|Amazon|Mistral AI",
            "fr|En 2019, Jane Doe, ainsi que Tom Baker, a quitté Google pour fonder Mistral AI.|Tom Baker|Google|Mistral AI",
            // a plural subject ("tous deux") is the people the paragraph last named together: each moves
            "fr|Jeanne Dupont et Paul Vidal se sont rencontrés chez Nimbus. Tous deux ont quitté Nimbus en 2019 pour fonder Zeta Labs.|Paul Vidal|Nimbus|Zeta Labs",
            "fr|Jeanne Dupont et Paul Vidal se sont rencontrés chez Nimbus. Tous deux ont quitté Nimbus en 2019 pour fonder Zeta Labs.|Jeanne Dupont|Nimbus|Zeta Labs",
            // "she left for X" names no place left: the origin is her earlier post, the destination never her origin
            "en|Ines Falk spent three years at Arbor Compute. She left for Cobalt Robotics in January 2025.|Ines Falk|Arbor Compute|Cobalt Robotics",
            // the pronoun after the semicolon is the one hired
            "en|Orbit Forge builds chips. Zeta Labs poached Chen Wu from Meta in August; he now runs its inference team.|Chen Wu|Meta|Zeta Labs",
            "fr|Zeta Labs conçoit des agents. Zeta Labs a débauché Thomas Viel chez Meta en août ; il y dirige désormais l'équipe d'inférence.|Thomas Viel|Meta|Zeta Labs",
            // "heads to", "was lured from X to Y", "began at X"
            "en|After nine years at Microsoft, Daniel Oyelaran heads to Zeta Labs as chief technology officer.|Daniel Oyelaran|Microsoft|Zeta Labs",
            "en|Rachel Amos was lured from Cohere to Nimbus Forge in September.|Rachel Amos|Cohere|Nimbus Forge",
            "en|Daniel Oyelaran left Oracle in 2008. He began at IBM Research in 2009.|Daniel Oyelaran|Oracle|IBM Research"})
    void theMoveEndsAtThePagesCompany(String lang, String text, String person, String from, String to) {
        Extraction x = SharedExtractor.extract(text, lang, PUBLISHED);
        assertThat(x.moves()).as("moves of " + x.events()).anyMatch(m -> key(m.person().name()).equals(key(person))
                && m.from() != null && key(m.from().name()).equals(key(from)) && m.to() != null && key(m.to().name()).equals(key(to)));
        // where one came from is never where one went
        assertThat(x.moves()).noneMatch(m -> key(m.person().name()).equals(key(person)) && m.to() != null
                && key(m.to().name()).equals(key(from)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // "Samir Haddad, passé par Owkin": Owkin is his past, not hers
            "fr|Kyutai a été fondée en 2021 par Claire Martin, ancienne de Doctolib, et Samir Haddad, passé par Owkin.|Claire Martin|Owkin",
            // a plural subject is no one when the paragraph named no two people together
            "fr|Jeanne Dupont dirigeait Nimbus. Paul Vidal a rejoint Zeta Labs. Tous deux ont quitté Nimbus en 2019 pour fonder Orbit.|Paul Vidal|Nimbus",
            // a pronoun after a semicolon tells of the person named before it, not of the article's person
            "en|Daniel Oyelaran leads Orbit Forge. Zeta Labs poached Chen Wu from Meta in August; he now runs its inference team.|Daniel Oyelaran|Meta",
            "fr|Daniel Oyelaran dirige Orbit Forge. Zeta Labs a débauché Thomas Viel chez Meta en août ; il y dirige désormais l'équipe.|Daniel Oyelaran|Meta"})
    void anAppositionDescribesTheNameBeforeItsComma(String lang, String text, String person, String notFrom) {
        Extraction x = SharedExtractor.extract(text, lang, PUBLISHED);
        assertThat(x.moves()).as("moves of " + x.events()).noneMatch(m -> key(m.person().name()).equals(key(person))
                && m.from() != null && key(m.from().name()).equals(key(notFrom)));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
