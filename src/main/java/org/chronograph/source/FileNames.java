package org.chronograph.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a Jekyll-style file name ({@code 2025-10-05-some-slug-fr.md}) tells: a date and a language hint. */
final class FileNames {
    private static final Pattern JEKYLL_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})-.*");
    private static final Pattern LANG_SUFFIX = Pattern.compile(".*-([A-Za-z]{2}|hant|hans)");

    private FileNames() {
    }

    /** The last segment of a path or URI ({@code a.md} of {@code hdfs://nn/corpus/a.md}). */
    static String lastSegment(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** The date at the start of the file name, or {@code null}. */
    static LocalDate date(String fileName) {
        Matcher m = JEKYLL_DATE.matcher(fileName);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The language code suffix of the slug ({@code -fr}), when it is a known code; else {@code null}. */
    static String langHint(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        Matcher m = LANG_SUFFIX.matcher(stem);
        if (!m.matches()) {
            return null;
        }
        String code = m.group(1).toLowerCase(Locale.ROOT);
        return LanguageCodes.isHint(code) ? code : null;
    }

    /** The extension of {@code fileName} in lower case, without the dot; empty when there is none. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
