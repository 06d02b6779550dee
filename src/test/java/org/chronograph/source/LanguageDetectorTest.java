package org.chronograph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    private static String sample(String lang) throws IOException {
        try (InputStream in = LanguageDetectorTest.class.getResourceAsStream("/source/lang/" + lang + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "de", "es", "it", "pt", "nl", "zh", "ja", "ar", "hi", "ru"})
    void detectsTheLanguageOfOneShortSentence(String lang) throws IOException {
        assertThat(detector.detect(sample(lang))).isEqualTo(lang);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | Meta said the model was released in April and it has been used by many developers.
            fr | Le modèle a été publié en avril et il est utilisé par des développeurs dans le monde.
            de | Das Modell wurde im April veröffentlicht und wird von vielen Entwicklern genutzt.
            es | El modelo fue publicado en abril y ya lo usan muchos desarrolladores en el mundo.
            it | Il modello è stato pubblicato ad aprile ed è usato da molti sviluppatori nel mondo.
            pt | O modelo foi publicado em abril e já é usado por muitos programadores no mundo.
            nl | Het model werd in april uitgebracht en wordt door veel ontwikkelaars gebruikt.
            """)
    void detectsCloseLanguagesOnAnotherSentence(String lang, String text) {
        assertThat(detector.detect(text)).isEqualTo(lang);
    }

    @Test
    void acronymsAndNamesDoNotMislead() {
        assertThat(detector.detect("Halcyon AI builds models. Orbit AI signed a partnership with Renault in 2025. "
                + "Halcyon was founded in 2022 by Camille Arnaud.")).isEqualTo("en");
        assertThat(detector.detect("Kestrel Motion lève une série B auprès de Harbor Ventures")).isEqualTo("fr");
    }

    @Test
    void koreanRussianAndUkrainianAreTellApart() {
        assertThat(detector.detect("회사는 월요일에 새로운 모델을 발표했다")).isEqualTo("ko");
        assertThat(detector.detect("Компания заявила, что её новая модель будет доступна весной")).isEqualTo("ru");
        assertThat(detector.detect("Компанія заявила, що її нова модель буде доступна навесні")).isEqualTo("uk");
    }

    @Test
    void englishTextWithAFewChineseCharactersIsEnglish() {
        assertThat(detector.detect("Liang Wenfeng (梁文锋) founded the company in 2023 and it has grown since then."))
                .isEqualTo("en");
    }

    @Test
    void chineseTextWithLatinNamesIsChinese() {
        assertThat(detector.detect("Meta的Llama团队在2023年发布了模型，之后OpenAI和Google加快了步伐。")).isEqualTo("zh");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Quillon Labs", "GPT-4o 2025", "12,5 % — 3", "OpenAI, Meta, Google DeepMind", "Quillon Labs 2025"})
    void namesAloneAreUndetectable(String text) {
        assertThat(detector.detect(text)).isNull();
    }

    @Test
    void confidentDetectionNeedsEnoughTextAndNoCloseRunnerUp() throws IOException {
        assertThat(detector.detectConfidently(sample("fr"))).isEqualTo("fr");
        assertThat(detector.detectConfidently("This article is about machine learning and it is written in English."))
                .isEqualTo("en");
        assertThat(detector.detectConfidently("Do it now")).isNull();
    }

    /**
     * Our short texts (src/test/resources/source/lang/short-texts.tsv: four sentences and three titles in each of
     * thirteen languages): the figures the README gives, kept as a floor. A wrong language is worse than none: no
     * confident answer may be wrong.
     */
    @Test
    void shortTextsOfOurOwnAreDetected() throws IOException {
        int sentences = 0;
        int sentencesRight = 0;
        int titles = 0;
        int titlesRight = 0;
        for (String line : Files.readAllLines(Path.of("src/test/resources/source/lang/short-texts.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            boolean right = f[0].equals(detector.detect(f[2]));
            if (f[1].equals("title")) {
                titles++;
                titlesRight += right ? 1 : 0;
            } else {
                sentences++;
                sentencesRight += right ? 1 : 0;
            }
            String confident = detector.detectConfidently(f[2]);
            assertThat(confident).as(f[2]).isIn(null, f[0]);
        }
        assertThat(List.of(sentences, titles)).containsExactly(52, 39);
        assertThat(sentencesRight).as("sentences right").isGreaterThanOrEqualTo(51);
        assertThat(titlesRight).as("titles right").isGreaterThanOrEqualTo(35);
    }
}
