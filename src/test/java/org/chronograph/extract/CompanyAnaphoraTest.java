package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronograph.extract.SharedExtractor.names;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * "La start-up", "l'entreprise", "the company" and a French sentence-opening "elle" refer to the company in focus
 * ({@link Anaphora.Focus}), not to the company the article names most (texts of ours, through the whole extraction with
 * the real CoreNLP models).
 */
class CompanyAnaphoraTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 6, 2);
    /** A first paragraph that makes Brightline the article's main company (named most). */
    private static final String MAIN_FR = "Brightline conçoit des puces pour l'IA. Brightline vend ses puces en Europe et Brightline emploie 300 personnes.\n\n";
    private static final String MAIN_EN = "Brightline designs chips for AI. Brightline sells its chips in Europe and Brightline employs 300 people.\n\n";

    @Test
    void aFrenchDescriptionIsTheCompanyTheParagraphNamed() {
        Extraction x = SharedExtractor.extract(MAIN_FR + "Orbital Labs développe des assistants vocaux. En juin 2024, l'entreprise a lancé "
                + "Nova 2. La start-up a levé 40 millions d'euros en mars 2025.", "fr", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> e.type() == EventType.RELEASE && names(e).equals(Set.of("Orbital Labs", "Nova 2")))
                .anyMatch(e -> e.type() == EventType.FUNDING && names(e).equals(Set.of("Orbital Labs")))
                .noneMatch(e -> names(e).contains("Brightline"));
    }

    @Test
    void aDescriptionAfterAnAdjectiveOrOfALabIsTheCompanyToo() {
        // "la jeune start-up": an adjective between the article and the noun; "le laboratoire": a lab company
        Extraction x = SharedExtractor.extract(MAIN_FR + "Orbital Labs développe des assistants vocaux. En juin 2024, la jeune start-up a "
                + "racheté Sonara.\n\nOrbital Labs vend ses assistants en Europe. Le laboratoire a levé 40 millions d'euros en mars 2025.",
                "fr", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> e.type() == EventType.ACQUISITION && names(e).equals(Set.of("Orbital Labs", "Sonara")))
                .anyMatch(e -> e.type() == EventType.FUNDING && names(e).equals(Set.of("Orbital Labs")))
                .noneMatch(e -> names(e).contains("Brightline"));
    }

    @Test
    void aFrenchPronounOpeningTheSentenceIsTheCompanyThatOpenedTheOneBefore() {
        Extraction x = SharedExtractor.extract(MAIN_FR + "Orbital Labs a levé 40 millions d'euros en 2024. Elle a ensuite racheté la "
                + "société Sonara en janvier 2025. En mars 2025, elle a racheté Veltria.", "fr", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> e.type() == EventType.ACQUISITION && names(e).equals(Set.of("Orbital Labs", "Sonara")))
                .anyMatch(e -> e.type() == EventType.ACQUISITION && names(e).equals(Set.of("Orbital Labs", "Veltria")));
    }

    @Test
    void aDescriptionBoughtIsTheOtherCompanyTheParagraphNamed() {
        // a description right after a deal word (cue list company-deal) is the company bought, not the buyer in focus
        Extraction fr = SharedExtractor.extract(MAIN_FR + "Orbital Labs a noué un partenariat avec Sonara, une jeune pousse lyonnaise, "
                + "en 2024. En mars 2025, Orbital Labs a racheté la jeune pousse.", "fr", PUBLISHED);
        assertThat(fr.events()).as(fr.events().toString())
                .anyMatch(e -> e.type() == EventType.ACQUISITION && names(e).equals(Set.of("Orbital Labs", "Sonara")));
        Extraction en = SharedExtractor.extract(MAIN_EN + "Orbital Labs signed a deal with Sonara in 2023. In March 2025, Orbital Labs "
                + "bought the company.", "en", PUBLISHED);
        assertThat(en.events()).as(en.events().toString())
                .anyMatch(e -> e.type() == EventType.ACQUISITION && names(e).equals(Set.of("Orbital Labs", "Sonara")));
    }

    @Test
    void aSubjectItAfterAnOpeningDateIsTheCompanyInFocus() {
        // "In March 2025 it acquired": "it" is no part of the phrase "In March 2025", and the startup is Sonara
        Extraction x = SharedExtractor.extract(MAIN_EN + "Orbital Labs had backed Sonara, a young startup, since 2023. In March 2025 it "
                + "acquired the startup.", "en", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> e.type() == EventType.ACQUISITION && names(e).equals(Set.of("Orbital Labs", "Sonara")));
    }

    @Test
    void aDescriptionBoughtWithNoOtherCompanyNamedIsNoOne() {
        Extraction x = SharedExtractor.extract(MAIN_EN + "Orbital Labs raised $40 million in 2024. In March 2025 it acquired the startup.",
                "en", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .noneMatch(e -> e.type() == EventType.ACQUISITION && names(e).contains("Brightline"));
    }

    @Test
    void aPronounAfterASentenceNamingSomeoneIsNoCompany() {
        // "elle" here is Claire Dumas, who bought nothing for Orbital Labs
        Extraction x = SharedExtractor.extract(MAIN_FR + "Orbital Labs a recruté Claire Dumas en 2023. Elle a ensuite racheté la "
                + "société Sonara en 2024.", "fr", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .noneMatch(e -> e.type() == EventType.ACQUISITION && names(e).contains("Orbital Labs"));
    }

    @Test
    void theMainCompanyStaysInFocusWhenTheSentenceNamedItToo() {
        Extraction x = SharedExtractor.extract(MAIN_FR + "Brightline a signé un accord avec Orbital Labs en 2023. La société a ensuite "
                + "lancé Kestrel 3 en 2024.", "fr", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> e.type() == EventType.RELEASE && names(e).equals(Set.of("Brightline", "Kestrel 3")));
    }

    @Test
    void anEnglishDescriptionIsTheCompanyTheParagraphNamed() {
        Extraction x = SharedExtractor.extract(MAIN_EN + "Orbital Labs builds voice assistants. In June 2024, the company launched Nova 2.",
                "en", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> e.type() == EventType.RELEASE && names(e).equals(Set.of("Orbital Labs", "Nova 2")));
    }
}
