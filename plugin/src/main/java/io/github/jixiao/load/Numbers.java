package io.github.jixiao.load;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.finding.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The number checks every file read from the project gets (submission files and framework files alike): a number
 * no real figure can be ({@code 1e10000000}, {@code 1e999999999}) is a {@code json-number} finding before anything
 * computes with it, so no arithmetic on it can hang or fail.
 */
public final class Numbers {
    private Numbers() {
    }

    private static final BigDecimal MAX_MAGNITUDE = BigDecimal.TEN.pow(15);
    private static final int MAX_SCALE = 6;

    /**
     * Numbers out of range or beyond money's precision (1e400, 0.1234567) are findings. Not a node is visited when
     * {@code root} is the tree of a document whose loader saw only plain numbers ({@link JsonDocument#plainNumbers}:
     * a clean submission); else walks the tree once; the JSON pointer of a node is built only for a number that is
     * reported (the path so far is kept as property names and array indexes), and the plain cases (an int or long, a
     * decimal with few digits) are decided without arithmetic.
     */
    public static void check(JsonDocument doc, JsonNode root, List<Finding> out) {
        if (doc != null && doc.plainNumbers() && root == doc.root()) {
            return; // the loader saw every number of this tree as it read it: none can be reported
        }
        Object[] path = new Object[SubmissionLoader.MAX_NESTING_DEPTH + 2];
        walkNumbers(doc, root, path, 0, out);
    }

    private static void walkNumbers(JsonDocument doc, JsonNode n, Object[] path, int depth, List<Finding> out) {
        if (depth == path.length) {
            path = java.util.Arrays.copyOf(path, 2 * path.length); // deeper than the loader allows: a tree built otherwise
        }
        if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                JsonNode v = e.getValue();
                if (v.isContainer() || v.isNumber()) {
                    path[depth] = e.getKey();
                    walkNumbers(doc, v, path, depth + 1, out);
                }
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                JsonNode v = n.get(i);
                if (v.isContainer() || v.isNumber()) {
                    path[depth] = i;
                    walkNumbers(doc, v, path, depth + 1, out);
                }
            }
        } else if (n.isNumber() && !plainNumber(n)) {
            checkNumber(doc, n, Pointers.of(path, depth), out);
        }
    }

    /** True for numbers that certainly pass: |v| < 10^15 with at most {@link #MAX_SCALE} decimals. */
    static boolean plainNumber(JsonNode n) {
        if (n.isInt() || n.isShort()) {
            return true;
        }
        if (n.isLong()) {
            long v = n.longValue();
            return v > -1_000_000_000_000_000L && v < 1_000_000_000_000_000L;
        }
        if (n.isBigDecimal()) {
            BigDecimal v = n.decimalValue();
            // integer digits = precision - scale; |v| < 10^15 when there are at most 15 of them
            return v.scale() <= MAX_SCALE && v.precision() - v.scale() <= 15;
        }
        return false;
    }

    private static void checkNumber(JsonDocument doc, JsonNode n, String pointer, List<Finding> out) {
        BigDecimal v = n.decimalValue();
        if (v.abs().compareTo(MAX_MAGNITUDE) >= 0) {
            Src s = doc.src(n, pointer);
            out.add(new Finding("json-number", Severity.ERROR, "", List.of(SubmissionLoader.excerpt(n.toString(), 30)),
                    doc.file(), pointer, s.line(), s.column(), null));
        } else if (v.stripTrailingZeros().scale() > MAX_SCALE) {
            Src s = doc.src(n, pointer);
            out.add(new Finding("json-number", Severity.ERROR, "precision",
                    List.of(SubmissionLoader.excerpt(n.toString(), 30), Integer.toString(MAX_SCALE)),
                    doc.file(), pointer, s.line(), s.column(), null));
        }
    }


}
