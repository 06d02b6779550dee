package org.chronograph.cli;

import java.util.ArrayList;
import java.util.List;
import org.chronograph.query.TimeBasis;
import org.chronograph.query.TimelineFilter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The filters of {@code timeline} and {@code export timelinejs}: entity (and neighbourhood), period, types, time basis. */
public final class TimelineFilterOptions {

    @Parameters(arity = "0..1", paramLabel = "ENTITY", description = "Only events involving this entity (name, alias or key).")
    String entity;

    @Option(names = {"-n", "--neighbourhood", "--neighborhood"},
            description = "With ENTITY: also the events of its people and of the models and products it takes part in events with.")
    boolean neighbourhood;

    @Option(names = "--from", paramLabel = "DATE", description = "Only events ending on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only events starting on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
    String to;

    @Option(names = {"-t", "--type"}, paramLabel = "TYPE",
            description = "Only events of this type (release, delay, founding, join, departure, appointment, acquisition, "
                    + "funding, partnership, legal, restructuring); repeatable.")
    List<String> types = new ArrayList<>();

    @Option(names = "--by", paramLabel = "BASIS", defaultValue = "event",
            description = "Place events by their own date (event) or by the first article that reports them (published); "
                    + "--from and --to apply to that date. Default: ${DEFAULT-VALUE}.")
    String basis;

    @Option(names = "--undated", description = "Only the events without a date (which a timeline cannot place), by when "
            + "they were first reported; takes no --from or --to.")
    boolean undated;

    /**
     * The filter.
     *
     * @throws org.chronograph.query.InvalidQueryException for a bad date, type or basis
     */
    public TimelineFilter filter() {
        return TimelineFilter.parse(entity, from, to, types).withNeighbourhood(neighbourhood).withBasis(TimeBasis.parse(basis))
                .withUndated(undated);
    }
}
