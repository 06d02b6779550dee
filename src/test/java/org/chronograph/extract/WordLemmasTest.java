package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** French lemmas of nouns and adjectives from extract/fr/words.tsv: plural and feminine endings go, other words are lower-cased. */
class WordLemmasTest {
    private static final WordLemmas FRENCH = WordLemmas.bundled("fr");

    @ParameterizedTest
    @CsvSource({
            // plurals
            "acquisitions,NOUN,acquisition", "rachats,NOUN,rachat", "départs,NOUN,départ", "investisseurs,NOUN,investisseur",
            "réseaux,NOUN,réseau", "journaux,NOUN,journal", "ans,NOUN,an", "travaux,NOUN,travail", "défis,NOUN,défi",
            // feminine, and both
            "directrice,NOUN,directeur", "directrices,NOUN,directeur", "cofondatrice,NOUN,cofondateur",
            "présidente,NOUN,président", "patronne,NOUN,patron", "chercheuse,NOUN,chercheur", "ancienne,ADJ,ancien",
            "anciennes,ADJ,ancien", "anciens,ADJ,ancien", "générale,ADJ,général", "généraux,ADJ,général",
            "première,ADJ,premier", "nouvelle,ADJ,nouveau", "nouveaux,ADJ,nouveau",
            // a final s that is no plural, and stems too short to lose an ending
            "procès,NOUN,procès", "mois,NOUN,mois", "fonds,NOUN,fonds", "temps,NOUN,temps", "pays,NOUN,pays",
            "cours,NOUN,cours", "français,ADJ,français", "vente,NOUN,vente",
            // other words are lower-cased, whatever their ending
            "Ancien,ADJ,ancien", "Rachat,NOUN,rachat", "Orbit,PROPN,orbit", "Helios,PROPN,helios", "chez,ADP,chez"})
    void givesTheLemma(String word, String tag, String lemma) {
        assertThat(FRENCH.lemma(word, tag)).isEqualTo(lemma);
    }

    @org.junit.jupiter.api.Test
    void englishHasNone() {
        assertThat(WordLemmas.bundled("en")).isNull();
    }
}
