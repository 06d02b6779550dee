package org.chronograph.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Expands path arguments lazily into the files to read: files as given, folders recursively in sorted order
 * (by name), keeping only supported extensions and skipping hidden entries and symbolic links to folders.
 * Only one folder listing per level is held at a time.
 */
final class InputWalker implements Iterator<InputWalker.Input> {

    /**
     * One input to read, or a problem met while walking.
     *
     * @param path    the file (or unreadable folder)
     * @param problem why the folder cannot be listed, or {@code null}
     */
    record Input(Path path, String problem) {
    }

    private final Iterator<Path> arguments;
    private final Deque<Iterator<Path>> folders = new ArrayDeque<>();
    private Input next;

    InputWalker(List<Path> arguments) {
        this.arguments = List.copyOf(arguments).iterator();
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public Input next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Input input = next;
        next = null;
        return input;
    }

    private Input advance() {
        while (true) {
            if (!folders.isEmpty()) {
                Iterator<Path> folder = folders.peek();
                if (!folder.hasNext()) {
                    folders.pop();
                    continue;
                }
                Path entry = folder.next();
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    Input problem = enter(entry);
                    if (problem != null) {
                        return problem;
                    }
                } else if (Files.isRegularFile(entry) && FileFormat.of(entry.getFileName().toString()) != null) {
                    return new Input(entry, null);
                }
            } else if (arguments.hasNext()) {
                Path argument = arguments.next();
                if (!Files.isDirectory(argument)) {
                    return new Input(argument, null);
                }
                Input problem = enter(argument);
                if (problem != null) {
                    return problem;
                }
            } else {
                return null;
            }
        }
    }

    private Input enter(Path folder) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            for (Path entry : listing) {
                if (!entry.getFileName().toString().startsWith(".")) {
                    entries.add(entry);
                }
            }
        } catch (IOException | SecurityException e) {
            return new Input(folder, "cannot list folder (" + e.getClass().getSimpleName() + ")");
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        folders.push(entries.iterator());
        return null;
    }
}
