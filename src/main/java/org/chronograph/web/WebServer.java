package org.chronograph.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.chronograph.ChronographException;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphUnavailableException;
import org.chronograph.query.InvalidQueryException;
import org.chronograph.query.UnknownEntityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * {@code chronograph serve}: the JSON API under {@code /api/} and the web page at {@code /}, on the JDK's HTTP server.
 * Each request runs on its own virtual thread; at most {@link ServerSettings#maxQueries()} of them query the graph at
 * once, through the one shared {@link GraphConnection}. Only GET and HEAD are answered, and POST for the curation
 * actions ({@link CurationRoutes}: JSON bodies only, from the page's own origin). Errors are JSON
 * ({@code {"status": 400, "error": "..."}}): 400 for bad parameters, 401 without the token, 404 for an unknown entity or
 * path, 503 when the graph is too busy or unavailable; a stack trace goes to the server's log, never to the client.
 */
public final class WebServer implements AutoCloseable {
    /**
     * How long a request waits for a free query slot before 503: long enough for a queue of a few hundred clients on
     * a big graph (200 clients at 5 queries a second wait 40 s), short enough that a client still waits for the answer.
     */
    static final Duration QUEUE_WAIT = Duration.ofSeconds(120);
    /** Requests that may wait for a slot, per slot; beyond that a request is refused at once (503). */
    static final int WAITING_PER_SLOT = 64;
    private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    static {
        // the JDK server drops requests that take too long to arrive (slow clients holding connections)
        setIfAbsent("sun.net.httpserver.maxReqTime", "30");
        setIfAbsent("sun.net.httpserver.maxRspTime", "300");
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Api api;
    private final CurationRoutes curations;
    private final StaticFiles files;
    private final Access access;
    private final QuerySlots slots;
    private final PrintStream log;
    private final AtomicBoolean closed = new AtomicBoolean();

    private WebServer(HttpServer server, ExecutorService executor, Api api, ServerSettings settings, PrintStream log) {
        this.server = server;
        this.executor = executor;
        this.api = api;
        this.curations = new CurationRoutes(api.graph());
        this.access = new Access(settings.token());
        this.files = new StaticFiles(settings.webDir());
        this.slots = new QuerySlots(settings.maxQueries(), settings.maxQueries() * WAITING_PER_SLOT, QUEUE_WAIT);
        this.log = log;
    }

    /**
     * Starts serving the graph.
     *
     * @param log where server errors (with stack traces) are written
     * @throws ChronographException when the address cannot be bound
     */
    public static WebServer start(GraphConnection graph, ServerSettings settings, PrintStream log) {
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 512);
        } catch (IOException e) {
            throw new ChronographException("cannot listen on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        WebServer web = new WebServer(http, executor, new Api(graph), settings, log);
        http.createContext("/", web::exchange);
        http.setExecutor(executor);
        http.start();
        return web;
    }

    /** The port the server listens on (the chosen one when started with port 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://HOST:PORT/}. */
    public URI uri() {
        String host = server.getAddress().getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    /** Stops accepting requests, lets running ones finish for up to a second, and stops; safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(1);
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void exchange(HttpExchange exchange) {
        Reply reply;
        String path = exchange.getRequestURI().getRawPath();
        boolean apiRequest = path.equals("/api") || path.startsWith("/api/");
        try {
            String method = exchange.getRequestMethod();
            boolean actionPath = path.startsWith(CURATION_ACTIONS) && !path.equals(CURATION_ACTIONS + "export");
            boolean curationAction = method.equals("POST") && actionPath;
            if (actionPath && !curationAction || !actionPath && !method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", actionPath ? "POST" : "GET, HEAD");
                throw new HttpError(405, actionPath ? "curation actions are POST requests"
                        : "only GET and HEAD are supported (POST for " + CURATION_ACTIONS + "...)");
            }
            access.checkHost(exchange.getRequestHeaders().getFirst("Host"));
            if (curationAction) {
                access.checkToken(exchange.getRequestHeaders().getFirst("Authorization"));
                access.checkWrite(exchange.getRequestHeaders().getFirst("Content-Type"),
                        exchange.getRequestHeaders().getFirst("Origin"), exchange.getRequestHeaders().getFirst("Host"));
                String body = body(exchange);
                String action = path.substring(CURATION_ACTIONS.length());
                reply = slots.run(() -> curations.post(action, body));
            } else if (apiRequest) {
                access.checkToken(exchange.getRequestHeaders().getFirst("Authorization"));
                reply = query(path.length() <= "/api/".length() ? "" : path.substring("/api/".length()),
                        Params.parse(exchange.getRequestURI().getRawQuery()));
            } else {
                reply = files.get(path.substring(1));
            }
        } catch (HttpError e) {
            if (e.status() == 401) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"chronograph\"");
            }
            reply = Reply.error(e.status(), e.getMessage());
        } catch (UnknownEntityException e) {
            reply = Reply.error(404, e.getMessage(), java.util.Map.of("suggestions", e.suggestions()));
        } catch (InvalidQueryException e) {
            reply = Reply.error(400, e.getMessage());
        } catch (ChronographException e) {
            if (unavailable(e)) {
                log("request " + path + " failed: the graph is unavailable", null);
                reply = Reply.error(503, "the graph database is unavailable; try again later");
            } else {
                log("request " + path + " failed", e);
                reply = Reply.error(500, e.getMessage() == null ? "the query failed" : e.getMessage().lines().findFirst().orElse(""));
            }
        } catch (RuntimeException e) {
            log("request " + path + " failed", e);
            reply = Reply.error(500, "internal error (see the server log)");
        }
        send(exchange, reply, apiRequest);
    }

    /** Where the curation actions are: {@code POST /api/curations/merge} and so on. */
    static final String CURATION_ACTIONS = "/api/curations/";

    /**
     * The body of a POST, as UTF-8 text.
     *
     * @throws HttpError 413 when longer than {@link CurationRoutes#MAX_BODY}
     */
    private static String body(HttpExchange exchange) {
        try (java.io.InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(CurationRoutes.MAX_BODY + 1);
            if (bytes.length > CurationRoutes.MAX_BODY) {
                throw new HttpError(413, "the body is longer than " + CurationRoutes.MAX_BODY + " bytes");
            }
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw HttpError.badRequest("cannot read the body: " + e.getMessage());
        }
    }

    private Reply query(String name, Params params) {
        return slots.run(() -> api.handle(name, params));
    }

    private void send(HttpExchange exchange, Reply reply, boolean apiRequest) {
        try (exchange) {
            var headers = exchange.getResponseHeaders();
            headers.set("Content-Type", reply.contentType());
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Cache-Control", apiRequest ? "no-store" : "no-cache");
            if (!apiRequest) {
                headers.set("Content-Security-Policy", PAGE_POLICY);
                headers.set("X-Frame-Options", "DENY");
            }
            if (reply.filename() != null) {
                headers.set("Content-Disposition", "attachment; filename=\"" + reply.filename() + "\"");
            }
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(reply.status(), head ? -1 : reply.body().length == 0 ? -1 : reply.body().length);
            if (!head && reply.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        } catch (IOException e) {
            // the client went away; nothing to tell it
        }
    }

    private void log(String what, Throwable e) {
        synchronized (log) {
            log.println("chronograph serve: " + what + (e == null ? "" : ": " + e));
            if (e != null) {
                e.printStackTrace(log);
            }
            log.flush();
        }
    }

    /** True when the database could not be reached (gone, or lost for longer than the driver retries). */
    private static boolean unavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof GraphUnavailableException || t instanceof ServiceUnavailableException
                    || t instanceof SessionExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
