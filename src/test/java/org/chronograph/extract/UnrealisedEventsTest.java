package org.chronograph.extract;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A deal, hire or suit only tried, sought, planned or threatened is no event ("announced but unrealised deals, bids and
 * hires; threats", FORMAT.md), read by the ATTEMPT cue of extract/&lt;lang&gt;/context.tokensregex through the whole
 * extraction with the real CoreNLP models; a planned release still is one, and the deal done after a failed try too.
 */
class UnrealisedEventsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 6, 30);

    @ParameterizedTest(name = "{1}: {0} -> no {2}")
    @CsvSource(delimiter = '|', value = {
            "In 2023, Helios tried to acquire Sonara for $2 billion, but the board refused.|en|ACQUISITION",
            "Orbit made an offer to buy Vantor Robotics in March.|en|ACQUISITION",
            "Sonara threatened to sue Helios over the Vega 3 weights in May.|en|LEGAL",
            "Helios is in talks to acquire Brightline Labs, people familiar with the matter said.|en|ACQUISITION",
            "Orbit sought to hire Ana Costa from Helios in 2024.|en|JOIN",
            "En 2023, Helios a tenté de racheter Sonara pour 2 milliards de dollars.|fr|ACQUISITION",
            "Orbit envisage de racheter Vantor Robotics d'ici la fin de l'année.|fr|ACQUISITION",
            "La tentative de rachat de Sonara par Helios a échoué en mars.|fr|ACQUISITION",
            "Sonara menace de poursuivre Helios en justice.|fr|LEGAL",
            "En février, Acme a tenté de racheter Orbit pour 9 milliards d'euros, une offre rejetée.|fr|ACQUISITION",
            "Acme envisage d'acquérir Orbit.|fr|ACQUISITION",
            "Acme vise à racheter Orbit avant la fin de l'année.|fr|ACQUISITION",
            // only possible or wished: a modal verb, "ready to", "considering a"; "pourrait", "devrait", "envisagerait de"
            "Solvane would partner with Orbit Capital if regulators agree.|en|PARTNERSHIP",
            "Ana Costa may join Veltrix as chief scientist.|en|JOIN",
            "Veltrix said it was ready to sue Solvane.|en|LEGAL",
            "Veltrix is considering a partnership with Orbit Capital.|en|PARTNERSHIP",
            "Veltrix pourrait racheter Solvane l'an prochain.|fr|ACQUISITION",
            "Veltrix devrait lever 50 millions d'euros auprès d'Orbit Capital.|fr|FUNDING",
            "Solvane envisagerait de poursuivre Veltrix en justice.|fr|LEGAL",
            "Veltrix pourrait supprimer 200 postes.|fr|RESTRUCTURING",
            // told in the future: announced, not realised yet (session 24; a planned release stays an event)
            "Veltrix will acquire Solvane for $2 billion in 2027.|en|ACQUISITION",
            "Ana Costa will join Orbit Capital as chief scientist in March.|en|JOIN",
            "Veltrix is set to buy Solvane, people familiar with the matter said.|en|ACQUISITION",
            "Veltrix rachètera Solvane en 2027.|fr|ACQUISITION",
            "Ana Costa rejoindra Orbit Capital en mars.|fr|JOIN",
            "Solvane lèvera 50 millions d'euros auprès d'Orbit Capital.|fr|FUNDING",
            "Veltrix va racheter Solvane pour 2 milliards d'euros.|fr|ACQUISITION",
            "Jean Martin quittera Veltrix en juin 2026.|fr|DEPARTURE"})
    void readsNoEvent(String sentence, String lang, String type) {
        SharedExtractor.assertGivesNo(sentence, lang, PUBLISHED, type);
    }

    @ParameterizedTest(name = "{1}: {0} -> {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "Helios bought Sonara in May 2024, a year after a failed bid.|en|ACQUISITION|Helios;Sonara",
            "Helios plans to release Vega 4 in 2027.|en|RELEASE|Vega 4",
            "Veltrix pourrait sortir Vega 4 en 2027.|fr|RELEASE|Vega 4",
            "Veltrix will release Vega 4 in March 2027.|en|RELEASE|Vega 4",
            "Veltrix lancera Vega 4 en mars 2027.|fr|RELEASE|Vega 4",
            "Le rachat de Sonara par Helios a été conclu en mai 2024, après une première tentative en 2023.|fr|ACQUISITION|Helios;Sonara"})
    void readsTheEvent(String sentence, String lang, String type, String participants) {
        SharedExtractor.assertGives(sentence, lang, PUBLISHED, type, participants);
    }
}
