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
}
