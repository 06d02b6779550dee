package org.chronograph.extract;

/**
 * Whether a token is a round bracket, as the tokenizer writes it: "(" or its Penn escape "-LRB-", ")" or "-RRB-" (the
 * English tokenizer escapes them, the French one does not). A null word is neither.
 */
final class Parentheses {
    private Parentheses() {
    }

    /** An opening bracket: "(" or "-LRB-". */
    static boolean opens(String word) {
        return "(".equals(word) || "-LRB-".equals(word);
    }

    /** A closing bracket: ")" or "-RRB-". */
    static boolean closes(String word) {
        return ")".equals(word) || "-RRB-".equals(word);
    }

    /** An opening or a closing bracket. */
    static boolean either(String word) {
        return opens(word) || closes(word);
    }
}
