package org.chronograph.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import io.javalin.util.JavalinException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.chronograph.ChronographException;
import org.chronograph.graph.CacheWarmUp;
import org.chronograph.graph.GraphConnection;
import org.chronograph.graph.GraphUnavailableException;
import org.chronograph.graph.GraphVersion;
import org.chronograph.query.InvalidQueryException;
import org.chronograph.query.UnknownEntityException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * {@code chronograph serve}: the JSON API under {@code /api/} and the web page at {@code /}, on Javalin (Jetty 12).
 * Each request runs on its own virtual thread; at most {@link ServerSettings#maxQueries()} of them query the graph at
 * once, through the one shared {@link GraphConnection}. Only GET and HEAD are answered, and POST for the curation
 * actions ({@link CurationRoutes}: JSON bodies only, from the page's own origin, with the token when there is one);
 * a name no entity has is a 404 whose JSON adds {@code suggestions}. Errors are JSON
 * ({@code {"status": 400, "error": "..."}}): 400 for bad parameters, 401 without the token, 403 for a request
 * addressed to another host, 404 for an unknown entity or path, 405 for another method, 503 when the graph is too busy
 * or unavailable; a stack trace goes to the server's log, never to the client. API answers carry an ETag made from the
 * graph's version ({@link GraphVersion}, read at most once a second) and the request: a client that sends it back
 * gets 304 without a query, and answers are kept ({@link Answers}) for other clients asking the same until the graph
 * changes.
 */
public final class WebServer implements AutoCloseable {
    /**
     * How long a request waits for a free query slot before 503: long enough for a queue of a few hundred clients on
     * a big graph (200 clients at 5 queries a second wait 40 s), short enough that a client still waits for the answer.
     */
    static final Duration QUEUE_WAIT = Duration.ofSeconds(120);
    /** Requests that may wait for a slot, per slot; beyond that a request is refused at once (503). */
    static final int WAITING_PER_SLOT = 64;
    /** A connection idle this long is closed, also one whose client is that slow to send its request. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** Open connections at most; beyond that new ones wait in the listen queue. */
    static final int MAX_CONNECTIONS = 4_096;
    /** Connections waiting to be accepted. */
    static final int ACCEPT_QUEUE = 512;
    static final String JSON = "application/json; charset=utf-8";
    /** How far behind the last write the graph's version (and so an ETag or a kept answer) may be. */
    static final Duration VERSION_MAX_AGE = Duration.ofSeconds(1);
    /** Bytes of API answers kept for repeated requests. */
    static final long KEPT_ANSWERS_BYTES = 64L << 20;
    private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";
    /** Types of the page's files (Javalin's static files answer 404 for a file of another type). */
    private static final Map<String, String> PAGE_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "txt", "text/plain; charset=utf-8",
            "md", "text/plain; charset=utf-8");
    /** JSON for the API: records by their components, dates as ISO text. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("chronograph-dates").addSerializer(LocalDate.class, ToStringSerializer.instance))
            .build();

    private final Api api;
    private final CurationRoutes curations;
    private final Access access;
    private final QuerySlots slots;
    private final GraphVersion version;
    private final Answers answers = new Answers(KEPT_ANSWERS_BYTES);
    private final String apiCacheControl;
    private final PrintStream log;
    private final Javalin app;
    private final String boundHost;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final IoSupplier<byte[]> pageHtml;

    private WebServer(GraphConnection graph, ServerSettings settings, PrintStream log) {
        this.api = new Api(graph);
        this.curations = new CurationRoutes(graph);
        this.access = new Access(settings.token());
        this.slots = new QuerySlots(settings.maxQueries(), settings.maxQueries() * WAITING_PER_SLOT, QUEUE_WAIT);
        this.version = new GraphVersion(graph, VERSION_MAX_AGE);
        this.apiCacheControl = settings.needsToken() ? "private, no-cache" : "no-cache";
        this.log = log;
        this.boundHost = address(settings.host());
        this.pageHtml = pageSource(settings.webDir());
        this.app = Javalin.create(config -> configure(config, settings));
    }

    /**
     * Starts serving the graph.
     *
     * Then, when the settings ask for it, warms the queries up ({@link WarmUp}: every read endpoint on names drawn
     * from the graph, for at most {@link ServerSettings#warmUp()}) and says on {@code log} what it did and how long it
     * took, before returning: requests that come meanwhile are answered, only slower. Meanwhile the embedded
     * database's store is read into its page cache ({@link GraphConnection#warmPageCache()}), which goes on in the
     * background when the warm-up is over first.
     *
     * @param log where server errors (with stack traces) and the warm-up's line are written
     * @throws ChronographException when the address cannot be bound
     */
    public static WebServer start(GraphConnection graph, ServerSettings settings, PrintStream log) {
        WebServer web = new WebServer(graph, settings, log);
        try {
            web.app.start();
        } catch (JavalinBindException e) {
            throw new ChronographException("cannot listen on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
        } catch (JavalinException e) {
            throw new ChronographException("cannot start the web server on " + settings.host() + ":" + settings.port()
                    + ": " + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e);
        }
        // the store read into the page cache in the background (the embedded database of this process only), so
        // that users' queries read memory, not the files; the query warm-up below runs meanwhile
        Optional<CacheWarmUp> cache = graph.warmPageCache();
        if (settings.warmUp().isPositive()) {
            web.warmUp(graph, settings.warmUp());
            // said with the warm-up's lines when it is done by then (a server started without a warm-up says nothing
            // until a request fails)
            cache.flatMap(c -> c.await(Duration.ZERO)).ifPresent(outcome -> web.log(outcome.describe(), null));
        }
        return web;
    }

    /** Rounds of the warm-up at most (a small graph is warm long before the time is up). */
    static final int WARM_UP_ROUNDS = 200;

    private void warmUp(GraphConnection graph, Duration budget) {
        log("warming up: every read endpoint on names drawn from the graph, for at most " + budget.toSeconds()
                + " s (serve --warm-up 0 skips this)...", null);
        try {
            WarmUp.report(WarmUp.run(api, graph, budget, WARM_UP_ROUNDS, Runtime.getRuntime().availableProcessors()), log);
        } catch (RuntimeException e) {
            log("warm-up stopped, serving all the same", e);
        }
    }

    /** The port the server listens on (the chosen one when started with port 0). */
    public int port() {
        return app.port();
    }

    /** {@code http://HOST:PORT/}. */
    public URI uri() {
        return URI.create("http://" + (boundHost.contains(":") ? "[" + boundHost + "]" : boundHost) + ":" + port() + "/");
    }

    /** Stops accepting requests, lets running ones finish for up to a second, and stops; safe to call twice. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                app.stop();
            } catch (JavalinException e) {
                // requests still running after the stop timeout were cut off; the server is stopped all the same
            }
        }
    }

    private void configure(JavalinConfig config, ServerSettings settings) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.startup.startupWatcherEnabled = false;
        config.concurrency.useVirtualThreads = true;
        config.jsonMapper(new JavalinJackson(MAPPER, true));
        config.jetty.modifyServer(server -> {
            server.setStopTimeout(1_000);
            server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, server));
            server.setErrorHandler(new JsonErrorHandler());
        });
        config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
        config.jetty.addConnector((server, http) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(settings.host());
            connector.setPort(settings.port());
            connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
            connector.setAcceptQueueSize(ACCEPT_QUEUE);
            return connector;
        });
        if (settings.webDir() != null && Files.isDirectory(settings.webDir())) {
            Path dir = settings.webDir().toAbsolutePath().normalize();
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = dir.toString();
                files.location = Location.EXTERNAL;
                PAGE_TYPES.forEach((extension, type) -> files.mimeTypes.add(type, extension));
            });
        }
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/web";
            files.location = Location.CLASSPATH;
            PAGE_TYPES.forEach((extension, type) -> files.mimeTypes.add(type, extension));
        });

        config.routes.before(this::admit);
        for (String view : PAGE_VIEWS) {
            config.routes.get("/" + view, this::page);
            config.routes.head("/" + view, this::page);
        }
        config.routes.get("/api", ctx -> ctx.json(api.index()).contentType(JSON));
        api.routes().forEach((name, route) -> {
            config.routes.get("/api/" + name, ctx -> answer(ctx, name, route));
            config.routes.head("/api/" + name, ctx -> answer(ctx, name, route));
        });
        config.routes.post(CURATION_ACTIONS + "{action}", this::act);
        config.routes.get("/api/*", WebServer::noEndpoint);
        config.routes.head("/api/*", WebServer::noEndpoint);

        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 401) {
                ctx.header(Header.WWW_AUTHENTICATE, "Bearer realm=\"chronograph\"");
            }
            error(ctx, e.getStatus(), e.getMessage());
        });
        config.routes.exception(UnknownEntityException.class, (e, ctx) -> {
            Map<String, Object> body = errorBody(404, e.getMessage());
            body.put("suggestions", e.suggestions());
            ctx.status(404).json(body).contentType(JSON);
        });
        config.routes.exception(InvalidQueryException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        config.routes.exception(ChronographException.class, (e, ctx) -> {
            if (unavailable(e)) {
                log("request " + ctx.path() + " failed: the graph is unavailable", null);
                error(ctx, 503, "the graph database is unavailable; try again later");
            } else {
                log("request " + ctx.path() + " failed", e);
                error(ctx, 500, e.getMessage() == null ? "the query failed" : e.getMessage().lines().findFirst().orElse(""));
            }
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            log("request " + ctx.path() + " failed", e);
            error(ctx, 500, "internal error (see the server log)");
        });
    }

    /** Before every request: the security headers, then GET or HEAD only, the host, and for the API the token. */
    private void admit(Context ctx) {
        boolean apiRequest = isApi(ctx.path());
        ctx.header(Header.X_CONTENT_TYPE_OPTIONS, "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header(Header.CACHE_CONTROL, apiRequest ? apiCacheControl : "no-cache");
        if (!apiRequest) {
            ctx.header("Content-Security-Policy", PAGE_POLICY);
            ctx.header("X-Frame-Options", "DENY");
        }
        boolean actionPath = isCurationAction(ctx.path());
        boolean read = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
        if (actionPath ? ctx.method() != HandlerType.POST : !read) {
            ctx.header(Header.ALLOW, actionPath ? "POST" : "GET, HEAD");
            throw new MethodNotAllowedResponse(actionPath ? "curation actions are POST requests"
                    : "only GET and HEAD are supported (POST for " + CURATION_ACTIONS + "...)");
        }
        access.checkHost(ctx.header(Header.HOST));
        if (apiRequest) {
            access.checkToken(ctx.header(Header.AUTHORIZATION));
        }
        if (actionPath) {
            access.checkWrite(ctx.header(Header.CONTENT_TYPE), ctx.header(Header.ORIGIN), ctx.header(Header.HOST));
        }
    }

    /**
     * The page's views: each is an address of its own ({@code /timeline?entity=Meta&type=release}, {@code
     * /entity?name=Hugging%20Face}...), answered with the page, which reads the view and its filters from the address.
     * One path segment each, so that the page's relative addresses (scripts, {@code api/...}) stay those of the root.
     */
    static final List<String> PAGE_VIEWS = List.of("timeline", "entity", "moves", "explorer", "path", "conflicts", "curations");

    /** Answers a view's address with the page ({@code index.html}, from the web directory when one is given). */
    private void page(Context ctx) throws IOException {
        byte[] html = pageHtml.get();
        ctx.contentType(PAGE_TYPES.get("html"));
        if (ctx.method() == HandlerType.HEAD) {
            ctx.header(Header.CONTENT_LENGTH, String.valueOf(html.length));
        } else {
            ctx.result(html);
        }
    }

    /** The page's HTML: read on every request from the web directory when there is one, else once from the jar. */
    private static IoSupplier<byte[]> pageSource(Path webDir) {
        if (webDir != null && Files.isRegularFile(webDir.resolve("index.html"))) {
            Path file = webDir.resolve("index.html");
            return () -> Files.readAllBytes(file);
        }
        byte[] bundled;
        try (var in = WebServer.class.getResourceAsStream("/web/index.html")) {
            bundled = in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new ChronographException("cannot read the page from the jar: " + e.getMessage(), e);
        }
        return () -> {
            if (bundled == null) {
                throw new NotFoundResponse("the page is not in this build (built with -Dweb.skip?)");
            }
            return bundled;
        };
    }

    @FunctionalInterface
    private interface IoSupplier<T> {
        T get() throws IOException;
    }

    /** Where the curation actions are: {@code POST /api/curations/merge} and so on ({@link CurationRoutes}). */
    static final String CURATION_ACTIONS = "/api/curations/";

    /** True for the path of a curation action (every {@code /api/curations/X} but the export, which is read). */
    private static boolean isCurationAction(String path) {
        return path.startsWith(CURATION_ACTIONS) && !path.equals(CURATION_ACTIONS + "export");
    }

    /** Runs a curation action once a query slot is free, and writes its answer. */
    private void act(Context ctx) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > CurationRoutes.MAX_BODY) {
            throw new HttpResponseException(413, "the body is longer than " + CurationRoutes.MAX_BODY + " bytes");
        }
        String body = new String(bytes, StandardCharsets.UTF_8);
        String action = ctx.pathParam("action");
        Object answer;
        try {
            answer = slots.run(() -> curations.post(action, body));
        } finally {
            // this server's own write: the next request reads the new version, not the one kept for up to a second
            version.expire();
        }
        ctx.json(answer).contentType(JSON);
    }

    /**
     * Answers one API request: 304 when the client has the answer for the graph's current version (its ETag), the
     * answer kept for that version when there is one, else the route's answer once a query slot is free (then kept).
     * Headers only for HEAD.
     */
    private void answer(Context ctx, String name, Api.Route route) {
        Params params = Params.parse(ctx.queryString()).allow(route.params());
        String request = "/api/" + name + "?" + params.canonical();
        String tag = Answers.tag(version.current(), request);
        ctx.header(Header.ETAG, tag);
        if (Answers.matches(ctx.header(Header.IF_NONE_MATCH), tag)) {
            ctx.status(304);
            return;
        }
        Answers.Answer answer = answers.get(request, tag, () -> {
            Object body = slots.run(() -> route.call().apply(params));
            return body instanceof Api.Download download
                    ? new Answers.Answer(download.contentType(), download.text().getBytes(StandardCharsets.UTF_8), download.filename())
                    : new Answers.Answer(JSON, ctx.jsonMapper().toJsonString(body, body.getClass()).getBytes(StandardCharsets.UTF_8), null);
        });
        if (answer.filename() != null) {
            ctx.header(Header.CONTENT_DISPOSITION, "attachment; filename=\"" + answer.filename() + "\"");
        }
        ctx.contentType(answer.contentType());
        if (ctx.method() != HandlerType.HEAD) {
            ctx.result(answer.body());
        }
    }

    /**
     * How many API requests (304s aside) were answered with a kept answer, how many with the answer of an identical
     * request under way, and how many were queried.
     */
    public long[] keptAnswerCounts() {
        return answers.counts();
    }

    /**
     * Errors Jetty answers before a request reaches Javalin (a path that leaves the root, a header too large...): the
     * same JSON as the API's, whatever the client accepts, without stack traces.
     */
    private static final class JsonErrorHandler extends ErrorHandler {
        JsonErrorHandler() {
            setShowStacks(false);
            setShowCauses(false);
            setShowOrigin(false);
            setDefaultResponseMimeType("application/json");
        }

        @Override
        protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
                                                     List<Charset> charsets, int code, String message, Throwable cause)
                throws IOException {
            return super.generateAcceptableResponse(request, response, callback, "application/json",
                    List.of(StandardCharsets.UTF_8), code, message, cause);
        }

        @Override
        protected void writeErrorJson(Request request, PrintWriter writer, int code, String message, Throwable cause) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", code);
            body.put("error", message == null ? HttpStatus.getMessage(code) : message);
            try {
                writer.write(MAPPER.writeValueAsString(body));
            } catch (JsonProcessingException e) {
                writer.write("{\"status\": " + code + "}");
            }
        }
    }

    private static void noEndpoint(Context ctx) {
        throw new NotFoundResponse("no endpoint " + ctx.path() + " (GET /api/ lists them)");
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(errorBody(status, message)).contentType(JSON);
    }

    private static Map<String, Object> errorBody(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", message == null ? "" : message);
        return body;
    }

    private static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
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

    private static String address(String host) {
        try {
            return InetAddress.getByName(host).getHostAddress();
        } catch (UnknownHostException e) {
            throw new ChronographException("cannot resolve the address to serve on: " + host, e);
        }
    }
}
