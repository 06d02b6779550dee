package org.chronograph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.chronograph.bench.Cast.Member;
import org.chronograph.extract.EventDate;

/**
 * English and French sentences for synthetic facts, from the templates in {@code bench/templates.tsv}, with dates
 * written the way news articles write them ("on March 4, 2024", "au troisième trimestre 2024", "mi-2024").
 */
final class Phrases {
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String[] MONTHS_FR = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};
    private static final String[] ORDINALS_EN = {"first", "second", "third", "fourth"};
    private static final String[] ORDINALS_FR = {"premier", "deuxième", "troisième", "quatrième"};
    private static final Phrases BUNDLED = load();

    private final Map<String, List<String>> templates;

    private Phrases(Map<String, List<String>> templates) {
        this.templates = templates;
    }

    static Phrases bundled() {
        return BUNDLED;
    }

    /** The sentence stating {@code fact} in {@code lang}. */
    String sentence(Fact fact, String lang, SplittableRandom random) {
        String kind = fact.origin() == null ? fact.type().name() : fact.type().name() + "_FROM";
        String template = pick(lang, kind, random);
        List<Member> members = fact.members();
        String text = template
                .replace("{P}", fact.person() == null ? "" : fact.person().name())
                .replace("{O}", fact.organization() == null ? "" : fact.organization().name())
                .replace("{F}", fact.origin() == null ? "" : fact.origin().name())
                .replace("{M}", members.get(0).name())
                .replace("{X}", members.size() > 1 ? members.get(1).name() : "")
                .replace("{A}", members.get(0).name())
                .replace("{B}", others(members, lang))
                .replace("{N}", Integer.toString(10 + random.nextInt(990)))
                .replace("{D}", date(fact.date(), lang));
        return tidy(text);
    }

    /** A headline about {@code main}. */
    String title(Member main, String lang, SplittableRandom random) {
        return pick(lang, "TITLE", random).replace("{A}", main.name());
    }

    /** A sentence of background that states no event. */
    String filler(Member main, String lang, SplittableRandom random) {
        return pick(lang, "FILLER", random).replace("{A}", main.name()).replace("{N}", Integer.toString(50 + random.nextInt(950)));
    }

    /** A date phrase, or "" for no date. */
    static String date(EventDate date, String lang) {
        if (date == null) {
            return "";
        }
        boolean en = lang.equals("en");
        int year = date.year();
        return switch (date.precision()) {
            case DAY -> {
                LocalDate d = date.start();
                yield en ? "on " + MONTHS_EN[d.getMonthValue() - 1] + " " + d.getDayOfMonth() + ", " + year
                        : "le " + (d.getDayOfMonth() == 1 ? "1er" : d.getDayOfMonth()) + " " + MONTHS_FR[d.getMonthValue() - 1] + " " + year;
            }
            case MONTH -> {
                int m = date.start().getMonthValue() - 1;
                yield en ? "in " + MONTHS_EN[m] + " " + year : "en " + MONTHS_FR[m] + " " + year;
            }
            case QUARTER -> {
                int q = date.value().charAt(6) - '1';
                yield en ? "in the " + ORDINALS_EN[q] + " quarter of " + year : "au " + ORDINALS_FR[q] + " trimestre " + year;
            }
            case HALF -> {
                boolean first = date.value().charAt(6) == '1';
                yield en ? "in the " + (first ? "first" : "second") + " half of " + year
                        : "au " + (first ? "premier" : "second") + " semestre " + year;
            }
            case YEAR -> year(date.mod(), year, en);
        };
    }

    private static String year(String mod, int year, boolean en) {
        if (mod == null) return (en ? "in " : "en ") + year;
        return switch (mod) {
            case "START" -> en ? "in early " + year : "début " + year;
            case "MID" -> en ? "in mid-" + year : "mi-" + year;
            default -> en ? "at the end of " + year : "fin " + year;
        };
    }

    private static String others(List<Member> members, String lang) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i < members.size(); i++) names.add(members.get(i).name());
        return String.join(lang.equals("en") ? " and " : " et ", names);
    }

    private static String tidy(String text) {
        return text.replace("  ", " ").replace(" .", ".").replace(" ,", ",").strip();
    }

    private String pick(String lang, String kind, SplittableRandom random) {
        List<String> list = templates.get(lang + "\t" + kind);
        if (list == null) {
            list = templates.get("en\t" + kind);
        }
        return list.get(random.nextInt(list.size()));
    }

    private static Phrases load() {
        Map<String, List<String>> templates = new HashMap<>();
        try (InputStream in = Phrases.class.getClassLoader().getResourceAsStream("bench/templates.tsv")) {
            if (in == null) {
                throw new IllegalStateException("bench/templates.tsv is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                templates.computeIfAbsent(cols[0] + "\t" + cols[1], k -> new ArrayList<>()).add(cols[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Phrases(templates);
    }
}
