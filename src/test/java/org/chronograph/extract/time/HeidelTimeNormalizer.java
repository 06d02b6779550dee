package org.chronograph.extract.time;

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import org.chronograph.extract.EventDate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HeidelTime 2.2.1 in news mode (publication date and tense resolution), in-process with no POS tagger, for the
 * comparison with our normalizer: its TIMEX3 dates turned into {@link TimeMention}s of the annotation format.
 *
 * <p>Built once per language (loading takes seconds); HeidelTime's standalone object keeps per-document state, so
 * {@link #find} is synchronized. Its configuration is the test resource {@code /heideltime/config.props}, copied to a
 * temporary file because HeidelTime reads a path.
 */
final class HeidelTimeNormalizer {
    private static final Pattern TIMEX = Pattern.compile("<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern BODY = Pattern.compile("<TimeML>\\n?(.*)\\n?</TimeML>", Pattern.DOTALL);

    private final HeidelTimeStandalone heideltime;

    private HeidelTimeNormalizer(Language language, Path config) {
        this.heideltime = new HeidelTimeStandalone(language, DocumentType.NEWS, OutputType.TIMEML, config.toString(),
                POSTagger.NO);
    }

    /** HeidelTime for "en" or "fr". */
    static HeidelTimeNormalizer forLanguage(String lang) {
        return new HeidelTimeNormalizer(lang.startsWith("fr") ? Language.FRENCH : Language.ENGLISH, config());
    }

    private static synchronized Path config() {
        try (InputStream in = HeidelTimeNormalizer.class.getResourceAsStream("/heideltime/config.props")) {
            if (in == null) throw new IllegalStateException("missing test resource /heideltime/config.props");
            Path f = Files.createTempFile("heideltime", ".props");
            Files.copy(in, f, StandardCopyOption.REPLACE_EXISTING);
            f.toFile().deleteOnExit();
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dates HeidelTime finds in a text published on a day, in order; durations, sets and unresolved left out. */
    synchronized List<TimeMention> find(String text, LocalDate published) {
        String out;
        try {
            out = heideltime.process(text, Date.from(published.atStartOfDay(ZoneOffset.UTC).toInstant()));
        } catch (Exception e) {
            throw new IllegalStateException("HeidelTime failed on: " + text, e);
        }
        Matcher body = BODY.matcher(out);
        String tagged = body.find() ? body.group(1) : out;
        List<TimeMention> found = new ArrayList<>();
        Matcher m = TIMEX.matcher(tagged);
        int plainOffset = 0;
        int last = 0;
        while (m.find()) {
            plainOffset += unescape(tagged.substring(last, m.start())).length();
            String surface = unescape(m.group(2));
            last = m.end();
            int start = text.startsWith(surface, plainOffset) ? plainOffset : text.indexOf(surface, Math.max(0, plainOffset - 20));
            int here = plainOffset;
            plainOffset += surface.length();
            if (start < 0) start = here;
            EventDate date = toEventDate(attribute(m.group(1), "type"), attribute(m.group(1), "value"),
                    attribute(m.group(1), "mod"));
            if (date != null && start + surface.length() <= text.length()) {
                found.add(new TimeMention(start, start + surface.length(), surface, date, true));
            }
        }
        return found;
    }

    private static String attribute(String attributes, String name) {
        Matcher a = ATTRIBUTE.matcher(attributes);
        while (a.find()) {
            if (a.group(1).equals(name)) return a.group(2);
        }
        return null;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    /**
     * A TIMEX3 DATE value in the annotation format: years, months, days, quarters and halves as they are; a decade
     * ("199") its first year; an ISO week its month; a season its quarter, approximately. Null for anything else
     * (durations, times of day, centuries, "PRESENT_REF", unresolved "XXXX-11").
     */
    static EventDate toEventDate(String type, String value, String timexMod) {
        if (value == null || type == null || !type.equals("DATE") && !type.equals("TIME")) return null;
        String mod = switch (timexMod == null ? "" : timexMod) {
            case "START" -> "START";
            case "MID" -> "MID";
            case "END" -> "END";
            case "APPROX" -> "APPROX";
            case "BEFORE", "ON_OR_BEFORE", "LESS_THAN" -> "BEFORE";
            case "AFTER", "ON_OR_AFTER", "MORE_THAN" -> "AFTER";
            default -> null;
        };
        String v = value.length() >= 10 && value.matches("\\d{4}-\\d{2}-\\d{2}.*") ? value.substring(0, 10) : value;
        try {
            if (v.matches("\\d{4}(-(0[1-9]|1[0-2])(-\\d{2})?|-Q[1-4]|-H[12])?")) return new EventDate(v, mod);
            if (v.matches("\\d{3}")) return new EventDate(v + "0", mod == null ? "APPROX" : mod);
            Matcher w = Pattern.compile("(\\d{4})-W(\\d{2})").matcher(v);
            if (w.matches()) {
                LocalDate monday = LocalDate.of(Integer.parseInt(w.group(1)), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2))).with(DayOfWeek.MONDAY);
                return new EventDate(String.format("%04d-%02d", monday.getYear(), monday.getMonthValue()), mod);
            }
            Matcher season = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)").matcher(v);
            if (season.matches()) {
                int q = switch (season.group(2)) {
                    case "SP" -> 2;
                    case "SU" -> 3;
                    case "FA" -> 4;
                    default -> 1;
                };
                return new EventDate(season.group(1) + "-Q" + q, "APPROX");
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
