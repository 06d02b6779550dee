package org.chronograph.query;

import java.util.List;

/**
 * Everything the graph knows about one entity.
 *
 * @param key            its key
 * @param name           its name
 * @param type           its type
 * @param aliases        its other names
 * @param articles       number of articles that mention it
 * @param mentions       number of mentions over all articles
 * @param affiliations   for a person, their organizations; for an organization, its people
 * @param coParticipants entities it shares events with, most shared first
 * @param moves          moves of the person, or to and from the organization
 * @param events         events it takes part in, in date order
 */
public record EntityProfile(String key, String name, String type, List<String> aliases, long articles, long mentions,
                            List<Affiliation> affiliations, List<CoParticipant> coParticipants, List<MoveEntry> moves,
                            List<TimelineEntry> events) {
    public EntityProfile {
        aliases = List.copyOf(aliases);
        affiliations = List.copyOf(affiliations);
        coParticipants = List.copyOf(coParticipants);
        moves = List.copyOf(moves);
        events = List.copyOf(events);
    }
}
