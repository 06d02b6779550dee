package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronograph.extract.SharedExtractor.names;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which company "the company", "the startup", "la start-up", a periphrasis ("the Texas chipmaker", "le fabricant
 * grenoblois"), a demonstrative ("the latter", "cette dernière") and a subject "it" mean where a page names several: a
 * company an earlier clause of its own sentence made a subject, then the subject company of the paragraph's last sentence
 * naming one (even when that sentence also names the article's main company), then the main company; a partner named in
 * passing, not as a subject, leaves the page's company in focus. Subjects are read from tags ({@link ClauseSubjects}), so
 * the answer is the same whether a sentence was parsed or not (texts of ours, through the whole extraction with the real
 * CoreNLP models; each cue list's example is one of these tests).
 */
class CompanyInFocusTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 6, 2);
    /** A first paragraph that makes Brightline the article's main company (named most). */
    private static final String MAIN_EN = "Brightline designs chips for AI. Brightline sells its chips in Europe and Brightline employs 300 people.\n\n";
    private static final String MAIN_FR = "Brightline conçoit des puces pour l'IA. Brightline vend ses puces en Europe et Brightline emploie 300 personnes.\n\n";

    @Test
    void aDescriptionIsTheSubjectCompanyOfItsOwnSentence() {
        Extraction x = SharedExtractor.extract(MAIN_EN + "Brightline signed a deal with Veltria in 2024. Orbital Labs lost its research "
                + "chief in May 2025, when Jane Doe left the firm.", "en", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> e.type() == EventType.DEPARTURE && names(e).equals(Set.of("Jane Doe", "Orbital Labs")))
                .noneMatch(e -> e.type() == EventType.DEPARTURE && names(e).contains("Brightline"));
    }

    @Test
    void aDescriptionIsTheSubjectCompanyOfTheSentenceBeforeThoughItNamedTheMainOne() {
        Extraction x = SharedExtractor.extract(MAIN_EN + "Orbital Labs, a rival of Brightline, raised $25 million in March 2025. The "
                + "startup cut 40 jobs in May 2025.", "en", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> e.type() == EventType.RESTRUCTURING && names(e).equals(Set.of("Orbital Labs")));
    }

    @Test
    void aFrenchDescriptionIsTheSubjectCompanyOfTheSentenceBefore() {
        Extraction x = SharedExtractor.extract(MAIN_FR + "Orbital Labs, concurrente de Brightline, a levé 25 millions d'euros en mars "
                + "2025. La start-up a racheté Sonara en mai 2025.", "fr", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> e.type() == EventType.ACQUISITION && names(e).equals(Set.of("Orbital Labs", "Sonara")));
    }

    @Test
    void aPartnerNamedInPassingLeavesThePageCompanyInFocus() {
        // the partner is no subject, in the sentence before or in the description's own sentence
        Extraction x = SharedExtractor.extract(MAIN_EN + "Brightline works with Orbital Labs on chips. In June 2024, the company bought "
                + "Sonara.\n\nBrightline rents servers from Veltria, and in March 2025 the company hired Jane Doe.", "en", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> e.type() == EventType.ACQUISITION && names(e).equals(Set.of("Brightline", "Sonara")))
                .anyMatch(e -> e.type() == EventType.JOIN && names(e).equals(Set.of("Jane Doe", "Brightline")))
                .noneMatch(e -> names(e).contains("Orbital Labs") || names(e).contains("Veltria"));
    }

    @Test
    void aSubjectItIsTheSubjectCompanyBeforeIt() {
        Extraction x = SharedExtractor.extract(MAIN_EN + "Orbital Labs bought Sonara in March 2025, and a month later it cut 40 jobs.",
                "en", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> e.type() == EventType.RESTRUCTURING && names(e).contains("Orbital Labs"))
                .noneMatch(e -> e.type() == EventType.RESTRUCTURING && names(e).contains("Sonara"));
    }

    @Test
    void anExpletiveItIsNoCompany() {
        Extraction x = SharedExtractor.extract(MAIN_EN + "Orbital Labs bought Sonara in March 2025. It is unclear whether Jane Doe "
                + "joined in May 2025.", "en", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .noneMatch(e -> e.type() == EventType.JOIN && names(e).contains("Orbital Labs"));
    }

    @Test
    void eachListItemIsItsOwnCompanysStory() {
        Extraction x = SharedExtractor.extract(MAIN_EN + "- Orbital Labs, a rival of Brightline, raised $25 million in March 2025. The "
                + "startup cut 40 jobs in May 2025.\n- Nimbus Robotics partnered with Brightline in April 2025; the company also hired Jane Doe "
                + "in May 2025.\n", "en", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> e.type() == EventType.RESTRUCTURING && names(e).equals(Set.of("Orbital Labs")))
                .anyMatch(e -> e.type() == EventType.JOIN && names(e).equals(Set.of("Jane Doe", "Nimbus Robotics")));
    }

    @Test
    void anEventNamingNoCompanyFallsBackToTheParagraphsSubjectCompany() {
        // no company in the second sentence: the one the sentence before made its subject, not the page's main company
        Extraction x = SharedExtractor.extract(MAIN_EN + "Orbital Labs, a rival of Brightline, raised $25 million in March 2025. In "
                + "May 2025, its board cut 40 jobs.", "en", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> e.type() == EventType.RESTRUCTURING && names(e).equals(Set.of("Orbital Labs")))
                .noneMatch(e -> e.type() == EventType.RESTRUCTURING && names(e).contains("Brightline"));
    }

    @Test
    void aPeriphrasisIsTheSubjectCompanyOfTheSentenceBefore() {
        // cue list company-reference: "chipmaker", "group"
        Extraction x = SharedExtractor.extract(MAIN_EN + "Quillon Semiconductor makes inference chips in Austin. The Texas chipmaker "
                + "hired Jane Doe in May 2025.\n\nOrbital Labs, a partner of Brightline, signed a deal with Veltria in March 2025. "
                + "Three months later the group bought Sonara.", "en", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> e.type() == EventType.JOIN && names(e).equals(Set.of("Jane Doe", "Quillon Semiconductor")))
                .anyMatch(e -> e.type() == EventType.ACQUISITION && names(e).equals(Set.of("Orbital Labs", "Sonara")));
    }

    @Test
    void aDescriptionObjectOfItsClausesSubjectIsAnotherCompany() {
        // "Tessaro sued the chipmaker": not Tessaro, the chipmaker in focus
        Extraction x = SharedExtractor.extract(MAIN_EN + "Quillon Semiconductor unveiled its Q7 chip in May 2025. In August 2025, "
                + "Tessaro, a rival of Brightline, sued the chipmaker over a patent.", "en", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> e.type() == EventType.LEGAL && names(e).containsAll(Set.of("Tessaro", "Quillon Semiconductor")));
    }

    @Test
    void aDescriptionSetBesideANameIsThatName() {
        // "Nexora, le géant américain du cloud, a investi ... dans Trevalis": the description is Nexora's, not the page's
        Extraction x = SharedExtractor.extract(MAIN_FR + "Nexora, le géant américain du cloud, a investi 15 millions d'euros dans "
                + "Orbital Labs en novembre 2025.", "fr", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> e.type() == EventType.FUNDING && names(e).contains("Nexora"))
                .noneMatch(e -> names(e).contains("Brightline"));
    }

    @Test
    void theLatterIsTheLastCompanyNamed() {
        // cue list latter-word
        Extraction x = SharedExtractor.extract(MAIN_EN + "In October 2025, Tessaro lost its hardware chief Owen Price to Quillon "
                + "Semiconductor. The latter bought Sonara in November 2025.", "en", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> e.type() == EventType.ACQUISITION && names(e).equals(Set.of("Quillon Semiconductor", "Sonara")));
    }

    @Test
    void cetteDerniereIsTheLastCompanyNamed() {
        Extraction x = SharedExtractor.extract(MAIN_FR + "Nexora a investi 15 millions d'euros dans Orbital Labs en novembre 2025. Cette "
                + "dernière a ensuite racheté Ondalys en janvier 2026.", "fr", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> e.type() == EventType.ACQUISITION && names(e).equals(Set.of("Orbital Labs", "Ondalys")));
    }

    @Test
    void aFrenchPeriphrasisIsTheSubjectCompanyOfTheSentenceBefore() {
        // "L'éditeur lyonnais": the subject of the sentence before, though it named the page's main company as its object
        Extraction x = SharedExtractor.extract(MAIN_FR + "Le groupe Méridane a racheté Brightline en septembre 2025. L'éditeur "
                + "lyonnais a aussi noué un partenariat avec Orbital Labs en octobre 2025.", "fr", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> e.type() == EventType.PARTNERSHIP && names(e).equals(Set.of("Méridane", "Orbital Labs")));
    }

    @Test
    void cetteDerniereAfterAPersonIsThatPerson() {
        Extraction x = SharedExtractor.extract(MAIN_FR + "En mars 2025, Brightline a recruté Jeanne Morel. Cette dernière a quitté "
                + "Orbital Labs en février 2025.", "fr", PUBLISHED);
        assertThat(x.events()).as(x.events().toString())
                .anyMatch(e -> e.type() == EventType.DEPARTURE && names(e).equals(Set.of("Jeanne Morel", "Orbital Labs")));
    }
}
