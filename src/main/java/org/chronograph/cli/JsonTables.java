package org.chronograph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tables from any query result (a record, or a list of records), read through its JSON form: the scalar fields of
 * a record become one key-value table, each list of records one table (columns: every field seen), a list of
 * scalars one cell. For results whose shape this layer does not need to know.
 */
final class JsonTables {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new SimpleModule().addSerializer(LocalDate.class, ToStringSerializer.instance)).build();

    private JsonTables() {
    }

    /** The tables of a value; {@code title} names the first one. */
    static List<Table> of(String title, Object value) {
        JsonNode node = JSON.valueToTree(value);
        List<Table> tables = new ArrayList<>();
        if (node.isArray()) {
            tables.add(rows(title, node));
            return tables;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        Map<String, JsonNode> lists = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode v = field.getValue();
            if (v.isArray() && v.size() > 0 && v.get(0).isObject()) {
                lists.put(field.getKey(), v);
            } else {
                fields.put(field.getKey(), cell(v));
            }
        }
        if (!fields.isEmpty()) {
            tables.add(Table.record(title, fields));
        }
        lists.forEach((name, list) -> tables.add(rows(name, list)));
        return tables;
    }

    private static Table rows(String title, JsonNode list) {
        Set<String> columns = new LinkedHashSet<>();
        list.forEach(item -> item.fieldNames().forEachRemaining(columns::add));
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode item : list) {
            List<Object> row = new ArrayList<>();
            for (String column : columns) {
                row.add(cell(item.get(column)));
            }
            rows.add(row);
        }
        return Table.of(title, List.copyOf(columns), rows);
    }

    /** A cell: text for scalars, a list for arrays, compact JSON for objects, nothing for null. */
    private static Object cell(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.isIntegralNumber() ? (Object) v.asLong() : (Object) v.asDouble();
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isArray()) {
            List<Object> items = new ArrayList<>();
            v.forEach(item -> items.add(item.isObject() && item.has("name") ? item.get("name").asText() : cell(item)));
            return items;
        }
        if (v.isObject()) {
            return v.has("name") ? v.get("name").asText() : v.toString();
        }
        return v.asText();
    }
}
