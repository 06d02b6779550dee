package org.chronograph.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The API's answers kept for the graph version they were computed on, and their entity tags. A request's tag is
 * computed from the graph's version and the request (endpoint and canonical parameters) alone, so that a client's
 * {@code If-None-Match} is answered 304 and a kept answer is sent again without querying the graph; any write to the
 * graph changes its version, and with it every tag. At most {@code maxBytes} of answers are kept, the least recently
 * used dropped first; an answer larger than an eighth of that is not kept.
 */
final class Answers {
    /**
     * An answer as sent.
     *
     * @param contentType value of {@code Content-Type}
     * @param body        the bytes
     * @param filename    a download's name, or {@code null}
     */
    record Answer(String contentType, byte[] body, String filename) {
    }

    private record Kept(String tag, Answer answer) {
    }

    private final long maxBytes;
    private final Map<String, Kept> kept = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private long hits;
    private long misses;
    private long joined;
    private final ConcurrentHashMap<String, CompletableFuture<Answer>> inFlight = new ConcurrentHashMap<>();

    Answers(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The weak entity tag of the answer to {@code request} ({@code /api/NAME?canonical parameters}) on {@code version}. */
    static String tag(String version, String request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((version + "\n" + request).getBytes(StandardCharsets.UTF_8));
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** True when the {@code If-None-Match} header value names {@code tag} (or is {@code *}), compared weakly. */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String opaque = opaque(tag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || opaque(c).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** The answer kept for {@code request} under {@code tag}, or {@code null}. */
    synchronized Answer get(String request, String tag) {
        Kept k = kept.get(request);
        if (k == null || !k.tag().equals(tag)) {
            misses++;
            return null;
        }
        hits++;
        return k.answer();
    }

    /** The answer kept for {@code request} under {@code tag}, or {@code null}, for a lookup already counted as missed. */
    private synchronized Answer kept(String request, String tag) {
        Kept k = kept.get(request);
        if (k == null || !k.tag().equals(tag)) {
            return null;
        }
        misses--;
        hits++;
        return k.answer();
    }

    /** Keeps {@code answer} for {@code request} under {@code tag}, dropping the least recently used beyond the bound. */
    synchronized void put(String request, String tag, Answer answer) {
        long size = answer.body().length + request.length() * 2L + 64;
        if (size > maxBytes / 8) {
            return;
        }
        Kept old = kept.put(request, new Kept(tag, answer));
        if (old != null) {
            bytes -= old.answer().body().length + request.length() * 2L + 64;
        }
        bytes += size;
        var eldest = kept.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            var e = eldest.next();
            bytes -= e.getValue().answer().body().length + e.getKey().length() * 2L + 64;
            eldest.remove();
        }
    }

    /**
     * The answer to {@code request} under {@code tag}: the kept one, else the one another thread is computing for the
     * same request and tag now (waiting for it), else {@code compute}'s, then kept. So a burst of identical requests
     * (a page many analysts open at once) costs one query; an exception of {@code compute} reaches every request that
     * waited for it.
     */
    Answer get(String request, String tag, Supplier<Answer> compute) {
        Answer answer = get(request, tag);
        if (answer != null) {
            return answer;
        }
        String key = tag + " " + request;
        CompletableFuture<Answer> mine = new CompletableFuture<>();
        CompletableFuture<Answer> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            try {
                Answer shared = running.join();
                synchronized (this) {
                    joined++;
                }
                return shared;
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            answer = kept(request, tag);
            if (answer != null) {
                mine.complete(answer); // computed and kept by another request between the lookup and now
                return answer;
            }
            answer = compute.get();
            put(request, tag, answer);
            mine.complete(answer);
            return answer;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /**
     * How many answers were kept ones, how many were shared with an identical request under way, and how many were
     * computed.
     */
    synchronized long[] counts() {
        return new long[] {hits, joined, misses - joined};
    }
}
