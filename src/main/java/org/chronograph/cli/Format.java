package org.chronograph.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine;

/** Output formats of the query commands. */
public enum Format {
    TABLE, JSON, CSV, MARKDOWN;

    /** Reads a format name in any case. */
    public static final class Converter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a format (table, json, csv, markdown)");
            }
        }
    }

    /** The names shown in help: table, json, csv, markdown. */
    public static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }
}
