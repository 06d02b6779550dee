package org.chronograph.source;

import java.util.HashMap;
import java.util.Map;

/** Decodes HTML character references ({@code &amp;}, {@code &#233;}, {@code &#xE9;}) found in markup. */
final class HtmlEntities {
    private static final String LATIN1 = "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg"
            + " macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest"
            + " Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml"
            + " ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig"
            + " agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml"
            + " eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";
    private static final Object[] OTHERS = {
        "quot", 34, "amp", 38, "apos", 39, "lt", 60, "gt", 62, "OElig", 338, "oelig", 339, "Scaron", 352,
        "scaron", 353, "Yuml", 376, "fnof", 402, "circ", 710, "tilde", 732, "ensp", 8194, "emsp", 8195,
        "thinsp", 8201, "zwnj", 8204, "zwj", 8205, "lrm", 8206, "rlm", 8207, "ndash", 8211, "mdash", 8212,
        "lsquo", 8216, "rsquo", 8217, "sbquo", 8218, "ldquo", 8220, "rdquo", 8221, "bdquo", 8222,
        "dagger", 8224, "Dagger", 8225, "bull", 8226, "hellip", 8230, "permil", 8240, "prime", 8242,
        "Prime", 8243, "lsaquo", 8249, "rsaquo", 8250, "euro", 8364, "trade", 8482, "minus", 8722,
        "larr", 8592, "rarr", 8594, "harr", 8596, "le", 8804, "ge", 8805, "ne", 8800, "asymp", 8776,
        "infin", 8734, "alpha", 945, "beta", 946, "gamma", 947, "delta", 948, "mu", 956, "pi", 960,
        "sigma", 963, "lambda", 955, "Delta", 916, "Omega", 937,
    };
    private static final Map<String, Integer> NAMES = new HashMap<>();

    static {
        String[] latin1 = LATIN1.split(" ");
        for (int i = 0; i < latin1.length; i++) {
            NAMES.put(latin1[i], 160 + i);
        }
        for (int i = 0; i < OTHERS.length; i += 2) {
            NAMES.put((String) OTHERS[i], (Integer) OTHERS[i + 1]);
        }
    }

    private HtmlEntities() {
    }

    /** A decoded reference: the characters it stands for and how many source characters it spans. */
    record Decoded(String value, int length) {
    }

    /**
     * Decodes the character reference starting at {@code from} (which holds {@code &}).
     *
     * @return the decoded value, or {@code null} when no valid reference starts there
     */
    static Decoded decode(CharSequence text, int from, int to) {
        int limit = Math.min(to, from + 34);
        int semi = -1;
        for (int i = from + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ';') {
                semi = i;
                break;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                return null;
            }
        }
        if (semi < from + 2) {
            return null;
        }
        String name = text.subSequence(from + 1, semi).toString();
        int length = semi - from + 1;
        if (name.charAt(0) == '#') {
            Integer code = numeric(name.substring(1));
            if (code == null) {
                return null;
            }
            boolean invalid = code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF);
            return new Decoded(invalid ? "\uFFFD" : new String(Character.toChars(code)), length);
        }
        Integer code = NAMES.get(name);
        return code == null ? null : new Decoded(String.valueOf((char) code.intValue()), length);
    }

    private static Integer numeric(String digits) {
        try {
            if (digits.startsWith("x") || digits.startsWith("X")) {
                return digits.length() > 1 && digits.length() <= 7 ? Integer.parseInt(digits.substring(1), 16) : null;
            }
            return !digits.isEmpty() && digits.length() <= 8 ? Integer.parseInt(digits) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
