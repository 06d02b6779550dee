package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

/**
 * Names the gazetteer knows from general knowledge of the field (regulators, exchanges, chips, media) are typed as
 * FORMAT.md types them, through the learned typer, in sentences of ours (the article's own form of a name is kept).
 */
class GazetteerTypingTest {

    @Test
    void regulatorsExchangesChipsAndMediaInEnglish() {
        Extraction x = EventDetectorTest.extract("Kelvora, a Leeds startup, listed on the Nasdaq in March 2025. "
                + "Ofcom opened an inquiry into its Tessel app in June, the Financial Times reported. "
                + "The app runs on Snapdragon chips and Nvidia's H100 accelerators.", "en", null);
        assertThat(x.entities()).extracting(Entity::name, Entity::type).contains(
                tuple("Nasdaq", EntityType.Organization),
                tuple("Ofcom", EntityType.Organization),
                tuple("Financial Times", EntityType.Company),
                tuple("Snapdragon", EntityType.Product),
                tuple("H100", EntityType.Product));
    }

    @Test
    void regulatorsExchangesAndMediaInFrench() {
        Extraction x = EventDetectorTest.extract("La start-up lyonnaise Kelvora est entrée à la Bourse de Paris en mars 2025. "
                + "L'Autorité de la concurrence a ouvert une enquête sur son application Tessel en juin, selon Les Echos. "
                + "L'application tourne sur des puces Snapdragon.", "fr", null);
        assertThat(x.entities()).extracting(Entity::name, Entity::type).contains(
                tuple("Bourse de Paris", EntityType.Organization),
                tuple("Autorité de la concurrence", EntityType.Organization),
                tuple("Les Echos", EntityType.Company),
                tuple("Snapdragon", EntityType.Product));
    }

    @Test
    void platformsAndUnitsAsFormatTypesThem() {
        // a platform is a Product; DeepMind is Google DeepMind, a unit (an Organization) whichever of its names the
        // article uses
        Extraction x = EventDetectorTest.extract("Kelvora's assistant now runs on Kimi K2. "
                + "DeepMind researchers posted the results on LinkedIn in May 2025.", "en", null);
        assertThat(x.entities()).extracting(Entity::name, Entity::type).contains(
                tuple("Kimi K2", EntityType.Model),
                tuple("DeepMind", EntityType.Organization),
                tuple("LinkedIn", EntityType.Product));
    }

    @Test
    void agenciesStandardsBodiesAndInstitutesInEnglish() {
        // public bodies, standards bodies and research institutes that name no organization word the typer could read
        Extraction x = EventDetectorTest.extract("Veltrix hired a former NASA engineer in May 2025 to lead its work with "
                + "MLCommons and the Beijing Academy of Artificial Intelligence. METR and Epoch AI had tested its model.", "en", null);
        assertThat(x.entities()).extracting(Entity::name, Entity::type).contains(
                tuple("NASA", EntityType.Organization),
                tuple("MLCommons", EntityType.Organization),
                tuple("Beijing Academy of Artificial Intelligence", EntityType.Organization),
                tuple("METR", EntityType.Organization),
                tuple("Epoch AI", EntityType.Organization));
    }
}
