package org.chronograph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chronograph.ChronographException;

/**
 * The domain gazetteer: known companies, organizations, model families and products, looked up by
 * any of their names (case-sensitive first, then case-insensitively for names of 4+ characters).
 * Immutable once built; safe to share between threads.
 */
public final class Lexicon {
    private static final String BUNDLED = "extract/lexicon.tsv";

    private final Map<String, LexiconEntry> byForm;
    private final Map<String, LexiconEntry> byFoldedForm;
    private final List<LexiconEntry> entries;

    private Lexicon(List<LexiconEntry> entries) {
        Map<String, LexiconEntry> exact = new HashMap<>();
        Map<String, LexiconEntry> folded = new HashMap<>();
        for (LexiconEntry e : entries) {
            for (String form : forms(e)) {
                exact.put(form, e);
                if (form.length() >= 4) folded.put(EntityKeys.of(form), e);
            }
        }
        this.entries = List.copyOf(entries);
        this.byForm = Map.copyOf(exact);
        this.byFoldedForm = Map.copyOf(folded);
    }

    /** The bundled gazetteer. */
    public static Lexicon bundled() {
        return load(List.of());
    }

    /**
     * The bundled gazetteer extended by user files (same TSV format); a user entry replaces a bundled
     * entry with the same canonical name.
     *
     * @throws ChronographException when a user file cannot be read or has a malformed line
     */
    public static Lexicon load(Collection<Path> userFiles) {
        Map<String, LexiconEntry> merged = new LinkedHashMap<>();
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) throw new ChronographException("missing bundled resource " + BUNDLED);
            parse(in, BUNDLED).forEach(e -> merged.put(e.name(), e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : userFiles) {
            try (InputStream in = Files.newInputStream(file)) {
                parse(in, file.toString()).forEach(e -> merged.put(e.name(), e));
            } catch (IOException e) {
                throw new ChronographException("cannot read lexicon " + file + ": " + e.getMessage(), e);
            }
        }
        return new Lexicon(new ArrayList<>(merged.values()));
    }

    static List<LexiconEntry> parse(InputStream in, String origin) throws IOException {
        List<LexiconEntry> out = new ArrayList<>();
        for (KnowledgeFile.Row row : KnowledgeFile.read(in, origin, 0)) {
            if (row.column(1).isEmpty()) throw row.error("expected TYPE<TAB>NAME[<TAB>ALIASES[<TAB>FLAGS]]");
            EntityType type = type(row, row.column(0));
            List<String> aliases = Arrays.stream(row.column(2).split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            boolean family = false;
            EntityType versions = null;
            String maker = null;
            for (String flag : row.column(3).split(",")) {
                String f = flag.trim();
                if (f.equals("family")) family = true;
                else if (f.startsWith("versions=")) versions = type(row, f.substring(9));
                else if (f.startsWith("maker=")) maker = f.substring(6);
            }
            out.add(new LexiconEntry(type, row.column(1), aliases, family, versions, maker));
        }
        return out;
    }

    private static EntityType type(KnowledgeFile.Row row, String name) {
        try {
            return EntityType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw row.error("unknown type '" + name + "' (one of " + Arrays.toString(EntityType.values()) + ")");
        }
    }

    private static List<String> forms(LexiconEntry e) {
        List<String> forms = new ArrayList<>(e.aliases());
        forms.add(0, e.name());
        return forms;
    }

    /** The entry one of whose names is {@code form}: exact case first, then case-folded for longer names. */
    public Optional<LexiconEntry> find(String form) {
        LexiconEntry e = byForm.get(form);
        if (e == null && form.length() >= 4) {
            try {
                e = byFoldedForm.get(EntityKeys.of(form));
            } catch (IllegalArgumentException ignored) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(e);
    }

    /**
     * The maker of a model or product: the gazetteer's maker of the name itself, else of its family
     * ("Llama 4 Scout" is made by the maker of "Llama").
     */
    public Optional<LexiconEntry> makerOf(String name) {
        String n = name;
        while (true) {
            Optional<LexiconEntry> e = find(n);
            if (e.isPresent() && e.get().maker() != null) return find(e.get().maker());
            int cut = Math.max(n.lastIndexOf(' '), n.lastIndexOf('-'));
            if (cut <= 0) return Optional.empty();
            n = n.substring(0, cut);
        }
    }

    /** Every entry, in file order. */
    public List<LexiconEntry> entries() {
        return entries;
    }

    /** Every name and alias of every entry. */
    public List<String> allForms() {
        return entries.stream().flatMap(e -> forms(e).stream()).toList();
    }
}
