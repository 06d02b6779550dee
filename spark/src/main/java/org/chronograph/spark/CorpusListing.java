package org.chronograph.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.chronograph.source.ArticleReader;

/**
 * Lists the files of a corpus on any Hadoop file system, on the driver, the way {@code ingest} walks local folders:
 * arguments in the order given, a folder's entries sorted by name and walked depth first, hidden entries (a leading
 * dot) skipped, only files of a readable type kept inside folders; a file named as an argument is always kept (the
 * reader then says why it cannot read it). Each file's source is named as {@code ingest} names it: the argument as
 * given, then the path below it ({@code ../corpus/dev/a.md}, {@code hdfs://nn/corpus/a.md}).
 */
final class CorpusListing {

    /** The files, and the arguments that could not be listed (each as a bad input). */
    record Listing(List<InputFile> files, List<BadInput> problems) {
    }

    private final Configuration conf;
    private final List<InputFile> files = new ArrayList<>();
    private final List<BadInput> problems = new ArrayList<>();
    private int next;

    private CorpusListing(Configuration conf) {
        this.conf = conf;
    }

    /** Lists the arguments' files with the given Hadoop configuration. */
    static Listing list(List<String> arguments, Configuration conf) {
        CorpusListing listing = new CorpusListing(conf);
        for (String argument : arguments) {
            listing.argument(argument);
        }
        return new Listing(List.copyOf(listing.files), List.copyOf(listing.problems));
    }

    private void argument(String argument) {
        String named = stripTrailingSlashes(argument);
        Path path = new Path(argument);
        FileStatus status;
        FileSystem fs;
        try {
            fs = path.getFileSystem(conf);
            status = fs.getFileStatus(path);
        } catch (FileNotFoundException e) {
            problem(named, "no such file or folder");
            return;
        } catch (IOException | RuntimeException e) {
            problem(named, "cannot read (" + firstLine(e) + ")");
            return;
        }
        if (status.isDirectory()) {
            folder(fs, status.getPath(), named);
        } else {
            file(status, named);
        }
    }

    private void folder(FileSystem fs, Path folder, String named) {
        FileStatus[] entries;
        try {
            entries = fs.listStatus(folder);
        } catch (IOException | RuntimeException e) {
            problem(named, "cannot list folder (" + e.getClass().getSimpleName() + ")");
            return;
        }
        Arrays.sort(entries, Comparator.comparing((FileStatus s) -> s.getPath().getName()));
        for (FileStatus entry : entries) {
            String name = entry.getPath().getName();
            if (name.startsWith(".")) {
                continue;
            }
            String child = named + "/" + name;
            if (entry.isDirectory()) {
                folder(fs, entry.getPath(), child);
            } else if (entry.isFile() && ArticleReader.readsFileNamed(name)) {
                file(entry, child);
            }
        }
    }

    private void file(FileStatus status, String source) {
        files.add(new InputFile(next++, status.getPath().toString(), source, status.getLen()));
    }

    private void problem(String source, String message) {
        problems.add(new BadInput(new Order(next++, 0), -1, "list", source, null, message));
    }

    private static String stripTrailingSlashes(String argument) {
        String s = argument;
        while (s.length() > 1 && s.endsWith("/") && !s.endsWith("://")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }
}
