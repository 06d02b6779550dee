package org.chronograph.web;

import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;

/**
 * Who may ask: with a token, API requests must carry {@code Authorization: Bearer TOKEN} (compared in constant time);
 * without one (loopback only), the {@code Host} header must name a loopback host, so that a web page elsewhere cannot
 * reach the API through a DNS name that points at 127.0.0.1 (DNS rebinding).
 */
final class Access {
    private static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "[::1]");

    private final byte[] token;

    Access(String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Checks the {@code Host} header of a request to a server without a token.
     *
     * @throws ForbiddenResponse when the host is not a loopback name
     */
    void checkHost(String hostHeader) {
        if (token != null) {
            return;
        }
        String host = hostHeader == null ? "" : hostHeader.strip().toLowerCase(Locale.ROOT);
        int colon = host.lastIndexOf(':');
        if (colon > host.lastIndexOf(']')) {
            host = host.substring(0, colon);
        }
        if (!LOOPBACK_NAMES.contains(host) && !host.startsWith("127.")) {
            throw new ForbiddenResponse("this server answers only requests addressed to localhost");
        }
    }

    /**
     * Checks the {@code Authorization} header of an API request.
     *
     * @throws UnauthorizedResponse when a token is required and the header does not carry it
     */
    void checkToken(String authorization) {
        if (token == null) {
            return;
        }
        String prefix = "bearer ";
        if (authorization == null || authorization.length() <= prefix.length()
                || !authorization.substring(0, prefix.length()).toLowerCase(Locale.ROOT).equals(prefix)) {
            throw new UnauthorizedResponse("missing bearer token (Authorization: Bearer TOKEN)");
        }
        byte[] given = authorization.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token)) {
            throw new UnauthorizedResponse("wrong bearer token");
        }
    }

    /**
     * Checks a request that writes (a curation action): its body must be JSON, which a form on another site cannot
     * send without the browser asking this server first (which it does not allow), and a browser's {@code Origin}, when
     * sent, must be this server's own.
     *
     * @throws HttpResponseException 415 for another content type; ForbiddenResponse (403) for another origin
     */
    void checkWrite(String contentType, String origin, String hostHeader) {
        String type = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
        if (!type.equals("application/json") && !type.startsWith("application/json;")) {
            throw new HttpResponseException(415, "a curation action takes a JSON body (Content-Type: application/json)");
        }
        if (origin != null && !origin.isBlank() && !origin.equals("null")) {
            String host = origin.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
            if (hostHeader == null || !host.equalsIgnoreCase(hostHeader.strip())) {
                throw new ForbiddenResponse("a curation action must come from this server's own page");
            }
        } else if ("null".equals(origin)) {
            throw new ForbiddenResponse("a curation action must come from this server's own page");
        }
    }
}
