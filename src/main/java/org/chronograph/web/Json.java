package org.chronograph.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

/** JSON for the API: records by their components, dates as ISO text. */
final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("chronograph-dates").addSerializer(LocalDate.class, ToStringSerializer.instance))
            .build();

    private Json() {
    }

    /** The value as UTF-8 JSON bytes. */
    static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** {@code {"error": message, "status": status}}. */
    static byte[] error(int status, String message) {
        return bytes(Map.of("status", status, "error", message == null ? "" : message));
    }

    /** {@code {"status": status, "error": message, ...more}}. */
    static byte[] error(int status, String message, Map<String, Object> more) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("status", status);
        body.put("error", message == null ? "" : message);
        body.putAll(more);
        return bytes(body);
    }
}
