package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ModelNamePatternsTest {
    private static final Lexicon LEXICON = Lexicon.bundled();
    private static final ModelNamePatterns PATTERNS = new ModelNamePatterns(LEXICON, w -> !w.equals("Chapter"));

    private static List<String> names(String text) {
        return PATTERNS.find(text).stream().map(ModelNamePatterns.Found::name).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The team shipped Llama 4 Scout last week.|Llama 4 Scout",
            "It rivaled GPT-3.5 on most tasks.|GPT-3.5",
            "OpenAI answered with GPT-4o in May.|GPT-4o",
            "Then DeepSeek R1 arrived.|DeepSeek R1",
            "Alibaba open-sourced Qwen 2.5-72B.|Qwen 2.5-72B",
            "The French lab's Mistral 7B was small.|Mistral 7B",
            "Anthropic priced Claude 3 Opus high.|Claude 3 Opus",
            "The Yi-34B checkpoint leaked.|Yi-34B",
            "Tencent published Hunyuan-A13B.|Hunyuan-A13B",
            "A startup trained Aurora 2 on public data.|Aurora 2",
            "In 2024 it launched Vega-70B.|Vega-70B",
            "Nova shipped Vega-2.5 in March.|Vega-2.5",
    })
    void findsVersionedModelNames(String sentence, String expected) {
        assertThat(names(sentence)).containsExactly(expected);
    }

    @Test
    void splitsCoordinatedVersionsInEnglishAndFrench() {
        assertThat(names("Meta released Llama 1 and 2 that year.")).containsExactly("Llama 1", "Llama 2");
        assertThat(names("Meta a publié Llama 1 et 2 cette année-là.")).containsExactly("Llama 1", "Llama 2");
        assertThat(names("Then came Llama 3.1, 3.2 and 3.3.")).containsExactly("Llama 3.1", "Llama 3.2", "Llama 3.3");
    }

    @Test
    void typesVersionedNamesByTheirFamily() {
        ModelNamePatterns.Found phone = PATTERNS.find("Sales of the Xiaomi 17 doubled.").get(0);
        assertThat(phone.type()).isEqualTo(EntityType.Product);
        ModelNamePatterns.Found model = PATTERNS.find("DeepSeek V3 surprised everyone.").get(0);
        assertThat(model.type()).isEqualTo(EntityType.Model);
        assertThat(model.family()).isEqualTo("DeepSeek");
    }

    @Test
    void ignoresYearsNumbersAndRejectedFamilies() {
        assertThat(names("In 2023, Meta grew.")).isEmpty();
        assertThat(names("Llama 2023 was not a thing.")).isEmpty();
        assertThat(names("Chapter 2 covers the history.")).isEmpty();
        assertThat(names("It has a 10 million token window and 14 authors.")).isEmpty();
        assertThat(names("Mi-2025, the lab had grown.")).isEmpty();
        assertThat(names("Llama on its own is a family.")).isEmpty();
    }
}
