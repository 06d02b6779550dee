package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ways French notes gain wrong persons, each with sentences of ours: another name of a person in parentheses after
 * an introducing phrase ("(également connu sous le nom de David Zhang)") is that person's; the French tagger puts a capitalised title in
 * front of a name ("le Directeur Financier Alain Lam"), which is cut off the name (cues.tsv, {@code title-word}), and
 * it calls a company the gazetteer knows a person ("le fonds Andreessen Horowitz"), which the typer then types the
 * likeliest other type: the gazetteer lists no person.
 */
class FrenchPersonNamesTest {

    private static Extraction extract(String text) {
        return SharedExtractor.extract(text, "fr", LocalDate.of(2025, 11, 20));
    }

    private static List<String> named(Extraction x, EntityType type) {
        return x.entities().stream().filter(e -> e.type() == type).map(Entity::name).toList();
    }

    @Test
    void aCapitalisedTitleBeforeAPersonIsNoPartOfTheName() {
        Extraction x = extract("Le Président Lu Weibing dirige la branche chinoise de Xiaomi. Le Vice-Président Wang Xiang a "
                + "salué son arrivée, tout comme le Directeur Financier Alain Lam.\n\n"
                + "Le Président Directeur Général Sam Altman a rencontré le Premier Ministre Narendra Modi. Le Directeur "
                + "Scientifique Yann LeCun était présent.");
        List<String> persons = named(x, EntityType.Person);
        assertThat(persons).contains("Alain Lam", "Narendra Modi", "Yann LeCun", "Sam Altman", "Lu Weibing")
                .doesNotContain("Financier Alain Lam", "Premier Ministre Narendra Modi");
        assertThat(x.entities()).noneMatch(e -> e.name().equals("LeCun") && e.type() != EntityType.Person);
    }

    @Test
    void anotherNameInParenthesesAfterAnIntroducingPhraseIsTheSamePerson() {
        Extraction x = extract("Zhang Wei (également connu sous le nom de David Zhang) dirige le Centre Lovelace de Halbran à "
                + "Lille. Zhang a rejoint Halbran en 2022.");
        List<String> persons = named(x, EntityType.Person);
        assertThat(persons).containsOnlyOnce("Zhang Wei").doesNotContain("David Zhang", "Zhang");
    }

    @Test
    void aNameTheGazetteerKnowsIsNoPerson() {
        Extraction x = extract("Le fonds Andreessen Horowitz et la fondation Gates ont soutenu le projet de Fei-Fei Li à "
                + "Stanford.");
        assertThat(named(x, EntityType.Person)).contains("Fei-Fei Li").doesNotContain("Andreessen Horowitz");
        assertThat(named(x, EntityType.Company)).contains("Andreessen Horowitz");
    }

    @Test
    void aBrandNameEndingWithAnEnglishCommonWordIsNoPerson() {
        Extraction x = extract("Passée par Cordane Logistics puis par Tessaly Market, Inès Moreau a lancé Orvane Voice, un service de "
                + "dictée. Le fonds de Daisuke Son a soutenu Orvane Voice dès 2024.");
        List<String> persons = named(x, EntityType.Person);
        assertThat(persons).contains("Inès Moreau", "Daisuke Son")
                .doesNotContain("Cordane Logistics", "Tessaly Market", "Orvane Voice");
    }
}
