package org.chronograph.graph;

import static org.chronograph.extract.EntityType.Company;
import static org.chronograph.extract.EntityType.Model;
import static org.chronograph.extract.EntityType.Person;

import java.util.List;
import org.chronograph.extract.EventType;
import org.chronograph.extract.Extraction;

/**
 * Hand-made articles where an entity is only ever named beside others (Quill Hub, like a model hub that takes part in
 * no event): what co-mentions, entity pages and search are tested on. Invented names.
 */
public final class CoMentionStories {
    private CoMentionStories() {
    }

    /** Quill Hub and Meridian named together twice; Meridian releases Sable-2; Quill Hub and Tern Labs once. */
    public static Extraction hubAndMeridian() {
        return Extractions.article("quill-meridian", "en").title("Quill Hub hosts Sable-2").published("2025-02-10")
                .entity("Quill Hub", Company)
                .entity("Meridian", Company, "Meridian Platforms")
                .entity("Sable-2", Model)
                .entity("Tern Labs", Company)
                .event(EventType.RELEASE, "2025-01", "Meridian released Sable-2 in January 2025.",
                        "Meridian", "maker", "Sable-2", "model")
                .sentence("Quill Hub now hosts Sable-2, the model Meridian made.", "Quill Hub", "Sable-2", "Meridian")
                .sentence("Meridian and Quill Hub did not say how many downloads it had.", "Meridian", "Quill Hub")
                .sentence("Tern Labs also publishes its models on Quill Hub.", "Tern Labs", "Quill Hub")
                .build();
    }

    /** A later article: Quill Hub and Meridian named together once more; Meridian hires Ada Brook (undated). */
    public static Extraction hubAgain() {
        return Extractions.article("quill-again", "en").title("Open models, closed doors").published("2025-06-01")
                .entity("Quill Hub", Company)
                .entity("Meridian", Company)
                .entity("Ada Brook", Person)
                .sentence("Quill Hub and Meridian both back open weights.", "Quill Hub", "Meridian")
                .event(EventType.JOIN, (String) null, "Ada Brook joined Meridian.", "Ada Brook", "person", "Meridian",
                        "organization")
                .build();
    }

    /** {@link #hubAndMeridian()} rewritten: Meridian is no longer named beside Quill Hub. */
    public static Extraction hubAndMeridianCorrected() {
        return Extractions.article("quill-meridian", "en").title("Quill Hub hosts Sable-2 (corrected)").published("2025-02-10")
                .hash("hash-of-quill-meridian-v2")
                .entity("Quill Hub", Company)
                .entity("Meridian", Company, "Meridian Platforms")
                .entity("Sable-2", Model)
                .entity("Tern Labs", Company)
                .event(EventType.RELEASE, "2025-01", "Meridian released Sable-2 in January 2025.",
                        "Meridian", "maker", "Sable-2", "model")
                .sentence("Quill Hub now hosts Sable-2.", "Quill Hub", "Sable-2")
                .sentence("Tern Labs also publishes its models on Quill Hub.", "Tern Labs", "Quill Hub")
                .build();
    }

    /** Both articles. */
    public static List<Extraction> all() {
        return List.of(hubAndMeridian(), hubAgain());
    }
}
