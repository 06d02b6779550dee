package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A day or month told without a year takes the tense of the verb it depends on, not another clause's: a purchase
 * told with a bare past participle is past even when the main clause is in the future, and a launch still to come
 * is future beside a past main clause. Sentences of ours, through the whole extraction with the real CoreNLP models.
 */
class GoverningTenseTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 11, 28);

    @ParameterizedTest(name = "{1}: {0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Racheté par Helixa le 25 novembre, Nimbo sera intégré à sa division cloud.|fr|2026-11-25",
            "Acquired by Helixa on 25 November, Nimbo will be folded into its cloud unit.|en|2026-11-25"})
    void aDateTakesItsOwnVerbsTense(String sentence, String lang, String date) {
        Extraction x = SharedExtractor.extract(sentence, lang, PUBLISHED);
        assertThat(x.events()).as(sentence + " -> " + x.events())
                .anyMatch(e -> e.date() != null && e.date().value().equals(date));
    }

    /** The date as DateFinder reads it with the sentence's parse (a past and a future clause in either order). */
    @ParameterizedTest(name = "{1}: {0} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "Racheté par Helixa le 25 novembre, Nimbo sera intégré à sa division cloud.|fr|25 novembre|2026-11-25",
            "Acquired by Helixa on 25 November, Nimbo will be folded into its cloud unit.|en|25 November|2026-11-25",
            "Prévu pour le 3 décembre, le lancement de Nimbo a été annoncé par Helixa.|fr|3 décembre|2026-12-03",
            "Scheduled for 3 December, the launch of Nimbo was announced by Helixa.|en|3 December|2026-12-03",
            "Nimbo, qui sortira le 3 décembre, a été racheté par Helixa.|fr|3 décembre|2026-12-03",
            "Nimbo, which will ship on 3 December, was bought by Helixa.|en|3 December|2026-12-03",
            "Le modèle Orbo, présenté en juin, sera suivi d'Orbo Mini, attendu en janvier.|fr|juin|2026-06",
            "Le modèle Orbo, présenté en juin, sera suivi d'Orbo Mini, attendu en janvier.|fr|janvier|2027-01",
            "The Orbo model, shown in June, will be followed by Orbo Mini, expected in January.|en|June|2026-06",
            "The Orbo model, shown in June, will be followed by Orbo Mini, expected in January.|en|January|2027-01"})
    void aDateTakesItsOwnVerbsTenseInDateFinder(String sentence, String lang, String date, String expected) {
        AnalyzedSentence s = SharedExtractor.sentences(sentence, lang).getFirst();
        var found = org.chronograph.extract.time.DateFinder.forLanguage(lang)
                .find(sentence, new org.chronograph.extract.time.TimeContext(PUBLISHED), new DateGovernors(s));
        assertThat(found).as(sentence).anyMatch(m -> m.text().contains(date) && m.date() != null
                && m.date().value().equals(expected));
    }

    @ParameterizedTest(name = "{1}: {0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "Racheté par Helixa le 25 novembre, Nimbo sera intégré à sa division cloud.|fr|25 novembre|Racheté|true",
            "Acquired by Helixa on 25 November, Nimbo will be folded into its cloud unit.|en|25 November|Acquired|true",
            "Nimbo sera intégré le 3 décembre.|fr|3 décembre|sera intégré|false"})
    void theGovernorIsTheDatesOwnVerb(String sentence, String lang, String date, String verb, boolean bare) {
        AnalyzedSentence s = SharedExtractor.sentences(sentence, lang).getFirst();
        int at = sentence.indexOf(date);
        var g = new DateGovernors(s).of(at, at + date.length());
        StringBuilder tags = new StringBuilder();
        for (var t : s.tokens()) tags.append(t.word()).append('/').append(t.tag()).append(' ');
        assertThat(g).as(tags + "\n" + s.deps()).isNotNull();
        assertThat(sentence.substring(g.start(), g.end()) + " " + g.bareParticiple()).as(tags + "\n" + s.deps())
                .isEqualTo(verb + " " + bare);
    }
}
