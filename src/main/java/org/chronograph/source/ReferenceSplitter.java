package org.chronograph.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sets a trailing reference list apart from the article text and joins the remaining pieces into a
 * {@link Body}. A reference list is either everything after a final heading named like "References"
 * (see {@code reference-headings.txt}), or a final run of blocks made mostly of links, with the label
 * line that introduces it. Footnote definitions always go to the references.
 */
final class ReferenceSplitter {
    private static final Set<String> LABELS = loadLabels();

    private ReferenceSplitter() {
    }

    /** Splits off the references and joins the rest; offsets of an empty body map to {@code origin}. */
    static Body assemble(List<Piece> all, int origin) {
        List<Piece> blocks = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Piece piece : all) {
            if (piece.note) {
                if (!piece.isEmpty()) {
                    notes.add(piece.asReference());
                }
            } else if (!piece.isEmpty()) {
                blocks.add(piece);
            }
        }
        int cut = referenceStart(blocks);
        List<String> trailing = new ArrayList<>();
        for (int i = cut; i < blocks.size(); i++) {
            Piece block = blocks.get(i);
            boolean label = i == cut && isLabel(block);
            if (!label && !block.asReference().isEmpty()) {
                trailing.add(block.asReference());
            }
        }
        trailing.addAll(notes);
        return BodyAssembler.assemble(blocks.subList(0, cut), origin, trailing);
    }

    /** Index of the first block of the trailing reference list, or the block count when there is none. */
    static int referenceStart(List<Piece> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Piece block = blocks.get(i);
            if (block.kind == Block.Kind.HEADING) {
                if (isLabel(block)) {
                    return i;
                }
                break;
            }
        }
        int items = blocks.size();
        while (items > 0 && blocks.get(items - 1).kind == Block.Kind.ITEM) {
            items--;
        }
        if (items > 0 && items < blocks.size() && isLabel(blocks.get(items - 1))) {
            return items - 1;
        }
        int start = blocks.size();
        while (start > 0 && blocks.get(start - 1).isLinkLike()) {
            start--;
        }
        if (start == blocks.size()) {
            return start;
        }
        if (start > 0 && isLabel(blocks.get(start - 1))) {
            return start - 1;
        }
        return start;
    }

    /** Whether a block reads like a reference-list heading ("References", "**Sources :**", "Citations:"). */
    static boolean isLabel(Piece block) {
        String text = block.text.toString().strip().toLowerCase(Locale.ROOT);
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ':' || text.charAt(end - 1) == '\uFF1A'
                || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return end > 0 && end <= 40 && LABELS.contains(text.substring(0, end));
    }

    private static Set<String> loadLabels() {
        Set<String> labels = new HashSet<>();
        try (InputStream in = ReferenceSplitter.class.getResourceAsStream("reference-headings.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource reference-headings.txt");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String label = line.strip().toLowerCase(Locale.ROOT);
                if (!label.isEmpty() && !label.startsWith("#")) {
                    labels.add(label);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(labels);
    }
}
