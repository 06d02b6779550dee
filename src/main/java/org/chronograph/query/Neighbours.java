package org.chronograph.query;

import java.util.List;

/**
 * An entity and its neighbours.
 *
 * @param entity     the entity asked about
 * @param neighbours its neighbours, most links first
 */
public record Neighbours(ResolvedEntity entity, List<Neighbour> neighbours) {
    public Neighbours {
        neighbours = List.copyOf(neighbours);
    }
}
