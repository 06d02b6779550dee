package org.chronograph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Assertions that a body's clean text maps back onto the original characters. */
final class OffsetChecks {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private OffsetChecks() {
    }

    /** Every word and every block of the clean text is found in the original range it maps to. */
    static void assertMapsBack(String original, Body body) {
        String text = body.text();
        for (int i = 1; i <= text.length(); i++) {
            assertThat(body.toOriginal(i)).as("offset map is monotonic at %d", i)
                    .isGreaterThanOrEqualTo(body.toOriginal(i - 1));
        }
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String slice = original.substring(body.toOriginal(word.start()), body.toOriginal(word.end()));
            assertThat(decode(slice)).as("original of word '%s' at %d", word.group(), word.start()).contains(word.group());
        }
        int start = 0;
        for (String block : text.split("\n\n", -1)) {
            String slice = decode(original.substring(body.toOriginal(start), body.toOriginal(start + block.length())));
            Matcher inBlock = WORD.matcher(block);
            while (inBlock.find()) {
                assertThat(slice).as("original of block starting '%s'", block.substring(0, Math.min(30, block.length())))
                        .contains(inBlock.group());
            }
            start += block.length() + 2;
        }
    }

    /** Decodes character references, so words written with entities in HTML compare equal. */
    private static String decode(String s) {
        return org.jsoup.parser.Parser.unescapeEntities(s, false).replace('\u00A0', ' ');
    }
}
