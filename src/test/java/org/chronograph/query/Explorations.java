package org.chronograph.query;

import static org.chronograph.extract.EntityType.Company;
import static org.chronograph.extract.EntityType.Model;
import static org.chronograph.extract.EntityType.Organization;
import static org.chronograph.extract.EntityType.Person;

import java.util.List;
import org.chronograph.extract.EventType;
import org.chronograph.extract.Extraction;
import org.chronograph.graph.Extractions;

/**
 * A small invented world for the exploration queries: Corvid Systems, its Talon models and its people, some of
 * whom leave for Pellucid AI; a French article that dates two facts differently.
 */
public final class Explorations {
    private Explorations() {
    }

    /** All the articles, in publication order. */
    public static List<Extraction> all() {
        return List.of(models(), people(), frenchRecap());
    }

    /**
     * Published 2024-05-02: Corvid released Talon-2 in April 2024, raised money in March 2024, delayed Talon-3 (Nov 2024),
     * and Talon-3 came out in January 2025 (an event that names only the model).
     */
    static Extraction models() {
        return Extractions.article("corvid-models", "en").title("Corvid ships Talon-2").published("2024-05-02")
                .entity("Corvid Systems", Company, "Corvid")
                .entity("Talon-2", Model)
                .entity("Talon-3", Model)
                .event(EventType.RELEASE, "2024-04", "Corvid Systems released Talon-2 in April 2024.",
                        "Corvid Systems", "maker", "Talon-2", "model")
                .event(EventType.FUNDING, "2024-03", "Corvid raised a new round in March 2024.", "Corvid Systems", "funded")
                .event(EventType.DELAY, "2024-11", "In November 2024 Corvid pushed Talon-3 back.",
                        "Corvid Systems", "maker", "Talon-3", "model")
                .event(EventType.RELEASE, "2025-01", "Talon-3 finally came out in January 2025.", "Talon-3", "model")
                .build();
    }

    /**
     * Published 2025-03-10: Corvid's founding (2019), Mira Castell's and Jonas Brandt's careers, and what they did at
     * Pellucid AI.
     */
    static Extraction people() {
        return Extractions.article("corvid-people", "en").title("Who left Corvid").published("2025-03-10")
                .entity("Corvid Systems", Company, "Corvid")
                .entity("Pellucid AI", Company, "Pellucid")
                .entity("Halden University", Organization)
                .entity("Mira Castell", Person, "Castell")
                .entity("Jonas Brandt", Person, "Brandt")
                .event(EventType.FOUNDING, "2019", "Corvid Systems was founded in 2019.", "Corvid Systems", "founded")
                .move("Mira Castell", "Halden University", "Corvid Systems", "2021-09",
                        "Mira Castell left Halden University for Corvid Systems in September 2021.")
                .move("Mira Castell", "Corvid Systems", "Pellucid AI", "2025-02",
                        "In February 2025 Castell left Corvid for Pellucid AI.")
                .move("Jonas Brandt", null, "Corvid Systems", "2020", "Jonas Brandt joined Corvid Systems in 2020.")
                .move("Jonas Brandt", "Corvid Systems", "Pellucid AI", "2024-12",
                        "Brandt moved from Corvid to Pellucid AI in December 2024.")
                .event(EventType.DEPARTURE, "2025-02", "In February 2025 Castell left Corvid for Pellucid AI.",
                        "Mira Castell", "person", "Corvid Systems", "organization")
                .event(EventType.APPOINTMENT, "2025-03", "Mira Castell was named chief scientist of Pellucid AI in March 2025.",
                        "Mira Castell", "person", "Pellucid AI", "organization")
                .build();
    }

    /**
     * Published 2025-03-15, in French: Talon-2 released in June 2024 (another month), Corvid's round in 2024 (less
     * precise), Brandt's move in January 2025 (another month).
     */
    static Extraction frenchRecap() {
        return Extractions.article("corvid-recap-fr", "fr").title("Corvid, un an agité").published("2025-03-15")
                .entity("Corvid", Company, "Corvid Systems")
                .entity("Talon-2", Model)
                .entity("Pellucid AI", Company)
                .entity("Jonas Brandt", Person)
                .event(EventType.RELEASE, "2024-06", "Corvid a lancé Talon-2 en juin 2024.", "Corvid", "maker", "Talon-2", "model")
                .event(EventType.FUNDING, "2024", "Corvid a levé des fonds en 2024.", "Corvid", "funded")
                .move("Jonas Brandt", "Corvid", "Pellucid AI", "2025-01", "Jonas Brandt a rejoint Pellucid AI en janvier 2025.")
                .build();
    }
}
