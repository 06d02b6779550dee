package org.chronograph.bench;

import java.util.ArrayList;
import java.util.List;
import org.chronograph.bench.Cast.Member;
import org.chronograph.extract.EventDate;
import org.chronograph.extract.EventType;

/**
 * What one sentence of a synthetic article states: an event with its participants, and for a person who changes
 * organization, where they came from (which adds a departure event and makes the fact a move).
 *
 * @param type       the event type
 * @param date       when, or {@code null} when the sentence gives no date
 * @param parts      participants with their roles, the person first for people's events
 * @param origin     the organization a joining or founding person left, or {@code null}
 * @param confidence the confidence an extractor would give
 */
record Fact(EventType type, EventDate date, List<Part> parts, Member origin, double confidence) {
    /** A participant and its role. */
    record Part(Member member, String role) {
    }

    Fact {
        parts = List.copyOf(parts);
    }

    /** Everyone the sentence names, participants first. */
    List<Member> members() {
        List<Member> members = new ArrayList<>();
        parts.forEach(p -> members.add(p.member()));
        if (origin != null) members.add(origin);
        return members;
    }

    /** The person of a people's event, or {@code null}. */
    Member person() {
        return switch (type) {
            case JOIN, DEPARTURE, APPOINTMENT, FOUNDING -> parts.get(0).member();
            default -> null;
        };
    }

    /** The organization of the event: joined, left, appointed to or founded; {@code null} for other events. */
    Member organization() {
        return switch (type) {
            case JOIN, DEPARTURE, APPOINTMENT, FOUNDING -> parts.get(parts.size() - 1).member();
            default -> null;
        };
    }

    /** Events the sentence reports: 2 when a joining person's origin is named, else 1. */
    int events() {
        return origin == null ? 1 : 2;
    }

    /** True when the fact makes a move: a join, a departure, or a founding by someone who left an organization. */
    boolean isMove() {
        return type == EventType.JOIN || type == EventType.DEPARTURE || type == EventType.FOUNDING && origin != null;
    }
}
