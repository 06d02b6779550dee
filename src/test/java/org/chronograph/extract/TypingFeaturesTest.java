package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.chronograph.source.Article;
import org.chronograph.source.ArticleReader;
import org.chronograph.source.ReadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The candidates the typer sees and the evidence it weighs, one sentence of ours per family: runs of proper nouns as
 * candidates (a gazetteer name a run carries on, codes glued to a name, two names side by side), and the features
 * read from the name, its neighbours, the parse and the tagger's vocabulary.
 */
class TypingFeaturesTest {
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = new Extractor(List.of(), (TypingModel) null);
    }

    private static Extractor.Candidates candidates(String lang, String body) {
        String text = "---\ntitle: t\nlang: " + lang + "\ndate: 2026-01-01\n---\n\n" + body + "\n";
        Article a = new ArticleReader().read("t-" + lang + ".md", text.getBytes(StandardCharsets.UTF_8))
                .map(ReadResult::asArticle).findFirst().orElseThrow().orElseThrow();
        return extractor.candidates(a);
    }

    private static Set<String> names(Extractor.Candidates c) {
        Set<String> out = new TreeSet<>();
        for (Candidate x : c.candidates()) out.add(x.name());
        return out;
    }

    private static Candidate candidate(Extractor.Candidates c, String name) {
        return c.candidates().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate " + name + " in " + names(c)));
    }

    private static Set<String> features(Extractor.Candidates c, String name) {
        return extractor.typer().features().of(candidate(c, name), c.context());
    }

    @Test
    void aRunOfProperNounsIsOneCandidateEvenWhenItStartsWithAKnownCompany() {
        Extractor.Candidates c = candidates("en", "Sellers list items through the Tessel app, sold on the Google Play Store and paid with Apple Pay.");
        assertThat(names(c)).contains("Tessel", "Google Play Store", "Apple Pay").doesNotContain("Google", "Apple");
        // the company inside the name stays evidence: the name starts with a gazetteer company
        assertThat(features(c, "Google Play Store")).contains("gaz-first=Company");
    }

    @Test
    void codesCarryANameOnAndTwoNamesSideBySideStayTwo() {
        Extractor.Candidates c = candidates("en", "Quillon began selling the Quillon Q9 in April, and OpenAI CEO Sam Altman bought one.");
        assertThat(names(c)).contains("Quillon Q9", "OpenAI", "Sam Altman").doesNotContain("OpenAI CEO Sam Altman");
    }

    @Test
    void acronymsAndNamesJoinedByDeAreCandidates() {
        Extractor.Candidates c = candidates("fr", "Orka est cotée à la Bourse de Stockholm depuis 2015 et HPE fournit ses serveurs.");
        assertThat(names(c)).contains("Bourse de Stockholm", "HPE");
    }

    @Test
    void theWordsAroundAMentionStandInForTheParse() {
        Extractor.Candidates c = candidates("en", "Quillon, the phone maker, opened Bazaarly. Sellers use the Tessel app.");
        assertThat(features(c, "Tessel")).contains("after=app", "after-is=product-cue", "verb-before=use");
        assertThat(features(c, "Quillon")).contains("appos=maker", "sentence-start", "verb-after=open");
        assertThat(features(c, "Quillon")).noneMatch(f -> f.startsWith("governor=") || f.startsWith("dependent=") || f.startsWith("rel="));
    }

    @Test
    void aNameUsedAsABusinessSaysSo() {
        Extractor.Candidates c = candidates("en", "Halvard acquired Vantly in 2016. Pemberly's chief executive left, and Corvana has laid off 200 people."
                + " Sellers use the Tessel app.");
        assertThat(features(c, "Vantly")).contains("ctx=company-deal", "ctx=business");
        assertThat(features(c, "Pemberly")).contains("ctx=company-owned", "ctx=business");
        assertThat(features(c, "Corvana")).contains("ctx=company-act", "ctx=business");
        assertThat(features(c, "Tessel")).doesNotContain("ctx=business");
        // the gazetteer's Product entry of a platform bought in the article weighs apart (FORMAT.md: then a Company)
        Extractor.Candidates bought = candidates("en", "Halvard acquired LinkedIn in 2016.");
        assertThat(features(bought, "LinkedIn")).contains("gaz=Product:business").doesNotContain("gaz=Product");
        Extractor.Candidates paid = candidates("en", "Halvard paid $26 billion for Vantly in 2016.");
        assertThat(features(paid, "Vantly")).contains("ctx=company-deal");
        Extractor.Candidates fr = candidates("fr", "Le rachat de Vantly par Halvard a été annoncé en mai.");
        assertThat(features(fr, "Vantly")).contains("ctx=company-deal");
    }

    @Test
    void theTaggersVocabularyTellsCommonWordsFromNames() {
        Extractor.Candidates c = candidates("en", "Outlook: analysts expect Kelvora to grow.");
        // "outlook" is a word the tagger's corpus has in lower case; "Kelvora" is none it ever saw
        assertThat(features(c, "Outlook")).contains("sentence-start", "vocab-only-tag=PROPN").doesNotContain("vocab-only-lower=0");
        assertThat(features(c, "Kelvora")).contains("vocab-only-unknown");
    }

    @Test
    void theNameItselfAndTheGazetteer() {
        Extractor.Candidates c = candidates("en", "Corvex Semiconductor hired David Whitfield from AMD.");
        assertThat(features(c, "Corvex Semiconductor")).contains("ends-company-word", "words=2", "shape=Xx Xx");
        assertThat(features(c, "David Whitfield")).contains("given-name-first", "ner=PERSON");
        assertThat(features(c, "AMD")).contains("gaz=Company", "all-caps", "short");
    }

    @Test
    void theHeadWordOfANameAndTheCueListsOfItsNeighbours() {
        Extractor.Candidates c = candidates("en", "Dana Obi studied at the University of Leeds and won the Kelvin Award in 2019. "
                + "Kelvora, a payment platform, joined the Marlow Industry Association.");
        assertThat(features(c, "University of Leeds")).contains("head=university", "head-is=org-word", "first-is=org-word");
        assertThat(features(c, "Kelvin Award")).contains("head-is=no-entity-word", "last-is=no-entity-word");
        assertThat(features(c, "Marlow Industry Association")).contains("head=association", "last-is=org-word");
        assertThat(features(c, "Kelvora")).contains("appos=platform", "appos-is=product-cue");
        Extractor.Candidates fr = candidates("fr", "Elle a reçu le Prix Kelvin et a rejoint l'Université de Lille.");
        assertThat(features(fr, "Prix Kelvin")).contains("head=prix", "head-is=no-entity-word");
        assertThat(features(fr, "Université de Lille")).contains("head-is=org-word");
    }

    @Test
    void officesDistrictsAndPortsHeadOrganizationNames() {
        // "Office", "District" and "Port" are organization words: they carry a name on over "of" and are its head
        Extractor.Candidates c = candidates("en", "The Northern District of California heard the suit, and the Port of Halifax "
                + "asked the Office of Science Policy for advice.");
        assertThat(names(c)).contains("Port of Halifax", "Office of Science Policy").doesNotContain("Port", "Halifax");
        assertThat(features(c, "Port of Halifax")).contains("head=port", "head-is=org-word");
        assertThat(features(c, "Office of Science Policy")).contains("head=office", "head-is=org-word");
        // "at" carries a university's name on to its campus; elsewhere it joins nothing
        Extractor.Candidates at = candidates("en", "She taught at the University of Texas at Austin before Kelvora hired her at Halden.");
        assertThat(names(at)).contains("University of Texas at Austin", "Kelvora", "Halden").doesNotContain("University of Texas", "Austin");
    }

    @Test
    void genericAcronymsAreNoCandidatesAndEnglishCommonWordsAreNoSurnames() {
        // business, finance and hardware acronyms name no entity
        Extractor.Candidates c = candidates("en", "Kelvora sells B2B software under IFRS rules and designs SoCs with FP8 units.");
        assertThat(names(c)).contains("Kelvora").doesNotContain("B2B", "IFRS", "SoCs", "FP8");
        // an English company name in a French note: its last word is a common English word, no surname
        Extractor.Candidates fr = candidates("fr", "Marlow Electric a recruté Claire Dubois en mars.");
        assertThat(features(fr, "Marlow Electric")).anyMatch(f -> f.startsWith("english-last-lower=") && !f.endsWith("=0"));
        assertThat(features(fr, "Claire Dubois")).contains("english-last-lower=0").doesNotContain("english-last-common");
    }
}
