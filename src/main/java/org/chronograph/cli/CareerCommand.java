package org.chronograph.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chronograph.graph.GraphConnection;
import org.chronograph.query.Career;
import org.chronograph.query.CareerQuery;
import org.chronograph.query.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code chronograph career PERSON}. */
@Command(name = "career", mixinStandardHelpOptions = true,
        description = "A person's career: the organizations they were at, in date order, with the sentence that dates each.")
final class CareerCommand extends GraphCommand {

    @Parameters(index = "0", paramLabel = "PERSON", description = "Name, alias or key of the person.")
    String person;

    @Override
    List<Table> tables(GraphConnection graph) {
        Career career = new CareerQuery(graph).run(person);
        List<List<Object>> rows = new ArrayList<>();
        for (Career.Step s : career.steps()) {
            Report source = s.sources().isEmpty() ? null : s.sources().get(0);
            rows.add(Arrays.asList(s.org(), s.orgType(), s.start(), s.end(), s.current(),
                    source == null ? null : source.articleId(), source == null ? null : source.sentence(),
                    (long) s.sources().size()));
        }
        return List.of(Table.of("career of " + career.person().name(),
                List.of("organization", "type", "start", "end", "current", "article", "sentence", "sources"), rows));
    }
}
