package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whole names of public bodies, courts and universities around their head word are organizations. */
class OrganizationNamesTest {

    @Test
    void aComplementAfterOfOrOnIsPartOfTheName() {
        SharedExtractor.assertTyped("A week later the Office of the Data Commissioner of Kenya asked Solvane for the "
                + "same documents. Veltrix will testify before the Committee on Industry, Research and Energy in November. "
                + "The foundation said it would appeal to the Court of Appeal of The Hague.", "en",
                "Office of the Data Commissioner of Kenya=Organization; Committee on Industry, Research and Energy=Organization; "
                        + "Court of Appeal of The Hague=Organization");
    }

    @Test
    void anAdjectiveOfANationOpensTheName() {
        SharedExtractor.assertTyped("The Portuguese National Data Protection Commission opened an inquiry into Solvane. "
                + "Meanwhile the European Telecommunications Standards Institute published a draft rule, and Veltrix hired "
                + "Maya Okonjo to lead its Tessera Division.", "en",
                "Portuguese National Data Protection Commission=Organization; "
                        + "European Telecommunications Standards Institute=Organization; Tessera Division=Organization");
    }

    @Test
    void aKnownNameOrTwoPlacesAreNotJoined() {
        // a known name before the head leaves the name to the typer; "and" joins no second university
        Extraction x = EventDetectorTest.extract("Maya Okonjo taught at the University of Leeds and Cambridge before she joined "
                + "the Google Research Center in Zurich. She went to High School No. 4 in Leeds and ran the Zurich Office "
                + "of Veltrix.", "en", null);
        assertThat(x.entities()).extracting(Entity::name).doesNotContain("University of Leeds and Cambridge", "Research Center", "High School No.", "High School", "Zurich Office")
                .contains("University of Leeds");
    }

    @Test
    void aBodyNamedAfterAPossessiveIsTheBodyWithoutThePossessor() {
        // after a possessive, a body of the possessor's; common words listed with commas that "and" closes
        SharedExtractor.assertTyped("Maya Okonjo told the Senate's Commerce, Science and Transportation Committee in May "
                + "that Veltrix would comply. The authority's Digital Markets Unit leads the review. "
                + "The Information Technology Industry Council backed the bill.", "en",
                "Commerce, Science and Transportation Committee=Organization; Digital Markets Unit=Organization; "
                        + "Information Technology Industry Council=Organization");
    }

    @Test
    void aPossessiveInsideTheTaggersNameEndsThePossessorsName() {
        Extraction x = EventDetectorTest.extract("Tomas Reyes, who ran Veltrix's Orbit Research Group, left in May. "
                + "The Information Commissioner's Office asked Veltrix for its records.", "en", null);
        assertThat(x.entities()).extracting(Entity::name).noneMatch(n -> n.startsWith("Veltrix's") || n.startsWith("Veltrix’s"))
                .contains("Information Commissioner's Office");
    }

    @Test
    void anAcronymInParenthesesIsTheBodysOtherNameWhateverItsLetters() {
        Extraction x = EventDetectorTest.extract("The Portuguese National Data Protection Commission (CNPD) opened an inquiry into Solvane in March. "
                + "Veltrix said the CNPD had never asked it for documents.", "en", null);
        // one entity, whichever form names it
        assertThat(x.entities()).filteredOn(e -> e.name().equals("CNPD") || e.aliases().contains("CNPD")).singleElement()
                .satisfies(e -> {
                    assertThat(e.type()).isEqualTo(EntityType.Organization);
                    assertThat(e.aliases()).contains(e.name().equals("CNPD") ? "Portuguese National Data Protection Commission" : "CNPD");
                });
        assertThat(EntityResolver.isLooseAcronymOf("ISO", "International Organization for Standardization")).isTrue();
        assertThat(EntityResolver.isLooseAcronymOf("AAPL", "Apple Computer")).isFalse();
    }
}
