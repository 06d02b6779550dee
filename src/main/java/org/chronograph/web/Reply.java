package org.chronograph.web;

import java.nio.charset.StandardCharsets;

/**
 * What a request gets back.
 *
 * @param status      HTTP status
 * @param contentType value of {@code Content-Type}
 * @param body        the bytes
 * @param filename    when not {@code null}, a download with this name ({@code Content-Disposition: attachment})
 */
record Reply(int status, String contentType, byte[] body, String filename) {
    static final String JSON = "application/json; charset=utf-8";

    /** 200 with the value as JSON. */
    static Reply json(Object value) {
        return new Reply(200, JSON, Json.bytes(value), null);
    }

    /** An error as JSON. */
    static Reply error(int status, String message) {
        return new Reply(status, JSON, Json.error(status, message), null);
    }

    /** An error as JSON, with more members beside {@code status} and {@code error} (such as {@code suggestions}). */
    static Reply error(int status, String message, java.util.Map<String, Object> more) {
        return new Reply(status, JSON, Json.error(status, message, more), null);
    }

    /** 200 with text of some type, as a download named {@code filename} (or inline when {@code null}). */
    static Reply text(String contentType, String text, String filename) {
        return new Reply(200, contentType, text.getBytes(StandardCharsets.UTF_8), filename);
    }
}
