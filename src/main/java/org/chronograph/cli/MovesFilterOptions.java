package org.chronograph.cli;

import org.chronograph.query.MovesFilter;
import picocli.CommandLine.Option;

/** The filters of {@code moves} and {@code flows}: person, origin, destination, organization and period. */
public final class MovesFilterOptions {

    @Option(names = "--person", paramLabel = "PERSON", description = "Only this person's moves (name, alias or key).")
    String person;

    @Option(names = "--origin", paramLabel = "ORG", description = "Only moves from this organization.")
    String origin;

    @Option(names = "--destination", paramLabel = "ORG", description = "Only moves to this organization.")
    String destination;

    @Option(names = "--org", paramLabel = "ORG", description = "Only moves from or to this organization.")
    String org;

    @Option(names = "--from", paramLabel = "DATE", description = "Only moves ending on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only moves starting on or before DATE.")
    String to;

    /**
     * The filter.
     *
     * @throws org.chronograph.query.InvalidQueryException for a bad date
     */
    public MovesFilter filter() {
        return new MovesFilter(person, origin, destination, org, null, null).during(from, to);
    }
}
