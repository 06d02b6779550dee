package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code chronograph eval}: scoring prediction files, extracting articles, and refusing unusable gold. */
class EvalCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String resource(String name) {
        try {
            return Path.of(EvalCommandTest.class.getResource("/eval/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void scoresAPredictionFileInTablesPerLanguage() {
        Cli cli = Cli.run("eval", resource("gold"), "--predictions", resource("predictions.jsonl"), "--per-doc");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.lines()).contains(
                "all languages (7 documents): parts",
                "entities          0.694  0.676  0.685  25  37    36",
                "en (4 documents): entity types",
                "fr (3 documents): dates",
                "event dates  8                       0.500   0.750",
                "F1 per document",
                "types-en.md    en    0.20      0.60              1.00              0.00    0.00      0.00",
                "missing-en.md  en    not in predictions.jsonl");
        assertThat(cli.out()).containsPattern("inputs without gold \\(not scored\\) +1");
    }

    @Test
    void jsonHasScorePysShapeWithLanguages() throws Exception {
        Cli cli = Cli.run("eval", resource("gold"), "--predictions", resource("predictions.jsonl"), "--format", "json");

        JsonNode json = MAPPER.readTree(cli.out());
        assertThat(json.get("documents").intValue()).isEqualTo(7);
        assertThat(json.get("parts").get("moves").get("f1").doubleValue()).isEqualTo(0.615);
        assertThat(json.get("event_dates").get("strict_accuracy").doubleValue()).isEqualTo(0.5);
        assertThat(json.get("missing_predictions")).hasSize(1);
        assertThat(json.get("languages").get("fr").get("documents").intValue()).isEqualTo(3);
        assertThat(json.has("per_doc_f1")).isFalse();
    }

    @Test
    void csvStacksTheScopesInOneTablePerKind() {
        Cli cli = Cli.run("eval", resource("gold"), "--predictions", resource("predictions.jsonl"), "--format", "csv");

        assertThat(cli.out()).contains("scope,part,P,R,F1,tp,gold,pred\r\n", "all,entities,0.694,0.676,0.685,25,37,36\r\n",
                "fr,timeline,0.833,0.833,0.833,5,6,6\r\n", "scope,type,P,R,F1,tp,gold,pred\r\n");
    }

    @Test
    void aLanguageRestrictsTheGold() {
        Cli cli = Cli.run("eval", resource("gold"), "--predictions", resource("predictions.jsonl"), "--lang", "fr", "-f", "markdown");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("### all languages (3 documents): parts", "### fr (3 documents): parts")
                .doesNotContain("### en");
    }

    @Test
    void anUnusableGoldFolderIsOneLineAndExitCodeOne() {
        Cli cli = Cli.run("eval", "no/such/gold", "--predictions", resource("predictions.jsonl"));

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err().lines()).containsExactly("chronograph: gold folder not found: no/such/gold");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void unreadablePredictionsAreOneLineAndExitCodeOne() {
        Cli cli = Cli.run("eval", resource("gold"), "--predictions", resource("gold/types-en.md.json"));

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).startsWith("chronograph: ").contains("types-en.md.json:1: not valid JSON");
    }

    @Test
    void articlesOrPredictionsMustBeGivenButNotBoth() {
        assertThat(Cli.run("eval", resource("gold")).exitCode()).isEqualTo(2);
        Cli both = Cli.run("eval", resource("gold"), resource("articles"), "--predictions", resource("predictions.jsonl"));
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("not both");
    }

    @Test
    void extractsTheArticlesThatHaveGoldAndCountsFailedOnesAsMissing() throws Exception {
        // Given gold for nova-en.md, nova-de.md (German: the basic pipeline), broken-en.md (a binary file) and
        // absent-en.md (no article), and articles nova-en.md, nova-de.md, broken-en.md and extra-en.md (no gold)
        Cli cli = Cli.run("eval", resource("articles-gold"), resource("articles"), "--threads", "1", "-f", "json", "--per-doc");

        // Then scoring runs, the failure is one line and a missing prediction, and extra-en.md is not extracted
        assertThat(cli.exitCode()).isZero();
        assertThat(cli.err()).containsOnlyOnce("broken-en.md: ").doesNotContain("nova-de.md");
        JsonNode json = MAPPER.readTree(cli.out());
        assertThat(json.get("documents").intValue()).isEqualTo(4);
        assertThat(json.get("missing_predictions")).extracting(JsonNode::textValue).containsExactly("absent-en.md", "broken-en.md");
        assertThat(json.get("failed_inputs")).hasSize(1);
        assertThat(json.get("per_doc_f1").get("nova-en.md").get("entities").doubleValue()).isGreaterThan(0.5);
        assertThat(json.get("per_doc_f1").get("nova-de.md").get("entities").doubleValue()).isGreaterThan(0.0);
        assertThat(json.get("languages").fieldNames()).toIterable().containsExactly("de", "en");
    }
}
