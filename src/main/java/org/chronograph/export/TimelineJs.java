package org.chronograph.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chronograph.extract.EventDate;
import org.chronograph.query.Participation;
import org.chronograph.query.Report;
import org.chronograph.query.TimeBasis;
import org.chronograph.query.TimelineEntry;

/**
 * A timeline as a <a href="https://timeline.knightlab.com/docs/json-format.html">TimelineJS 3</a> document: one slide
 * per dated event, its headline the type and participants, its text the sentence and the article that reports it.
 * Events without a date on the chosen basis are left out (TimelineJS needs a start date).
 */
public final class TimelineJs {
    private TimelineJs() {
    }

    /**
     * The document, as maps and lists ready for a JSON writer.
     *
     * @param headline the title slide's headline
     * @param entries  the timeline, in order
     * @param basis    {@link TimeBasis#PUBLISHED} to date slides by their first report instead of the event
     */
    public static Map<String, Object> document(String headline, List<TimelineEntry> entries, TimeBasis basis) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (TimelineEntry entry : entries) {
            Map<String, Object> slide = slide(entry, basis);
            if (slide != null) {
                events.add(slide);
            }
        }
        Map<String, Object> title = new LinkedHashMap<>();
        title.put("text", Map.of("headline", Html.escape(headline),
                "text", "<p>" + events.size() + " events from Chronograph</p>"));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", title);
        doc.put("events", events);
        return doc;
    }

    private static Map<String, Object> slide(TimelineEntry entry, TimeBasis basis) {
        Map<String, Object> slide = new LinkedHashMap<>();
        if (basis == TimeBasis.PUBLISHED) {
            LocalDate day = entry.firstReported();
            if (day == null) {
                return null;
            }
            slide.put("start_date", date(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), "reported " + day));
        } else {
            if (entry.date() == null) {
                return null;
            }
            EventDate date = new EventDate(entry.date(), entry.mod());
            LocalDate start = date.start();
            LocalDate end = date.end();
            switch (date.precision()) {
                case YEAR -> slide.put("start_date", date(start.getYear(), null, null, entry.dateText()));
                case MONTH -> slide.put("start_date", date(start.getYear(), start.getMonthValue(), null, entry.dateText()));
                case DAY -> slide.put("start_date", date(start.getYear(), start.getMonthValue(), start.getDayOfMonth(),
                        entry.dateText()));
                case QUARTER, HALF -> {
                    slide.put("start_date", date(start.getYear(), start.getMonthValue(), null, entry.dateText()));
                    slide.put("end_date", date(end.getYear(), end.getMonthValue(), null, null));
                }
            }
        }
        String type = entry.type().charAt(0) + entry.type().substring(1).toLowerCase(Locale.ROOT);
        String who = String.join(", ", entry.participants().stream().map(Participation::name).toList());
        slide.put("text", Map.of("headline", Html.escape(who.isEmpty() ? type : type + ": " + who), "text", text(entry)));
        slide.put("group", entry.type().toLowerCase(Locale.ROOT));
        slide.put("unique_id", "event-" + entry.key());
        return slide;
    }

    private static Map<String, Object> date(int year, Integer month, Integer day, String display) {
        Map<String, Object> date = new LinkedHashMap<>();
        date.put("year", year);
        if (month != null) {
            date.put("month", month);
        }
        if (day != null) {
            date.put("day", day);
        }
        if (display != null) {
            date.put("display_date", display);
        }
        return date;
    }

    private static String text(TimelineEntry entry) {
        StringBuilder html = new StringBuilder();
        Report source = entry.source();
        if (source != null && source.sentence() != null) {
            html.append("<blockquote>").append(Html.escape(source.sentence())).append("</blockquote>");
        }
        for (Report report : entry.reports()) {
            String title = Html.escape(report.title() == null ? report.articleId() : report.title());
            html.append("<p>");
            if (report.url() != null && (report.url().startsWith("https://") || report.url().startsWith("http://"))) {
                html.append("<a href=\"").append(Html.escape(report.url())).append("\">").append(title).append("</a>");
            } else {
                html.append(title);
            }
            html.append(" (").append(Html.escape(report.lang()));
            if (report.published() != null) {
                html.append(", ").append(report.published());
            }
            html.append(")</p>");
        }
        return html.toString();
    }
}
