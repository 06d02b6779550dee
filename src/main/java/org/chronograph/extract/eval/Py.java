package org.chronograph.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The few Python semantics that {@code score.py} relies on, over Jackson trees: {@code dict.get}, truthiness,
 * {@code str()}, {@code ==} and iteration. Where score.py would crash on malformed input (a date that is a
 * string, a list that is a number) this is lenient instead: the value counts as absent.
 */
final class Py {
    private Py() {
    }

    /** {@code obj.get(field)}: {@code null} for a missing field, a JSON {@code null}, or a non-object. */
    static JsonNode get(JsonNode obj, String field) {
        if (obj == null || !obj.isObject()) {
            return null;
        }
        JsonNode v = obj.get(field);
        return v == null || v.isNull() ? null : v;
    }

    /** Python truthiness: {@code None}, {@code ""}, {@code 0}, {@code false}, {@code []} and <code>{}</code> are false. */
    static boolean truthy(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return false;
        }
        if (v.isTextual()) {
            return !v.textValue().isEmpty();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.decimalValue().signum() != 0;
        }
        if (v.isContainerNode()) {
            return !v.isEmpty();
        }
        return true;
    }

    /** {@code str(v)}: text as is, {@code None} for null, {@code True}/{@code False}, integers in full. */
    static String str(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "None";
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "True" : "False";
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().toString();
        }
        if (v.isNumber()) {
            return pyFloat(v.doubleValue());
        }
        return v.toString();
    }

    /** {@code str(v)}, or {@code null} for {@code None}: what {@code norm()} receives. */
    static String strOrNull(JsonNode v) {
        return v == null || v.isNull() || v.isMissingNode() ? null : str(v);
    }

    private static String pyFloat(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        BigDecimal b = new BigDecimal(Double.toString(d));
        int exponent = b.precision() - b.scale() - 1;
        if (exponent < -4 || exponent >= 16) {
            String digits = b.unscaledValue().abs().toString().replaceAll("0+$", "");
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return (d < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        String plain = b.toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    /** {@code a == b} for JSON values: numbers and booleans by value, text by content, containers deeply. */
    static boolean equal(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        if ((a.isNumber() || a.isBoolean()) && (b.isNumber() || b.isBoolean())) {
            return number(a).compareTo(number(b)) == 0;
        }
        return a.equals(b);
    }

    private static BigDecimal number(JsonNode v) {
        return v.isBoolean() ? (v.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO) : v.decimalValue();
    }

    /**
     * {@code v or []} iterated: the items of a list, the keys of an object, the characters of a string; nothing
     * for a false value or a scalar.
     */
    static List<JsonNode> items(JsonNode v) {
        List<JsonNode> out = new ArrayList<>();
        if (!truthy(v)) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(x -> out.add(x.isNull() ? null : x));
        } else if (v.isObject()) {
            v.fieldNames().forEachRemaining(k -> out.add(TextNode.valueOf(k)));
        } else if (v.isTextual()) {
            v.textValue().codePoints().forEach(cp -> out.add(TextNode.valueOf(Character.toString(cp))));
        }
        return out;
    }

    /** {@code str(v)[:4]} counted in code points. */
    static String first4(String s) {
        return s.codePointCount(0, s.length()) <= 4 ? s : s.substring(0, s.offsetByCodePoints(0, 4));
    }
}
