package org.chronograph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.chronograph.query.Participation;
import org.chronograph.query.Report;
import org.chronograph.query.TimeBasis;
import org.chronograph.query.TimelineEntry;
import org.junit.jupiter.api.Test;

/** Timelines as TimelineJS 3 documents. */
class TimelineJsTest {
    private static final Report REPORT = new Report("a1", "Quillon <raises>", "en", LocalDate.parse("2025-03-14"),
            "Quillon raised \"a lot\" & more.", 0.8, "https://example.org/q?a=1&b=2");

    private static TimelineEntry entry(String key, String date, String precision, String mod) {
        return new TimelineEntry(key, date, precision, mod, "FUNDING",
                List.of(new Participation("quillon", "Quillon", "Company", "funded")), List.of(REPORT));
    }

    @Test
    void eachDatedEventIsASlideWithItsPrecision() {
        Map<String, Object> doc = TimelineJs.document("Quillon", List.of(entry("k1", "2025-03-02", "DAY", null),
                entry("k2", "2024", "YEAR", "END"), entry("k3", "2024-Q3", "QUARTER", null), entry("k4", null, null, null)),
                TimeBasis.EVENT);

        List<Map<String, Object>> events = events(doc);
        assertThat(events).hasSize(3);
        assertThat(events.get(0).get("start_date")).isEqualTo(Map.of("year", 2025, "month", 3, "day", 2, "display_date", "2025-03-02"));
        assertThat(events.get(1).get("start_date")).isEqualTo(Map.of("year", 2024, "display_date", "2024 (END)"));
        assertThat(events.get(2).get("start_date")).isEqualTo(Map.of("year", 2024, "month", 7, "display_date", "2024-Q3"));
        assertThat(events.get(2).get("end_date")).isEqualTo(Map.of("year", 2024, "month", 9));
        assertThat(events.get(0)).containsEntry("group", "funding").containsEntry("unique_id", "event-k1");
    }

    @Test
    void textIsEscapedHtmlWithTheSentenceAndALinkedSource() {
        Map<String, Object> slide = events(TimelineJs.document("t", List.of(entry("k", "2025", "YEAR", null)), TimeBasis.EVENT)).get(0);

        @SuppressWarnings("unchecked")
        Map<String, String> text = (Map<String, String>) slide.get("text");
        assertThat(text.get("headline")).isEqualTo("Funding: Quillon");
        assertThat(text.get("text")).contains("<blockquote>Quillon raised &quot;a lot&quot; &amp; more.</blockquote>",
                "<a href=\"https://example.org/q?a=1&amp;b=2\">Quillon &lt;raises&gt;</a>", "(en, 2025-03-14)");
    }

    @Test
    void onPublicationTimeSlidesAreDatedByTheFirstReport() {
        Map<String, Object> slide = events(TimelineJs.document("t", List.of(entry("k", null, null, null)), TimeBasis.PUBLISHED)).get(0);

        assertThat(slide.get("start_date")).isEqualTo(Map.of("year", 2025, "month", 3, "day", 14, "display_date", "reported 2025-03-14"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> events(Map<String, Object> doc) {
        return (List<Map<String, Object>>) doc.get("events");
    }
}
