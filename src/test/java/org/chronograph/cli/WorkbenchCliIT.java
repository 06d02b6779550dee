package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.chronograph.graph.CoMentionStories;
import org.chronograph.graph.GraphLoader;
import org.chronograph.graph.Neo4jExtension;
import org.chronograph.graph.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The workbench commands end to end, over {@link CoMentionStories}: search, did you mean, co-mentions, curation. */
class WorkbenchCliIT {
    @RegisterExtension
    static final Neo4jExtension NEO4J = Neo4jExtension.embedded();

    private String uri;

    @BeforeEach
    void setUp(TestGraph graph) {
        uri = graph.uri();
        new GraphLoader(graph.connection()).loadAll(CoMentionStories.all());
    }

    @Test
    void entitiesSearchesAndAnUnknownNameSaysWhoWasMeant() {
        Cli search = Cli.run("entities", "quil", "--uri", uri, "--format", "csv");
        Cli unknown = Cli.run("timeline", "Merid", "--uri", uri);

        assertThat(search.exitCode()).as(search.err()).isZero();
        assertThat(search.lines().get(0)).isEqualTo("name,type,key,aliases,articles,events,moves,match,matched");
        assertThat(search.lines().get(1)).startsWith("Quill Hub,Company,quill-hub,,2,0,0,prefix,Quill Hub");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err().lines()).containsExactly("chronograph: no entity named 'Merid' (did you mean Meridian?)");
    }

    @Test
    void relatedPathAndEntityShowCoMentionsLabelledAsSuch() {
        Cli related = Cli.run("related", "Quill Hub", "--uri", uri, "--format", "csv");
        Cli with = Cli.run("related", "Quill Hub", "--with", "Meridian", "--uri", uri);
        Cli path = Cli.run("path", "Quill Hub", "Meridian", "--uri", uri);
        Cli entity = Cli.run("entity", "Quill Hub", "--uri", uri);

        assertThat(related.lines()).contains("co-mentioned,both,Meridian,Company,3,,");
        assertThat(with.lines().get(0)).isEqualTo("Quill Hub and Meridian: named together in 3 sentences of 2 articles (co-mentioned)");
        assertThat(with.out()).contains("Quill Hub and Meridian both back open weights.");
        assertThat(path.lines().get(0)).startsWith("path from Quill Hub to Meridian: 1 step, through co-mentions only");
        assertThat(path.out()).contains("named together in 3 sentences");
        assertThat(entity.out()).contains("mentioned in (newest first)", "named in the same sentences as (co-mentioned)",
                "undated events", "quill-again");
    }

    @Test
    void undatedEventsAreListedApart() {
        Cli undated = Cli.run("timeline", "--undated", "--uri", uri, "--format", "csv");
        Cli refused = Cli.run("timeline", "--undated", "--from", "2024", "--uri", uri);

        assertThat(undated.exitCode()).as(undated.err()).isZero();
        assertThat(undated.lines()).hasSize(2);
        assertThat(undated.lines().get(1)).startsWith(",,,JOIN,");
        assertThat(refused.exitCode()).isEqualTo(1);
    }

    @Test
    void mergeListExportUnmergeAndAlias(@TempDir Path dir) throws Exception {
        Cli merge = Cli.run("merge", "Meridian", "Tern Labs", "--by", "ana", "--note", "one company", "--uri", uri);
        assertThat(merge.exitCode()).as(merge.err()).isZero();
        assertThat(merge.out()).contains("merged Tern Labs into Meridian", "articles loaded again  1");
        assertThat(Cli.run("entity", "Tern Labs", "--uri", uri, "--format", "json").out()).contains("\"key\" : \"meridian\"");

        Cli list = Cli.run("curations", "--uri", uri, "--format", "csv");
        assertThat(list.lines()).hasSize(2);
        assertThat(list.lines().get(1)).contains(",merge,Meridian,Tern Labs,,,ana,", "one company");

        Path file = dir.resolve("curations.json");
        Cli export = Cli.run("curations", "export", file.toString(), "--uri", uri);
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readString(file)).contains("\"kind\" : \"merge\"", "\"by\" : \"ana\"");

        Cli unmerge = Cli.run("unmerge", "Meridian", "Tern Labs", "--by", "ben", "--uri", uri);
        assertThat(unmerge.exitCode()).as(unmerge.err()).isZero();
        assertThat(Cli.run("entity", "Tern Labs", "--uri", uri, "--format", "json").out()).contains("\"key\" : \"tern-labs\"");
        assertThat(Cli.run("curations", "--all", "--uri", uri).out()).contains("undone by ben");

        Cli again = Cli.run("curations", "import", file.toString(), "--uri", uri);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("imported 0 curation(s)");

        Cli alias = Cli.run("alias", "Meridian AI", "--of", "Meridian", "--uri", uri);
        assertThat(alias.exitCode()).as(alias.err()).isZero();
        assertThat(Cli.run("entity", "Meridian AI", "--uri", uri, "--format", "json").out()).contains("\"key\" : \"meridian\"");
        Cli badDate = Cli.run("alias", "Old Meridian", "--of", "Meridian", "--to", "2021-13", "--uri", uri);
        assertThat(badDate.exitCode()).isEqualTo(1);
        assertThat(badDate.err()).contains("not a date: '2021-13'");
    }
}
