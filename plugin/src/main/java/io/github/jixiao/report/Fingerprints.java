package io.github.jixiao.report;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.RuleDescriptor;
import io.github.jixiao.lint.RuleRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A finding's identity, stable when unrelated lines move and when rows are inserted above it: rule, file, message
 * variant and the arguments its message prints (which name the indicator, task or figure), hashed. Never the line,
 * column or array index, so a baseline or a code-scanning alert follows 招引人才数量 wherever its row goes.
 *
 * <p>An argument the message prints in neither language (a rule passes the target text to choose its wording, say)
 * is no part of the identity: the finding the reader sees is the same when only that argument changes, so it must
 * not turn into a new finding and a resolved one in {@code jixiao:diff}, nor drop out of the baseline. Where every
 * argument is printed (most findings) the fingerprint is the one earlier versions gave; {@link #legacy} gives the
 * earlier one of the others, under which {@link io.github.jixiao.review.Baseline} still finds an old entry.
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    public static String of(Finding f) {
        return of(f.ruleId(), f.file(), f.key(), f.args());
    }

    /** As above, from a finding's parts (a findings.json record's, for one written by an earlier version). */
    public static String of(String rule, String file, String key, List<String> args) {
        BitSet printed = printed(rule, key);
        StringBuilder basis = new StringBuilder().append(rule).append('\u0000').append(file).append('\u0000').append(key).append('\u0000');
        boolean first = true;
        for (int i = 0; i < args.size(); i++) {
            if (printed != null && !printed.get(i)) {
                continue;
            }
            if (!first) {
                basis.append('\u0001');
            }
            basis.append(args.get(i));
            first = false;
        }
        return digest(basis.toString());
    }

    /**
     * The fingerprint earlier versions gave (up to session 29): every argument, printed or not. Equal to {@link #of} where the message
     * prints every argument.
     */
    public static String legacy(Finding f) {
        return legacy(f.ruleId(), f.file(), f.key(), f.args());
    }

    /** As above, from a finding's parts. */
    public static String legacy(String rule, String file, String key, List<String> args) {
        return digest(rule + "\u0000" + file + "\u0000" + key + "\u0000" + String.join("\u0001", args));
    }

    /**
     * The arguments ({0}, {1!} …) that the rule's message for {@code key} prints in Chinese or English; null for a rule
     * jixiao does not have (all its arguments count).
     */
    static BitSet printed(String rule, String key) {
        String k = rule + "\u0000" + (key == null ? "" : key);
        BitSet b = PRINTED.get(k);
        if (b == null) {
            Optional<RuleDescriptor> d = RuleRegistry.descriptor(rule);
            if (d.isEmpty() || d.get().messages().isEmpty()) {
                return null;
            }
            b = new BitSet();
            for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                placeholders(d.get().template(key, l), b);
            }
            if (PRINTED.size() < 4096) { // rule ids × message keys: a few hundred; bounded whatever a findings.json names
                PRINTED.put(k, b);
            }
        }
        return b;
    }

    /**
     * Marks in {@code into} each argument {@code template} prints ({k} and {k!}, one or two digits): the template filled
     * by {@link io.github.jixiao.text.Texts#fill} itself with a marker for each argument, so that what counts as printed
     * is what the messages print.
     */
    static void placeholders(String template, BitSet into) {
        String filled = io.github.jixiao.text.Texts.fill(template, MARKERS);
        for (int k = 0; k < MARKERS.size(); k++) {
            if (filled.contains(MARKERS.get(k))) {
                into.set(k);
            }
        }
    }

    /** One marker for each argument a template can name (two digits: {0} … {99}); no message text holds these characters. */
    private static final List<String> MARKERS = java.util.stream.IntStream.range(0, 100)
            .mapToObj(k -> "\u0002" + k + "\u0003").toList();

    private static final ConcurrentHashMap<String, BitSet> PRINTED = new ConcurrentHashMap<>();

    private static String digest(String basis) {
        byte[] d = SHA256.get().digest(basis.getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(d, 0, 16);
    }

    private static final HexFormat HEX = HexFormat.of();

    /** One digest per thread: MessageDigest.getInstance searches the security providers on every call. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
}
