package org.chronograph.source;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each bracket, parenthesis and backtick run of a block closes, computed in one pass so that inline
 * parsing stays linear on hostile input (thousands of unclosed brackets or backticks).
 */
final class PairIndex {
    private final int[] closing;
    private final int[] nextTicks;

    PairIndex(CharSequence text) {
        this.closing = matchPairs(text);
        this.nextTicks = matchTickRuns(text);
    }

    /** Index of the {@code ]} or {@code )} balancing the one opened at {@code open}, or -1. */
    int closing(int open) {
        return closing[open];
    }

    /** Start of the next backtick run as long as the run starting at {@code runStart}, or -1 (0 if not a run start). */
    int nextTickRun(int runStart) {
        return nextTicks[runStart];
    }

    /**
     * For each {@code [} and {@code (}, the index of its balanced closing character, or -1; computed once so
     * that hostile input (thousands of unclosed brackets) stays linear.
     */
    private static int[] matchPairs(CharSequence src) {
        int[] closing = new int[src.length()];
        Arrays.fill(closing, -1);
        int[] brackets = new int[src.length()];
        int[] parens = new int[src.length()];
        int b = 0;
        int p = 0;
        for (int k = 0; k < src.length(); k++) {
            switch (src.charAt(k)) {
                case '\\' -> k++;
                case '[' -> brackets[b++] = k;
                case ']' -> {
                    if (b > 0) {
                        closing[brackets[--b]] = k;
                    }
                }
                case '(' -> parens[p++] = k;
                case ')' -> {
                    if (p > 0) {
                        closing[parens[--p]] = k;
                    }
                }
                default -> { }
            }
        }
        return closing;
    }

    /** For the first backtick of each run, the start of the next run of the same length, or -1. */
    private static int[] matchTickRuns(CharSequence src) {
        int[] next = new int[src.length()];
        Map<Integer, Integer> following = new HashMap<>();
        int k = src.length() - 1;
        while (k >= 0) {
            if (src.charAt(k) != '`') {
                k--;
                continue;
            }
            int end = k + 1;
            while (k > 0 && src.charAt(k - 1) == '`') {
                k--;
            }
            int length = end - k;
            next[k] = following.getOrDefault(length, -1);
            following.put(length, k);
            k--;
        }
        return next;
    }
}
