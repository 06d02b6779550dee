package org.chronograph.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows to print: a title (may be {@code null}), column names, and cells that are strings, numbers, booleans,
 * lists or {@code null}. A key-value table ({@link #record}) prints as two columns, and as one object in JSON.
 *
 * @param title   a section title, or {@code null}
 * @param columns column names
 * @param rows    rows of cells, one per column
 * @param record  true when this is one record shown as field/value rows
 */
public record Table(String title, List<String> columns, List<List<Object>> rows, boolean record) {
    public Table {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size() + " columns");
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copy);
    }

    /** A table of rows. */
    public static Table of(String title, List<String> columns, List<List<Object>> rows) {
        return new Table(title, columns, rows, false);
    }

    /** One record: field names and values in order. */
    public static Table record(String title, Map<String, Object> fields) {
        List<List<Object>> rows = new ArrayList<>();
        fields.forEach((k, v) -> rows.add(Arrays.asList(k, v)));
        return new Table(title, List.of("field", "value"), rows, true);
    }

    /** The same table under another title. */
    public Table withTitle(String newTitle) {
        return new Table(newTitle, columns, rows, record);
    }

    /** The rows as maps from column name to cell, for JSON. */
    List<Map<String, Object>> maps() {
        List<Map<String, Object>> maps = new ArrayList<>();
        for (List<Object> row : rows) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                map.put(columns.get(i), row.get(i));
            }
            maps.add(map);
        }
        return maps;
    }

    /** A record's fields as one map, for JSON. */
    Map<String, Object> fields() {
        Map<String, Object> map = new LinkedHashMap<>();
        rows.forEach(row -> map.put(String.valueOf(row.get(0)), row.get(1)));
        return map;
    }
}
