package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name that a describing noun introduces ("le modèle Vega Pro", "la jeune pousse Zentra", "Boussole, une
 * application de traduction") is a candidate of the noun's type, whatever the tagger makes of it; a name that opens
 * with a given name, a common word opening the sentence and a version number alone are not. Sentences of ours.
 */
class DescribedNamesTest {

    private static List<Candidate> candidates(String text, String lang) {
        return SharedExtractor.candidates(text, lang, LocalDate.of(2026, 10, 1));
    }

    private static Span described(List<Candidate> candidates, String name) {
        return candidates.stream().filter(c -> c.name().equals(name)).flatMap(c -> c.spans().stream())
                .filter(s -> s.source().equals("cue")).findFirst().orElse(null);
    }

    @Test
    void aNounBeforeTheNameTypesIt() {
        List<Candidate> c = candidates("Chez Kestrel, le modèle Vega Pro est disponible depuis mars. La jeune pousse Zentra a levé "
                + "8 millions d'euros pour son application Carnet Vert.", "fr");
        assertThat(described(c, "Vega Pro")).extracting(Span::type).isEqualTo(EntityType.Model);
        assertThat(described(c, "Zentra")).extracting(Span::type).isEqualTo(EntityType.Company);
        assertThat(described(c, "Carnet Vert")).extracting(Span::type).isEqualTo(EntityType.Product);
    }

    @Test
    void anAppositionAfterTheNameTypesIt() {
        List<Candidate> c = candidates("Nova Lumière a dévoilé jeudi Sirène Max, son plus grand modèle, et Boussole, une application "
                + "de traduction pour les chantiers.", "fr");
        assertThat(described(c, "Sirène Max")).extracting(Span::type).isEqualTo(EntityType.Model);
        assertThat(described(c, "Boussole")).extracting(Span::type).isEqualTo(EntityType.Product);
    }

    @Test
    void aVersionNumberBelongsToTheNameAndAPeriodEndingTheSentenceDoesNot() {
        List<Candidate> c = candidates("Brisant a publié le modèle Houle 2 en mai. Il tourne sur la plateforme Atelier K.", "fr");
        // the name patterns find "Houle 2" too: whichever finder wins, the number is in the name
        assertThat(c).anyMatch(x -> x.name().equals("Houle 2")).noneMatch(x -> x.name().equals("Houle"));
        assertThat(described(c, "Atelier K")).extracting(Span::type).isEqualTo(EntityType.Product);
    }

    @Test
    void aGivenNameACommonOpeningWordAndAVersionAloneAreNotDescribedNames() {
        List<Candidate> c = candidates("Ensuite, une application de suivi est arrivée. La société a confié son assistant Julien Morel "
                + "au service client. La version 2 sort en juin.", "fr");
        assertThat(described(c, "Ensuite")).isNull();
        assertThat(described(c, "Julien Morel")).isNull();
        assertThat(c).noneMatch(x -> x.name().equals("2"));
    }

    @Test
    void inEnglishTheSameNounsIntroduceNames() {
        List<Candidate> c = candidates("In May, the startup Kelvora released the app Tessel, a budgeting tool.", "en");
        assertThat(described(c, "Tessel")).extracting(Span::type).isEqualTo(EntityType.Product);
        assertThat(described(c, "Kelvora")).extracting(Span::type).isEqualTo(EntityType.Company);
    }

    @Test
    void modifiersAfterTheNounLeadToTheName() {
        List<Candidate> c = candidates("Veltrane a déployé son moteur de recherche Sondelle dans dix universités. Elle a présenté sa puce "
                + "d'inférence Kavel en mars, puis l'application mobile de Solvane.", "fr");
        assertThat(described(c, "Sondelle")).extracting(Span::type).isEqualTo(EntityType.Product);
        assertThat(described(c, "Kavel")).extracting(Span::type).isEqualTo(EntityType.Product);
        // a complement's own name is no described name
        assertThat(described(c, "Solvane")).isNull();
    }

    @Test
    void aColonAppositionDescribesTheNameOpeningTheLine() {
        List<Candidate> c = candidates("Orbe Mini (mai 2024) : une version allégée qui tourne sur un portable.\n\n"
                + "Le bilan de Veltrane : une plateforme solide.", "fr");
        assertThat(described(c, "Orbe Mini")).extracting(Span::type).isEqualTo(EntityType.Model);
        // a colon's apposition describes only a name that opens its line
        assertThat(described(c, "Veltrane")).isNull();
    }

    @Test
    void aColonAppositionDescribesALowerCaseCodeNameOpeningTheLine() {
        List<Candidate> c = candidates("vega-nano-mini : Un modèle vocal compact, moins cher que son grand frère.", "fr");
        assertThat(described(c, "vega-nano-mini")).extracting(Span::type).isEqualTo(EntityType.Model);
    }

    @Test
    void aDescribedNameTheTyperOnlyGuessesIsKeptAndOneItCallsAPersonIsAThing() {
        Extraction x = SharedExtractor.extract("# Veltrane\n\nVeltrane a été fondée en 2021 à Nantes. La jeune pousse Veltrane a "
                + "déployé son moteur de recherche Sondelle dans dix universités.\n\n## Les modèles\n\n"
                + "- **Orbe Mini** (mai 2024) : une version allégée qui tourne sur un portable.\n"
                + "- **Orbe Coder** (juillet 2026) : un modèle dédié à la génération de code.\n", "fr", LocalDate.of(2026, 10, 1));
        assertThat(x.entities()).anyMatch(e -> e.name().equals("Sondelle") && e.type() == EntityType.Product);
        assertThat(x.entities()).anyMatch(e -> e.name().equals("Orbe Mini") && e.type() == EntityType.Model);
        assertThat(x.entities()).anyMatch(e -> e.name().equals("Orbe Coder") && e.type() == EntityType.Model);
        assertThat(x.events()).anyMatch(e -> e.type() == EventType.RELEASE
                && e.participants().stream().anyMatch(p -> p.entity().name().equals("Orbe Mini")));
    }
}
