package org.chronograph.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import org.chronograph.ChronographException;

/**
 * Where and how {@link WebServer} listens.
 *
 * @param host       address to bind; loopback ({@value #DEFAULT_HOST}) by default
 * @param port       TCP port, {@code 0} for a free one
 * @param token      bearer token the API asks for, or {@code null}; required when {@code host} is not a loopback
 *                   address, at least {@value #MIN_TOKEN_LENGTH} characters; never printed by {@link #toString()}
 * @param maxQueries how many graph queries run at once; more requests wait for a free slot
 * @param webDir     a directory whose files are served before the page's bundled ones, read on every request (for
 *                   working on the page: {@code src/main/web}); {@code null} for the bundled page only
 * @param warmUp     at most how long the server warms its queries up when it starts ({@link WarmUp}), before it is
 *                   announced; {@link Duration#ZERO} for none
 */
public record ServerSettings(String host, int port, String token, int maxQueries, Path webDir, Duration warmUp) {
    /** The address bound when none is given. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The port used when none is given. */
    public static final int DEFAULT_PORT = 8080;
    /** Queries that run at once by default. */
    public static final int DEFAULT_MAX_QUERIES = 32;
    /** Shortest token accepted. */
    public static final int MIN_TOKEN_LENGTH = 16;
    /** Seconds {@code serve} warms its queries up at most by default. */
    public static final int DEFAULT_WARM_UP_SECONDS = 60;
    /** Environment variable holding the token. */
    public static final String TOKEN_ENV = "CHRONOGRAPH_TOKEN";

    /**
     * Checks the settings.
     *
     * @throws ChronographException for a bad port or host, a short token, or a non-loopback host without a token
     */
    public ServerSettings {
        if (host == null || host.isBlank()) {
            host = DEFAULT_HOST;
        }
        if (port < 0 || port > 65_535) {
            throw new ChronographException("not a port: " + port);
        }
        if (maxQueries < 1) {
            throw new ChronographException("at least one query must be able to run, not " + maxQueries);
        }
        if (token != null && token.isBlank()) {
            token = null;
        }
        if (token != null && token.strip().length() < MIN_TOKEN_LENGTH) {
            throw new ChronographException("the token must have at least " + MIN_TOKEN_LENGTH + " characters");
        }
        if (token != null) {
            token = token.strip();
        }
        if (warmUp == null || warmUp.isNegative()) {
            warmUp = Duration.ZERO;
        }
        if (token == null && !loopback(host)) {
            throw new ChronographException("serving on " + host + " (not a loopback address) needs a bearer token: set "
                    + TOKEN_ENV + " or give --token-file");
        }
    }

    /** Settings without a warm-up. */
    public ServerSettings(String host, int port, String token, int maxQueries, Path webDir) {
        this(host, port, token, maxQueries, webDir, Duration.ZERO);
    }

    /** These settings with another warm-up. */
    public ServerSettings withWarmUp(Duration warmUp) {
        return new ServerSettings(host, port, token, maxQueries, webDir, warmUp);
    }

    /** Loopback, the default port, no token. */
    public static ServerSettings local(int port) {
        return new ServerSettings(DEFAULT_HOST, port, null, DEFAULT_MAX_QUERIES, null);
    }

    /** True when requests must carry the token. */
    public boolean needsToken() {
        return token != null;
    }

    /** True when the server only listens on a loopback address. */
    public boolean isLoopback() {
        return loopback(host);
    }

    static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException | SecurityException e) {
            throw new ChronographException("cannot resolve the address to serve on: " + host, e);
        }
    }

    @Override
    public String toString() {
        return "ServerSettings[host=" + host + ", port=" + port + ", token=" + (token == null ? "none" : "***")
                + ", maxQueries=" + maxQueries + ", webDir=" + webDir + ", warmUp=" + warmUp + "]";
    }
}
