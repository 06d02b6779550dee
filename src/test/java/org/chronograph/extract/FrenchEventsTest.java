package org.chronograph.extract;

import static org.chronograph.extract.SharedExtractor.assertEvents;
import static org.chronograph.extract.SharedExtractor.dated;
import static org.chronograph.extract.SharedExtractor.names;

import java.time.LocalDate;

/**
 * French ways of stating an event that the rules of extract/fr/ read (sentences of ours, through the whole extraction
 * with the real CoreNLP models): the plain future, the passive, an event told by a noun ("l'arrivée de X chez Y"), a
 * participle clause with its agent ("X, recruté par Y"), and idioms ("a mis la main sur").
 */
class FrenchEventsTest extends EventPhrasingsTestBase {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 12);

    @Override
    String lang() {
        return "fr";
    }

    @Override
    LocalDate published() {
        return PUBLISHED;
    }

    @Override
    String events() {
        return """
                # the plain future and the passive
                Nvidia lancera Vega 3 en juin.|RELEASE|Nvidia;Vega 3
                Anthropic dévoilera son modèle Sol 4 en avril.|RELEASE|Anthropic;Sol 4
                Mistral AI a été créée en 2023 par Ana Costa.|FOUNDING|Mistral AI;Ana Costa
                Mistral AI a été rachetée par Nvidia en 2024.|ACQUISITION|Nvidia;Mistral AI
                Anthropic présentera Vega 3 en mars 2027.|RELEASE|Anthropic;Vega 3
                # a date or a place between the participle and its agent: the one before is founded (session 24)
                Mistral AI, lancée en 2019 par Ana Costa, vend des puces.|FOUNDING|Ana Costa;Mistral AI
                # "créer" told in the present of narration or as an infinitive, before a name (session 24)
                En 2016, Ana Costa crée Mistral AI à Paris.|FOUNDING|Ana Costa;Mistral AI
                Jean Martin a quitté Nvidia en 2020 pour créer Mistral AI.|FOUNDING|Jean Martin;Mistral AI
                Depuis sa création en 2019, Mistral AI a levé 40 millions d'euros.|FOUNDING|Mistral AI
                # an event told by a noun
                L'arrivée de Jean Martin chez Anthropic, en janvier, a surpris.|JOIN|Jean Martin;Anthropic
                Le rachat de Mistral AI par Nvidia a été finalisé en février.|ACQUISITION|Nvidia;Mistral AI
                La nomination de Ana Costa comme PDG de Mistral AI a été confirmée en mars.|APPOINTMENT|Ana Costa;Mistral AI
                La levée de fonds de Mistral AI atteint 12 millions d'euros.|FUNDING|Mistral AI
                # a participle clause whose agent is the hirer: the one described joins it
                Jean Martin, recruté par Anthropic en 2023, dirige la recherche.|JOIN|Jean Martin;Anthropic
                # where one comes from: a post left
                Après six ans chez Google, Ana Costa a rejoint Anthropic en mai.|DEPARTURE|Ana Costa;Google
                Ana Costa, venue de Google, a été nommée PDG de Mistral AI en février.|DEPARTURE|Ana Costa;Google
                Ana Costa a pris la direction de Mistral AI en 2022.|APPOINTMENT|Ana Costa;Mistral AI
                # idioms
                Nvidia a mis la main sur Mistral AI en 2024.|ACQUISITION|Nvidia;Mistral AI
                Le tribunal de commerce de Paris a condamné Anthropic en avril.|LEGAL|Anthropic
                Anthropic a rendu disponible son modèle Vega 3 en mai.|RELEASE|Anthropic;Vega 3
                # deverbal nouns and turns with no French rule before (issue 16), as a list line states them, with no verb
                Octobre 2024 : report de Vega 3 à 2025.|DELAY|Vega 3
                Nvidia a décalé la sortie de Vega 3 à l'automne.|DELAY|Nvidia;Vega 3
                Mai 2025 : déploiement de Vega 3 par Nvidia en Europe.|RELEASE|Nvidia;Vega 3
                L'achat de Mistral AI par Nvidia a été conclu en juin.|ACQUISITION|Nvidia;Mistral AI
                Nvidia a pris le contrôle de Mistral AI en 2024.|ACQUISITION|Nvidia;Mistral AI
                Juin 2024 : entrée en bourse de Mistral AI.|FUNDING|Mistral AI
                Mistral AI a obtenu 200 millions d'euros de Nvidia en 2024.|FUNDING|Mistral AI;Nvidia
                Ana Costa a été élue présidente de Mistral AI en 2023.|APPOINTMENT|Ana Costa;Mistral AI
                Ana Costa a pris les rênes de Mistral AI en 2023.|APPOINTMENT|Ana Costa;Mistral AI
                Le litige entre Anthropic et Nvidia a commencé en 2023.|LEGAL|Anthropic;Nvidia
                Mars 2025 : fusion de Mistral AI et d'Anthropic.|RESTRUCTURING|Mistral AI;Anthropic
                Nvidia a signé un contrat avec Mistral AI en 2024.|PARTNERSHIP|Nvidia;Mistral AI
                # a participle says where one came from; a passive says who was replaced
                Ana Costa, arrivée de Google en 2022, dirige la recherche d'Anthropic.|DEPARTURE|Ana Costa;Google
                Jean Martin a été remplacé par Ana Costa à la tête de Mistral AI en 2025.|DEPARTURE|Jean Martin;Mistral AI
                # turns of phrase a one-word trigger does not read (issue 16, session 14)
                # a list line opens with the event's noun, capitalized
                Rachat de Mistral AI par Nvidia (2023).|ACQUISITION|Nvidia;Mistral AI
                Départ de Jean Martin de Mistral AI en juin 2025.|DEPARTURE|Jean Martin;Mistral AI
                Partenariat entre Mistral AI et Nvidia en 2024.|PARTNERSHIP|Mistral AI;Nvidia
                Nvidia prévoit de lancer Vega 4 en mars 2026.|RELEASE|Nvidia;Vega 4
                Nvidia a mis sur le marché Vega 6 en août 2025.|RELEASE|Nvidia;Vega 6
                Nvidia a ouvert en open source les poids de Vega 2 en février 2024.|RELEASE|Nvidia;Vega 2
                Le modèle Vega 5 de Nvidia est disponible depuis mai 2025.|RELEASE|Nvidia;Vega 5
                Ana Costa a pris ses fonctions de directrice technique de Mistral AI en mai 2024.|APPOINTMENT|Ana Costa;Mistral AI
                Mistral AI est passée sous le contrôle de Nvidia en 2021.|ACQUISITION|Nvidia;Mistral AI
                Mistral AI a été introduite en bourse en 2021.|FUNDING|Mistral AI
                Nvidia est entrée au capital de Mistral AI en 2024.|FUNDING|Nvidia;Mistral AI
                Le New York Times poursuit Anthropic en justice depuis 2023.|LEGAL|Anthropic
                Mistral AI a été placée en redressement judiciaire en 2025.|RESTRUCTURING|Mistral AI
                # press turns of phrase read on three notes of ours written before any rule (issue 16, session 15)
                Mistral AI a vu le jour en 2021 à Grenoble.|FOUNDING|Mistral AI
                Mistral AI s'est associée l'an dernier à Nvidia.|PARTNERSHIP|Mistral AI;Nvidia
                Anthropic a ouvert l'accès à Vega 4 en février.|RELEASE|Anthropic;Vega 4
                Ana Costa a commencé sa carrière chez Nvidia en 2010.|JOIN|Ana Costa;Nvidia
                Chez Anthropic, la direction a engagé un plan de départs volontaires.|RESTRUCTURING|Anthropic
                Jean Martin a été remercié par Mistral AI en janvier.|DEPARTURE|Jean Martin;Mistral AI
                Anthropic a fait appel de la décision devant le Conseil d'État.|LEGAL|Anthropic
                Ana Costa a pris le poste de PDG de Mistral AI en 2022.|APPOINTMENT|Ana Costa;Mistral AI
                # a post taken by one who came from elsewhere is a join too (ImpliedJoins, issue 16, session 19)
                Sarah Lemaire, arrivée de Criteo, est nommée directrice financière de Mistral AI en mai.|JOIN|Sarah Lemaire;Mistral AI
                Ancien de Google, Jean Martin a été nommé PDG d'Anthropic en 2024.|JOIN|Jean Martin;Anthropic
                # "sa retraite de X", "son départ de X": the organization follows the noun, the one who leaves is its subject
                Marie Dupont a pris sa retraite de Nvidia en 2024.|DEPARTURE|Marie Dupont;Nvidia
                Jean Martin a annoncé son départ d'Anthropic en mai.|DEPARTURE|Jean Martin;Anthropic
                # "après six ans chez X": where one came from, not where one went
                Julia Brandt a rejoint les rangs de Mistral AI en avril après six ans chez Airbus.|JOIN|Julia Brandt;Mistral AI
                # a post held, told in the passé composé of "être": left since (a translation study of press French, session 20)
                Cofondatrice d'Anthropic, dont elle a été la directrice technique, Ana Costa dirige aujourd'hui Mistral AI.|DEPARTURE|Ana Costa;Anthropic
                Avant de fonder Mistral AI, Jean Martin a été responsable produit chez Nvidia.|DEPARTURE|Jean Martin;Nvidia
                # "ancien ... chez X puis chez Y": Y was left too
                Ancienne directrice de la recherche chez Google puis chez Nvidia, Ana Costa dirige Mistral AI.|DEPARTURE|Ana Costa;Nvidia
                # where a career began
                Ana Costa a fait ses premières armes chez Nvidia en 2010.|JOIN|Ana Costa;Nvidia
                Jean Martin a fait ses débuts chez Anthropic en 2015.|JOIN|Jean Martin;Anthropic
                # a model's first appearance; "en Bourse" as the press writes it
                L'apparition de Vega 3 en 2023 a surpris Nvidia.|RELEASE|Vega 3
                Nvidia a fait son entrée en Bourse en 1999.|FUNDING|Nvidia
                # a post taken, or held since a date, stays an appointment (a present post with no date is none: below)
                En 2024, Ana Costa a pris la tête de Mistral AI.|APPOINTMENT|Ana Costa;Mistral AI
                Ana Costa, à la tête de Mistral AI depuis 2022, a parlé.|APPOINTMENT|Ana Costa;Mistral AI
                """;
    }

    @Override
    String nonEvents() {
        return """
                # "la création de" founds only a name
                Anthropic propose des outils pour la création de contenu.|FOUNDING
                # the one who arrives must be named
                L'arrivée de Vega 3 chez les clients de Nvidia a eu lieu en mai.|JOIN
                # "l'achat de" buys a company only when a name follows: chips bought are no acquisition
                Mistral AI a annoncé l'achat de puces Nvidia en mai.|ACQUISITION
                # a participle of arrival says where one came from, not where one went
                Ana Costa, arrivée de Google en 2022, dirige la recherche d'Anthropic.|JOIN
                # going public is funding, not the release of a product
                Mistral AI a été introduite en bourse en 2021.|RELEASE
                # open source with no verb is no release
                Les avancées en open source de Nvidia (Vega 3) ont pesé sur Mistral AI.|RELEASE
                # a product on sale is no release unless a date says since when
                Le modèle Vega 5 de Nvidia est disponible en douze langues.|RELEASE
                # voluntary departures are a restructuring, not a person leaving
                Chez Anthropic, la direction a engagé un plan de départs volontaires.|DEPARTURE
                # thanking one's teams is no dismissal
                Jean Martin a remercié les équipes de Mistral AI en janvier.|DEPARTURE
                # "a été nommée directrice": "été" is the participle's auxiliary, the post is taken, not left
                Ana Costa a été nommée directrice de Mistral AI en 2021.|DEPARTURE
                # "l'apparition de" names no model here: nothing was released
                L'apparition de nouveaux concurrents a inquiété Nvidia en 2024.|RELEASE
                # a post held now, told in the present, is neither an appointment nor a join
                Passée par Google, où elle occupait le poste de directrice, Ana Costa dirige aujourd'hui Mistral AI.|APPOINTMENT
                Passée par Google, où elle occupait le poste de directrice, Ana Costa dirige aujourd'hui Mistral AI.|JOIN
                À la tête de Mistral AI, Jean Martin a conduit le lancement de Vega 3.|APPOINTMENT
                # nor when the story around it tells a year: the sentence itself dates no naming
                Nvidia a été fondée en 2017. À la tête de Mistral AI, Jean Martin a conduit le lancement de Vega 3.|APPOINTMENT
                """;
    }

    @org.junit.jupiter.api.Test
    void anItemTakesItsLeadInsDate() {
        // the lead-in's year is in no clause of the item's verb: the item's release takes it
        assertEvents("""
                ### Chronologie

                - **Premier modèle (2021)** : Vega 1, un modèle de 13 milliards de paramètres, publié par Orbit sous licence ouverte.
                """, "fr", PUBLISHED)
                .anyMatch(e -> e.type() == EventType.RELEASE && names(e).contains("Vega 1") && dated(e, "2021"));
    }

    @org.junit.jupiter.api.Test
    void aPlannedDateDoesNotSetTheStorysYear() {
        // "repoussé au premier trimestre 2026" is a plan: "en janvier", told next in the past, is the January before
        // publication (March 2025), not January 2026
        assertEvents("""
                Le modèle Vega 4 d'Orbit a été repoussé au premier trimestre 2026.

                Jean Martin a quitté Orbit en janvier pour rejoindre Nvidia.
                """, "fr", PUBLISHED)
                .anyMatch(e -> e.type() == EventType.DEPARTURE && names(e).contains("Jean Martin") && dated(e, "2025-01"));
    }

    @org.junit.jupiter.api.Test
    void aParticipleOnTheEventNounDatesTheEvent() {
        // "l'acquisition, conclue en janvier, de Lexio": a participle clause on the event's own noun tells the event's
        // time, not the date of the paragraph before
        assertEvents("""
                Jean Martin, le patron d'Orbit Labs, s'est confié le 3 février 2025.

                Le fait marquant : l'acquisition, conclue en janvier, de Lexio par Orbit Labs.
                """, "fr", PUBLISHED)
                .anyMatch(e -> e.type() == EventType.ACQUISITION && names(e).contains("Orbit Labs") && dated(e, "2025-01"));
    }

    @org.junit.jupiter.api.Test
    void theAgentOfAParticipleTakesItsNounsDate() {
        // "une croissance record en 2021, portée par la sortie de Vega 3": the release is the agent of a participle on
        // the dated noun, so it is of 2021
        assertEvents("Une croissance record en 2021, portée par la sortie de Vega 3 chez Orbit Labs, "
                + "a surpris Jean Martin.", "fr", PUBLISHED)
                .anyMatch(e -> e.type() == EventType.RELEASE && names(e).contains("Vega 3") && dated(e, "2021"));
    }

    @org.junit.jupiter.api.Test
    void aFormerPostWithADateOnItsOwnWordIsDated() {
        // "venue de Capgemini en 2023": the date hangs on the participle that tells the leaving; "venu d'Atos" in a
        // sentence dated by another clause ("a été nommé ... en mai 2024") is the leaving end of that arrival, at its
        // date (LeavingDatesTest)
        assertEvents("Sophie Marin, venue de Capgemini en 2023, dirige l'équipe produit de Veltra. "
                + "Paul Girard, venu d'Atos, a été nommé directeur financier de Veltra en mai 2024.", "fr", PUBLISHED)
                .anyMatch(e -> e.type() == EventType.DEPARTURE && names(e).contains("Capgemini") && dated(e, "2023"))
                .anyMatch(e -> e.type() == EventType.DEPARTURE && names(e).contains("Atos") && dated(e, "2024-05"));
    }

    @org.junit.jupiter.api.Test
    void aJoiningConjoinedAfterARelativeClauseDoesNotTakeItsDate() {
        // "quitte Orbit, où elle était directrice des ventes depuis 2021, et rejoint Veltra": the parser conjoins
        // "rejoint" to the relative clause's head; 2021 is the post held at Orbit, not the joining's date
        assertEvents("Nora Vidal quitte Orbit, où elle était directrice des ventes depuis 2021, "
                + "et rejoint Veltra comme directrice commerciale.", "fr", PUBLISHED)
                .anyMatch(e -> e.type() == EventType.JOIN && names(e).contains("Veltra"))
                .noneMatch(e -> e.type() == EventType.JOIN && names(e).contains("Veltra") && e.date() != null
                        && e.date().value().startsWith("2021"));
    }

    @org.junit.jupiter.api.Test
    void aMediumNamedAsTheSourceTakesNoPart() {
        // "a indiqué X au journal Les Échos": the newspaper is where it was said, not the delay's maker (SOURCE cue)
        assertEvents("En mai, la sortie de Vega 3 a été repoussée à 2026, a indiqué Ana Costa au "
                + "journal Les Échos.", "fr", PUBLISHED)
                .anyMatch(e -> e.type() == EventType.DELAY && names(e).contains("Vega 3"))
                .noneMatch(e -> names(e).contains("Les Échos"));
    }

    @org.junit.jupiter.api.Test
    void aSuccessorWhosePredecessorIsAPronounTakesThePostAtTheCompanyInFocus() {
        // "Elle a été remplacée par X, auparavant ... chez Y": the post is at the company the story is about (FocusPosts),
        // not at Y, where X came from (ORIGIN cue "auparavant ... chez"), nor is Y a place the one replaced left
        assertEvents("""
                Veltrix est une jeune pousse nantaise spécialisée dans la traduction.

                Nadia Roux, qui dirigeait l'équipe produit de Veltrix, est partie chez Solvane en 2025. Elle a été remplacée par Paul Acier, auparavant responsable produit chez Brenix.
                """, "fr", PUBLISHED)
                .anyMatch(e -> e.type() == EventType.APPOINTMENT && names(e).containsAll(java.util.Set.of("Paul Acier", "Veltrix")))
                .noneMatch(e -> e.type() == EventType.APPOINTMENT && names(e).contains("Brenix"))
                .noneMatch(e -> e.type() == EventType.DEPARTURE && names(e).contains("Nadia Roux") && names(e).contains("Brenix"));
    }

    @org.junit.jupiter.api.Test
    void aStartIsNoLeaving() {
        // "un capital de départ", "au départ": the beginning of something (block rule idiom-start), through the whole
        // extraction
        SharedExtractor.assertGivesNo("En mars 2014, Jeanne Roux et Marc Dalmas ont créé Veltrix avec un capital de départ "
                + "de 2 millions de dollars apporté par Solvane, le fonds de Paul Acier.", "fr", PUBLISHED, "DEPARTURE");
        SharedExtractor.assertGivesNo("Au départ, Veltrix vendait des logiciels de traduction aux cabinets d'avocats.",
                "fr", PUBLISHED, "DEPARTURE");
    }
}
