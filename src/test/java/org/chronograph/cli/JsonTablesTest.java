package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables from results of any shape. */
class JsonTablesTest {
    record Who(String key, String name) {
    }

    record Step(String name, String via, int hop, LocalDate since, List<String> tags) {
    }

    record Result(Who from, Who to, int hops, List<Step> steps) {
    }

    @Test
    void aRecordGivesItsScalarsAsOneTableAndEachListOfRecordsAsAnother() {
        List<Table> tables = JsonTables.of("path", new Result(new Who("a", "Ada"), new Who("b", "Bob"), 2,
                List.of(new Step("Ada", null, 0, LocalDate.parse("2024-03-01"), List.of("x", "y")),
                        new Step("Acme", "affiliated", 1, null, List.of()))));

        assertThat(tables).hasSize(2);
        assertThat(tables.get(0).title()).isEqualTo("path");
        assertThat(tables.get(0).rows()).containsExactly(List.of("from", "Ada"), List.of("to", "Bob"), List.of("hops", 2L));
        assertThat(tables.get(1).title()).isEqualTo("steps");
        assertThat(tables.get(1).columns()).containsExactly("name", "via", "hop", "since", "tags");
        assertThat(tables.get(1).rows().get(0)).containsExactly("Ada", null, 0L, "2024-03-01", List.of("x", "y"));
    }

    @Test
    void aListOfRecordsIsOneTable() {
        List<Table> tables = JsonTables.of("people", List.of(new Who("a", "Ada"), new Who("b", "Bob")));

        assertThat(tables).singleElement().satisfies(t -> {
            assertThat(t.columns()).containsExactly("key", "name");
            assertThat(t.rows()).hasSize(2);
        });
    }
}
