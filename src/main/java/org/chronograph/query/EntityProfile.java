package org.chronograph.query;

import java.util.List;

/**
 * Everything the graph knows about one entity: what an entity page shows.
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
 * @param events         its dated events, in date order
 * @param undatedEvents  its events without a date (they have no place on a time axis), listed apart
 * @param career         for a person, their stints in date order with the sentences of the moves behind them; empty
 *                       for others
 * @param mentionedIn    the articles that mention it, newest first (at most {@link EntityQuery#ARTICLES_SHOWN}), with
 *                       the sentences that do
 * @param coMentioned    the entities named in the same sentences, most sentences first (at most
 *                       {@link EntityQuery#CO_MENTIONED_SHOWN})
 */
public record EntityProfile(String key, String name, String type, List<String> aliases, long articles, long mentions,
                            List<Affiliation> affiliations, List<CoParticipant> coParticipants, List<MoveEntry> moves,
                            List<TimelineEntry> events, List<TimelineEntry> undatedEvents, List<Career.Step> career,
                            List<Mentioning> mentionedIn, List<CoMentioned> coMentioned) {
    public EntityProfile {
        aliases = List.copyOf(aliases);
        affiliations = List.copyOf(affiliations);
        coParticipants = List.copyOf(coParticipants);
        moves = List.copyOf(moves);
        events = List.copyOf(events);
        undatedEvents = List.copyOf(undatedEvents);
        career = List.copyOf(career);
        mentionedIn = List.copyOf(mentionedIn);
        coMentioned = List.copyOf(coMentioned);
    }
}
