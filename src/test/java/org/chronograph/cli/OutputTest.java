package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputTest {
    private static final String LONG = "A sentence that goes on and on, well past the width a terminal table can show in one cell.";
    private static final Table MOVES = Table.of(null, List.of("person", "to", "sentence"), List.of(
            Arrays.asList("Ada", "Nimbus Labs", LONG),
            Arrays.asList("Bartholomew", null, "He said \"no\", then left.")));

    @Test
    void aTableAlignsColumnsAndCutsLongCells() {
        String text = render(Format.TABLE, List.of(MOVES));

        assertThat(text.lines().toList()).containsExactly(
                "person       to           sentence",
                "-----------  -----------  ------------------------------------------------------------",
                "Ada          Nimbus Labs  " + LONG.substring(0, 57) + "...",
                "Bartholomew               He said \"no\", then left.");
    }

    @Test
    void jsonKeepsFullValuesAndNulls() {
        String json = render(Format.JSON, List.of(MOVES));

        assertThat(json).contains("\"sentence\" : \"" + LONG + "\"", "\"to\" : null", "\\\"no\\\"");
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaks() {
        String csv = render(Format.CSV, List.of(MOVES));

        assertThat(csv).isEqualTo("person,to,sentence\r\n"
                + "Ada,Nimbus Labs,\"" + LONG + "\"\r\n"
                + "Bartholomew,,\"He said \"\"no\"\", then left.\"\r\n");
        assertThat(Output.csvField("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Output.csvField("plain")).isEqualTo("plain");
    }

    @Test
    void markdownEscapesPipesAndTitlesSections() {
        Table table = Table.of("pipes", List.of("a", "b"), List.of(Arrays.asList("x|y", List.of("one", "two"))));

        assertThat(render(Format.MARKDOWN, List.of(table)).lines().toList()).containsExactly(
                "### pipes", "", "| a | b |", "| --- | --- |", "| x\\|y | one; two |");
    }

    @Test
    void aRecordIsFieldValueLinesInTextAndAnObjectInJson() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", "Nimbus Labs");
        fields.put("articles", 3L);
        Table record = Table.record("entity", fields);

        assertThat(render(Format.TABLE, List.of(record)).lines().toList())
                .containsExactly("entity", "name      Nimbus Labs", "articles  3");
        assertThat(render(Format.JSON, List.of(record)).replaceAll("\\s+", ""))
                .isEqualTo("{\"name\":\"NimbusLabs\",\"articles\":3}");
    }

    @Test
    void severalTablesAreSectionsInJsonAndAnEmptyOneSaysNone() {
        Table empty = Table.of("moves", List.of("person"), List.of());
        Table one = Table.of("events", List.of("type"), List.of(List.of("RELEASE")));

        assertThat(render(Format.JSON, List.of(empty, one)).replaceAll("\\s+", ""))
                .isEqualTo("{\"moves\":[],\"events\":[{\"type\":\"RELEASE\"}]}");
        assertThat(render(Format.TABLE, List.of(empty))).isEqualTo("moves\n(none)\n".replace("\n", System.lineSeparator()));
    }

    private static String render(Format format, List<Table> tables) {
        StringWriter out = new StringWriter();
        Output.write(new PrintWriter(out), format, tables);
        return out.toString();
    }
}
