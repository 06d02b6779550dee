package org.chronograph.graph;

import static org.chronograph.extract.EntityType.Company;
import static org.chronograph.extract.EntityType.Model;
import static org.chronograph.extract.EntityType.Organization;
import static org.chronograph.extract.EntityType.Person;

import org.chronograph.extract.EventType;
import org.chronograph.extract.Extraction;

/** Hand-made extractions about invented companies and people, shared by the integration tests. */
public final class Stories {
    private Stories() {
    }

    /** English: Nimbus Labs releases Orion-3 (2024-03), raises money (2023), hires Dana Whitfield from Vela Systems. */
    public static Extraction nimbusEnglish() {
        return Extractions.article("nimbus-en", "en").title("Nimbus Labs ships Orion-3").published("2024-03-20")
                .entity("Nimbus Labs", Company, "Nimbus")
                .entity("Orion-3", Model)
                .entity("Dana Whitfield", Person, "Whitfield")
                .entity("Vela Systems", Company, "Vela")
                .event(EventType.RELEASE, "2024-03", "Nimbus Labs released Orion-3 in March 2024.",
                        "Nimbus Labs", "maker", "Orion-3", "model")
                .event(EventType.FUNDING, "2023", "Nimbus raised a large round in 2023.",
                        "Nimbus Labs", "funded")
                .move("Dana Whitfield", null, "Vela Systems", "2019", "Dana Whitfield joined Vela Systems in 2019.")
                .move("Dana Whitfield", "Vela Systems", "Nimbus Labs", "2022-05",
                        "Whitfield left Vela for Nimbus Labs in May 2022.")
                .build();
    }

    /** French version of the release story, naming the company by its short name with its full name as alias. */
    public static Extraction nimbusFrench() {
        return Extractions.article("nimbus-fr", "fr").title("Nimbus lance Orion-3").published("2024-03-21")
                .entity("Nimbus", Company, "Nimbus Labs")
                .entity("Orion-3", Model)
                .event(EventType.RELEASE, "2024-03", "Nimbus a lancé Orion-3 en mars 2024.",
                        "Nimbus", "maker", "Orion-3", "model")
                .build();
    }

    /** Another article: Orion-3's release (same date), and a partnership with the Helix Institute in June 2024. */
    public static Extraction helixPartnership() {
        return Extractions.article("helix", "en").title("Helix and Nimbus team up").published("2024-06-12")
                .entity("Nimbus Labs", Company)
                .entity("Orion-3", Model)
                .entity("Helix Institute", Organization)
                .event(EventType.RELEASE, "2024-03", "Orion-3, released in March 2024, impressed researchers.",
                        "Nimbus Labs", "maker", "Orion-3", "model")
                .event(EventType.PARTNERSHIP, "2024-06-10", "Helix Institute and Nimbus Labs signed a partnership on 10 June 2024.",
                        "Helix Institute", "party", "Nimbus Labs", "party")
                .build();
    }

    /**
     * A corrected version of {@link #nimbusEnglish()}: no funding story, no Vela Systems, a lawsuit instead,
     * the release not mentioned, and Dana Whitfield's move dated June 2022.
     */
    public static Extraction nimbusEnglishCorrected() {
        return Extractions.article("nimbus-en", "en").title("Nimbus Labs ships Orion-3 (corrected)").published("2024-03-20")
                .hash("hash-of-nimbus-en-v2")
                .entity("Nimbus Labs", Company, "Nimbus")
                .entity("Dana Whitfield", Person)
                .event(EventType.LEGAL, "2024-04", "Nimbus Labs was sued in April 2024.", "Nimbus Labs", "party")
                .move("Dana Whitfield", null, "Nimbus Labs", "2022-06", "Dana Whitfield joined Nimbus Labs in June 2022.")
                .build();
    }

    /** Orion-3's release reported with another date (a conflict between sources). */
    public static Extraction orionOtherDate() {
        return Extractions.article("orion-late", "en").title("Orion-3 arrives").published("2024-04-02")
                .entity("Nimbus Labs", Company)
                .entity("Orion-3", Model)
                .event(EventType.RELEASE, "2024-04", "Nimbus Labs released Orion-3 in April 2024.",
                        "Nimbus Labs", "maker", "Orion-3", "model")
                .build();
    }
}
