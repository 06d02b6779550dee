package org.chronograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.chronograph.ChronographException;
import org.chronograph.extract.CorpusExtraction;
import org.junit.jupiter.api.Test;

/** Names from inputs cannot break or disguise the lines the CLI prints. */
class SafeTextTest {

    @Test
    void controlAndFormatCharactersAreEscaped() {
        assertThat(SafeText.escape("a\nb\u0000c\u202Ed\u200Be\u2028f\tg")).isEqualTo("a\\u000Ab\\u0000c\\u202Ed\\u200Be\\u2028f\\u0009g");
        assertThat(SafeText.escape("x'}) DETACH DELETE n // Émile 中文")).isEqualTo("x'}) DETACH DELETE n // Émile 中文");
        assertThat(SafeText.escape(null)).isNull();
    }

    @Test
    void aFailureNamingAHostileFileIsOneLine() {
        StringWriter text = new StringWriter();
        Failures failures = new Failures(new PrintWriter(text), false, false);

        failures.add(new CorpusExtraction.Failed("in/evil\n\u202Efdp.md", null, "empty file", null));
        failures.exitCode();

        assertThat(text.toString().lines().toList()).containsExactly(
                "chronograph: in/evil\\u000A\\u202Efdp.md: empty file",
                "chronograph: 1 input(s) failed:",
                "  in/evil\\u000A\\u202Efdp.md: empty file");
    }

    @Test
    void errorMessagesQuotingANameAreOneLineAndVisible() {
        assertThat(ExceptionMapper.message(new ChronographException("no entity named 'Evil\u202ECorp'"), false))
                .isEqualTo("no entity named 'Evil\\u202ECorp'");
    }

    @Test
    void tableCellsShowHiddenCharacters() {
        StringWriter text = new StringWriter();
        Output.write(new PrintWriter(text), Format.TABLE, List.of(Table.of(null, List.of("name"), List.of(List.of("Open\u200BMind")))));

        assertThat(text.toString()).contains("Open\\u200BMind").doesNotContain("\u200B");
    }
}
