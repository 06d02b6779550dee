package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** French verb lemmas from extract/fr/verbs.tsv: every tense and voice of a verb gives its infinitive. */
class VerbLemmasTest {
    private static final VerbLemmas FRENCH = VerbLemmas.bundled("fr");

    @ParameterizedTest
    @CsvSource({
            // first group: future, imperfect, simple past, participles, present, with the stem's spelling changes
            "lancera,lancer", "lanceront,lancer", "lançait,lancer", "lança,lancer", "lancée,lancer", "lancent,lancer",
            "dévoilera,dévoiler", "dévoilé,dévoiler", "fondée,fonder", "fonda,fonder", "cofondée,cofonder",
            "créée,créer", "crée,créer", "créera,créer", "déploie,déployer", "déploiera,déployer", "dirigeait,diriger",
            "rachète,racheter", "lève,lever", "succède,succéder", "intègre,intégrer", "publie,publier", "quittera,quitter",
            // second and third groups, by their known stems
            "sortira,sortir", "sorti,sortir", "sortent,sortir", "investit,investir", "investissent,investir",
            "rejoint,rejoindre", "rejoindra,rejoindre", "rejoignent,rejoindre", "acquis,acquérir", "acquise,acquérir",
            "acquiert,acquérir", "devenue,devenir", "promue,promouvoir", "suspendu,suspendre", "été,être", "a,avoir"})
    void givesTheInfinitive(String form, String lemma) {
        assertThat(FRENCH.lemma(form)).isEqualTo(lemma);
    }

    @org.junit.jupiter.api.Test
    void aParticipleTakenForANounGetsItsVerbOtherNounsTheirOwnLemma() {
        // "les magasins Vega (lancés en 2015)": the tagger calls "lancés" a noun
        edu.stanford.nlp.ling.CoreLabel launched = token("lancés", "NOUN");
        edu.stanford.nlp.ling.CoreLabel summer = token("été", "NOUN");
        edu.stanford.nlp.ling.CoreLabel shops = token("magasins", "NOUN");
        FRENCH.annotate(java.util.List.of(launched, summer, shops));
        assertThat(launched.lemma()).isEqualTo("lancer");
        // other nouns get theirs from words.tsv (WordLemmasTest), not a verb's
        assertThat(summer.lemma()).isEqualTo("été");
        assertThat(shops.lemma()).isEqualTo("magasin");
    }

    @org.junit.jupiter.api.Test
    void anAdjectiveGetsAVerbLemmaOnlyWhenItReadsAsAParticiple() {
        edu.stanford.nlp.ling.CoreLabel acquired = token("acquise", "ADJ");
        edu.stanford.nlp.ling.CoreLabel launched = token("lancées", "ADJ");
        edu.stanford.nlp.ling.CoreLabel former = token("ancienne", "ADJ");
        edu.stanford.nlp.ling.CoreLabel general = token("générale", "ADJ");
        FRENCH.annotate(java.util.List.of(acquired, launched, former, general));
        assertThat(acquired.lemma()).isEqualTo("acquérir");
        assertThat(launched.lemma()).isEqualTo("lancer");
        assertThat(former.lemma()).isEqualTo("ancien");
        assertThat(general.lemma()).isEqualTo("général");
    }

    private static edu.stanford.nlp.ling.CoreLabel token(String word, String tag) {
        edu.stanford.nlp.ling.CoreLabel t = new edu.stanford.nlp.ling.CoreLabel();
        t.setWord(word);
        t.setTag(tag);
        return t;
    }

    @org.junit.jupiter.api.Test
    void englishKeepsCoreNlpsOwnLemmas() {
        assertThat(VerbLemmas.bundled("en")).isNull();
    }
}
