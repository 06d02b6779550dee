package org.chronograph.source;

import java.util.Arrays;

/**
 * The markup constructs of an original file that wrap text: bold and italic runs, links, code spans,
 * strikethrough, inline HTML elements, table cells (with their pipes or {@code <td>} tags). Each is four
 * offsets in the original: where its opening markup starts, where its content starts, where its content ends,
 * where its closing markup ends. {@link #widen} grows a span of the original until it cuts none of them: a
 * span that holds a construct's first or last character but not all of it takes in the whole construct
 * ("**2024 Lawsuit**: Musk sued ..." starts at the opening {@code **}, not after it); a span inside one
 * construct's content, around it, or beside it is left as it is.
 */
final class MarkupSpans implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    static final MarkupSpans NONE = new MarkupSpans(new int[0]);

    /** Quads (open, contentStart, contentEnd, close), sorted by open. */
    private final int[] quads;
    /** For each construct in that order, the largest close up to and including it. */
    private final int[] maxClose;

    private MarkupSpans(int[] quads) {
        this.quads = quads;
        int n = quads.length / 4;
        this.maxClose = new int[n];
        for (int i = 0; i < n; i++) {
            maxClose[i] = Math.max(quads[4 * i + 3], i > 0 ? maxClose[i - 1] : Integer.MIN_VALUE);
        }
    }

    /** The constructs in {@code quads} (any order; ill-formed ones, whose offsets do not run forwards, dropped). */
    static MarkupSpans of(int[] quads, int length) {
        int n = 0;
        Integer[] order = new Integer[length / 4];
        for (int i = 0; i + 3 < length; i += 4) {
            boolean forwards = quads[i] <= quads[i + 1] && quads[i + 1] <= quads[i + 2] && quads[i + 2] <= quads[i + 3];
            if (forwards && quads[i] < quads[i + 3]) {
                order[n++] = i;
            }
        }
        Integer[] kept = Arrays.copyOf(order, n);
        // by opening, the outer of two that open together first
        Arrays.sort(kept, (a, b) -> quads[a] != quads[b] ? Integer.compare(quads[a], quads[b])
                : Integer.compare(quads[b + 3], quads[a + 3]));
        int[] sorted = new int[4 * n];
        for (int k = 0; k < n; k++) {
            System.arraycopy(quads, kept[k], sorted, 4 * k, 4);
        }
        return n == 0 ? NONE : new MarkupSpans(sorted);
    }

    /** {@code [start, end)} of the original grown until it cuts no construct; returned as {start, end}. */
    int[] widen(int start, int end) {
        int s = start;
        int e = Math.max(start, end);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int point : new int[] {s, e}) {
                for (int i = lastOpenBefore(point); i >= 0 && maxClose[i] > point; i--) {
                    int open = quads[4 * i];
                    int close = quads[4 * i + 3];
                    if (close <= point || !cuts(i, s, e)) {
                        continue;
                    }
                    if (open < s || close > e) {
                        s = Math.min(s, open);
                        e = Math.max(e, close);
                        changed = true;
                    }
                }
            }
        }
        return new int[] {s, e};
    }

    /** Whether {@code [s, e)} holds part of construct {@code i} but neither all of it nor only its content. */
    private boolean cuts(int i, int s, int e) {
        int open = quads[4 * i];
        int from = quads[4 * i + 1];
        int to = quads[4 * i + 2];
        int close = quads[4 * i + 3];
        boolean disjoint = e <= open || close <= s;
        boolean around = s <= open && close <= e;
        boolean inside = from <= s && e <= to;
        return !disjoint && !around && !inside;
    }

    /** Index of the last construct whose opening starts before {@code point}, or -1. */
    private int lastOpenBefore(int point) {
        int low = 0;
        int high = maxClose.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (quads[4 * mid] < point) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }
}
