package org.chronograph.extract;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shape of the phrasing tests of one language: sentences of ours, each with the event it must give, and look-alikes
 * that must give none, read through the whole extraction with the real CoreNLP models. A subclass gives its language,
 * its day of publication and its two tables, one case a line as {@code @CsvSource} reads them: "sentence|TYPE|names"
 * (participants joined by ";") and "sentence|TYPE"; a line starting with # is a comment.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EventPhrasingsTestBase {
    /** The language of the sentences. */
    abstract String lang();

    /** The day the sentences are read as published on. */
    abstract LocalDate published();

    /** The sentences that give an event: "sentence|TYPE|participants" a line. */
    abstract String events();

    /** The sentences that give no event of a type: "sentence|TYPE" a line. */
    abstract String nonEvents();

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @MethodSource("eventCases")
    void readsTheEvent(String sentence, String type, String participants) {
        SharedExtractor.assertGives(sentence, lang(), published(), type, participants);
    }

    @ParameterizedTest(name = "{0} -> no {1}")
    @MethodSource("nonEventCases")
    void readsNoEvent(String sentence, String type) {
        SharedExtractor.assertGivesNo(sentence, lang(), published(), type);
    }

    Stream<Arguments> eventCases() {
        return cases(events());
    }

    Stream<Arguments> nonEventCases() {
        return cases(nonEvents());
    }

    /** The cases of a table: its lines but blank ones and comments, each cut at "|" into its trimmed values. */
    private static Stream<Arguments> cases(String table) {
        return table.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> Arguments.of((Object[]) Stream.of(line.split("\\|")).map(String::strip).toArray(String[]::new)));
    }
}
