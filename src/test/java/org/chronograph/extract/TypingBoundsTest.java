package org.chronograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TypingBoundsTest {
    private static final List<String> LABELS = List.of("Company", "Model", "None", "Organization", "Person", "Product");
    private static final List<String> RELATIONS = List.of("nsubj", "obj", "appos", "compound", "nmod:poss", "obl:agent", "amod");
    private static final List<String> LEMMAS = List.of("maker", "launch", "say", "ceo", "firm", "model", "the", "of", "app", "lab");
    private static final List<String> TAGS = List.of("PROPN", "NOUN", "VERB", "ADJ", "NUM", "OTHER");
    private static final List<String> OTHER = List.of("bias", "w=a", "w=b", "w=c", "ner=ORGANIZATION", "ner=PERSON", "gaz=Company",
            "shape=Xx", "before=the", "after=said", "mentions=1", "mentions=2");

    /** A model of random weights over the features the parse gives and others, small enough for every kind to recur. */
    private static TypingModel model(Random random, double parseScale) throws Exception {
        List<String> features = new ArrayList<>(OTHER);
        for (String t : TAGS) features.add("pos=" + t);
        for (String r : RELATIONS) {
            features.add("rel=" + r);
            for (String l : LEMMAS) {
                features.add("governor=" + r + ":" + l);
                features.add("dependent=" + r + ":" + l);
            }
        }
        for (String l : LEMMAS) features.add("appos=" + l);
        StringBuilder tsv = new StringBuilder("# test model\n# none-threshold: 0.5\n");
        for (String f : features) {
            boolean parse = !OTHER.contains(f);
            for (String label : LABELS) {
                if (random.nextInt(3) == 0) continue;
                double w = random.nextGaussian() * (parse ? parseScale : 2.0);
                tsv.append(f).append('\t').append(label).append('\t').append(w).append('\n');
            }
        }
        return TypingModel.read(new ByteArrayInputStream(tsv.toString().getBytes(StandardCharsets.UTF_8)), "test");
    }

    @Test
    void aSettledLabelIsTheLabelOfTheFullFeaturesWhateverTheParseAdds() throws Exception {
        Random random = new Random(17);
        int settled = 0;
        int trials = 0;
        for (int m = 0; m < 20; m++) {
            TypingModel model = model(random, m % 2 == 0 ? 0.05 : 0.3);
            for (int n = 0; n < 300; n++) {
                TreeSet<String> known = new TreeSet<>();
                for (String f : OTHER) {
                    if (random.nextBoolean()) known.add(f);
                }
                List<TypingFeatures.Unparsed> unparsed = new ArrayList<>();
                TreeSet<String> full = new TreeSet<>(known);
                for (int k = random.nextInt(3) + 1; k > 0; k--) {
                    List<String> around = new ArrayList<>();
                    for (int i = random.nextInt(6) + 1; i > 0; i--) around.add(LEMMAS.get(random.nextInt(LEMMAS.size())));
                    List<String> headTags = null;
                    if (random.nextBoolean()) {
                        headTags = new ArrayList<>();
                        for (int i = random.nextInt(3) + 2; i > 0; i--) headTags.add(random.nextInt(5) == 0 ? null : TAGS.get(random.nextInt(TAGS.size())));
                        // what the parse makes the head: one of the words
                        String tag = headTags.get(random.nextInt(headTags.size()));
                        if (tag != null) full.add("pos=" + tag);
                    }
                    unparsed.add(new TypingFeatures.Unparsed(headTags, around));
                    // one governor (or none: the root), any dependents, each among the words around
                    if (random.nextInt(4) > 0) {
                        String rel = RELATIONS.get(random.nextInt(RELATIONS.size()));
                        String lemma = around.get(random.nextInt(around.size()));
                        full.add("rel=" + rel);
                        full.add("governor=" + rel + ":" + lemma);
                        if (rel.equals("appos")) full.add("appos=" + lemma);
                    }
                    for (String lemma : around) {
                        if (random.nextInt(3) > 0) continue;
                        String rel = RELATIONS.get(random.nextInt(RELATIONS.size()));
                        full.add("dependent=" + rel + ":" + lemma);
                        if (rel.equals("appos")) full.add("appos=" + lemma);
                    }
                }
                String label = model.settled(known, unparsed);
                trials++;
                if (label == null) continue;
                settled++;
                assertThat(label).as("known %s, unparsed %s, full %s", known, unparsed, full).isEqualTo(model.classify(full));
            }
        }
        // neither always nor never settled before the parse
        assertThat(settled).isBetween(trials / 10, trials - trials / 20);
    }

    @Test
    void relationsWithColonsAreFoundByTheirLemma() throws Exception {
        String tsv = "# none-threshold: 0.5\nbias\tCompany\t1.0\nbias\tNone\t0.0\nbias\tPerson\t0.9\n"
                + "governor=nmod:poss:maker\tPerson\t5.0\n";
        TypingModel model = TypingModel.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test");
        TreeSet<String> known = new TreeSet<>(List.of("bias"));
        assertThat(model.settled(known, List.of(new TypingFeatures.Unparsed(null, List.of("maker"))))).isNull();
        assertThat(model.settled(known, List.of(new TypingFeatures.Unparsed(null, List.of("firm"))))).isEqualTo("Company");
        assertThat(model.settled(known, List.of())).isEqualTo(model.classify(known));
    }
}
