package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EntityKeysTest {
    @Test
    void foldsNamesToKeys() {
        assertThat(EntityKeys.of("Léonie Févre")).isEqualTo("leonie-fevre");
        assertThat(EntityKeys.of("GPT-3.5")).isEqualTo("gpt-3-5");
        assertThat(EntityKeys.of("  --Mistral AI!! ")).isEqualTo("mistral-ai");
        assertThat(EntityKeys.of("01.AI")).isEqualTo("01-ai");
        assertThat(EntityKeys.of("Ωmega Labs")).isEqualTo("ωmega-labs");
        assertThatThrownBy(() -> EntityKeys.of(" - ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOnePassForAsciiNamesGivesTheKeyOfTheDefinition() {
        Random random = new Random(17);
        String alphabet = "aZq09 -._'/()&+\t\u007f!Mx";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder name = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String expected = EntityKeys.unicodeKey(name.toString());
            if (expected.isEmpty()) continue;
            assertThat(EntityKeys.of(name.toString())).as("'" + name + "'").isEqualTo(expected);
        }
    }
}
