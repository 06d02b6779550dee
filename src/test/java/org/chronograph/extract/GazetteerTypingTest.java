package org.chronograph.extract;

import static org.chronograph.extract.SharedExtractor.assertTyped;

import org.junit.jupiter.api.Test;

/**
 * Names the gazetteer knows from general knowledge of the field (regulators, exchanges, chips, media) are typed as
 * FORMAT.md types them, through the learned typer, in sentences of ours (the article's own form of a name is kept).
 */
class GazetteerTypingTest {

    @Test
    void regulatorsExchangesChipsAndMediaInEnglish() {
        assertTyped("Kelvora, a Leeds startup, listed on the Nasdaq in March 2025. "
                + "Ofcom opened an inquiry into its Tessel app in June, the Financial Times reported. "
                + "The app runs on Snapdragon chips and Nvidia's H100 accelerators.", "en",
                "Nasdaq=Organization; Ofcom=Organization; Financial Times=Company; Snapdragon=Product; H100=Product");
    }

    @Test
    void regulatorsExchangesAndMediaInFrench() {
        assertTyped("La start-up lyonnaise Kelvora est entrée à la Bourse de Paris en mars 2025. "
                + "L'Autorité de la concurrence a ouvert une enquête sur son application Tessel en juin, selon Les Echos. "
                + "L'application tourne sur des puces Snapdragon.", "fr",
                "Bourse de Paris=Organization; Autorité de la concurrence=Organization; Les Echos=Company; "
                        + "Snapdragon=Product");
    }

    @Test
    void platformsAndUnitsAsFormatTypesThem() {
        // a platform is a Product; DeepMind is Google DeepMind, a unit (an Organization) whichever of its names the
        // article uses
        assertTyped("Kelvora's assistant now runs on Kimi K2. "
                + "DeepMind researchers posted the results on LinkedIn in May 2025.", "en",
                "Kimi K2=Model; DeepMind=Organization; LinkedIn=Product");
    }

    @Test
    void agenciesStandardsBodiesAndInstitutesInEnglish() {
        // public bodies, standards bodies and research institutes that name no organization word the typer could read
        assertTyped("Veltrix hired a former NASA engineer in May 2025 to lead its work with "
                + "MLCommons and the Beijing Academy of Artificial Intelligence. METR and Epoch AI had tested its model.", "en",
                "NASA=Organization; MLCommons=Organization; Beijing Academy of Artificial Intelligence=Organization; "
                        + "METR=Organization; Epoch AI=Organization");
    }
}
