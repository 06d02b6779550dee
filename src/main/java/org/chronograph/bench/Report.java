package org.chronograph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A story written out: paragraphs of sentences, each sentence stating one fact or, with fillers, none.
 *
 * @param title      the headline
 * @param paragraphs sentences grouped in paragraphs
 */
record Report(String title, List<List<Line>> paragraphs) {
    /** One sentence and the fact it states, or {@code null} for background. */
    record Line(String text, Fact fact) {
    }

    Report {
        paragraphs = paragraphs.stream().map(List::copyOf).toList();
    }

    /**
     * Writes {@code story}: its facts two to a paragraph, with {@code fillers} background sentences spread between them.
     * The phrasing depends only on the seed and the story's index.
     */
    static Report of(Story story, long seed, int fillers) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + story.index());
        Phrases phrases = Phrases.bundled();
        List<Line> lines = new ArrayList<>();
        for (Fact fact : story.facts()) {
            lines.add(new Line(phrases.sentence(fact, story.lang(), random), fact));
        }
        List<String> background = new ArrayList<>();
        for (int tries = 0; background.size() < fillers && tries < fillers * 10; tries++) {
            String filler = phrases.filler(story.main(), story.lang(), random);
            if (background.stream().noneMatch(b -> b.regionMatches(0, filler, 0, 12))) background.add(filler);
        }
        for (String filler : background) {
            lines.add(1 + random.nextInt(lines.size()), new Line(filler, null));
        }
        List<List<Line>> paragraphs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += 2) {
            paragraphs.add(lines.subList(i, Math.min(lines.size(), i + 2)));
        }
        return new Report(phrases.title(story.main(), story.lang(), random), paragraphs);
    }

    /** The body: sentences joined by a space, paragraphs by a blank line. */
    String body() {
        StringBuilder text = new StringBuilder();
        for (List<Line> paragraph : paragraphs) {
            if (!text.isEmpty()) text.append("\n\n");
            for (int i = 0; i < paragraph.size(); i++) {
                if (i > 0) text.append(' ');
                text.append(paragraph.get(i).text());
            }
        }
        return text.toString();
    }
}
