package org.chronograph.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.chronograph.ChronographException;

/**
 * The web page's files, from {@code web/} on the class path (the page's own files and, under {@code vendor/}, the
 * front-end libraries the build installed with npm). Each file is read once and kept.
 */
final class StaticFiles {
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*(/[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*)*");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "mjs", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "txt", "text/plain; charset=utf-8",
            "md", "text/plain; charset=utf-8");

    private final Map<String, Reply> cache = new ConcurrentHashMap<>();
    private final Path override;

    /** The bundled files, after those in {@code override} (read on every request) when it is not {@code null}. */
    StaticFiles(Path override) {
        this.override = override;
    }

    /**
     * The file at {@code path} (without the leading slash; empty for {@code index.html}).
     *
     * @throws HttpError 404 when there is no such file or the path is not a plain relative path
     */
    Reply get(String path) {
        String name = path.isEmpty() ? "index.html" : path;
        if (!SAFE_PATH.matcher(name).matches()) {
            throw new HttpError(404, "not found");
        }
        if (override != null) {
            Path file = override.resolve(name).normalize();
            String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
            if (file.startsWith(override.normalize()) && Files.isRegularFile(file) && type != null) {
                try {
                    return new Reply(200, type, Files.readAllBytes(file), null);
                } catch (IOException e) {
                    throw new ChronographException("cannot read " + file + ": " + e.getMessage(), e);
                }
            }
        }
        Reply reply = cache.computeIfAbsent(name, StaticFiles::read);
        if (reply.status() != 200) {
            throw new HttpError(404, "not found");
        }
        return reply;
    }

    private static Reply read(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream("web/" + name)) {
            if (in == null || type == null) {
                return Reply.error(404, "not found");
            }
            return new Reply(200, type, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new ChronographException("cannot read web/" + name + " from the class path: " + e.getMessage(), e);
        }
    }
}
