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
 *
 * <p>Nor is an argument the rule declares a detail ({@link io.github.jixiao.lint.RuleInfo.Message#details()}: the
 * reviewer's reason score-reviewed-differs quotes), and a variant that is another one with its details added
 * ({@link io.github.jixiao.lint.RuleInfo.Message#sameAs()}) is hashed under that one's key: a 复核理由 (reviewer's reason)
 * reworded, given or taken away beside the same 复核分 leaves the same finding, which diff.md lists under the reasons
 * that changed, not as a new and a resolved finding.
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    public static String of(Finding f) {
        return of(f.ruleId(), f.file(), f.key(), f.args());
    }

    /** As above, from a finding's parts (a findings.json record's, for one written by an earlier version). */
    public static String of(String rule, String file, String key, List<String> args) {
        Identity id = identity(rule, key);
        BitSet counted = id == null ? null : id.counted();
        StringBuilder basis = new StringBuilder().append(rule).append('\u0000').append(file).append('\u0000')
                .append(id == null || id.key() == null ? key : id.key()).append('\u0000');
        boolean first = true;
        for (int i = 0; i < args.size(); i++) {
            if (counted != null && !counted.get(i)) {
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
     * What a finding of the rule's message {@code key} is identified by: the key hashed (its own, or the variant it is
     * with details added) and the arguments ({0}, {1!} …) that count: those the message prints in Chinese or English,
     * less its details, and those it declares {@link io.github.jixiao.lint.RuleInfo.Message#unprinted()}. Null for a rule jixiao does not have (its key and all its arguments count).
     */
    static Identity identity(String rule, String key) {
        String k = rule + "\u0000" + (key == null ? "" : key);
        Identity id = IDENTITIES.get(k);
        if (id == null) {
            Optional<RuleDescriptor> d = RuleRegistry.descriptor(rule);
            if (d.isEmpty() || d.get().messages().isEmpty()) {
                return null;
            }
            BitSet b = new BitSet();
            for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                placeholders(d.get().template(key, l), b);
            }
            for (int i = b.nextSetBit(0); i >= 0; i = b.nextSetBit(i + 1)) {
                if (d.get().detail(key, i)) {
                    b.clear(i);
                }
            }
            for (int i = 0; i < MARKERS.size(); i++) {
                if (d.get().unprinted(key, i)) {
                    b.set(i); // left out of this variant's text, kept in its identity (RuleInfo.Message#unprinted)
                }
            }
            String as = d.get().identityKey(key);
            id = new Identity(as.equals(key == null ? "" : key) ? null : as, b);
            if (IDENTITIES.size() < 4096) { // rule ids × message keys: a few hundred; bounded whatever a findings.json names
                IDENTITIES.put(k, id);
            }
        }
        return id;
    }

    /** The key a finding is hashed under (null: its own) and the arguments that count (never changed once made). */
    record Identity(String key, BitSet counted) {
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

    private static final ConcurrentHashMap<String, Identity> IDENTITIES = new ConcurrentHashMap<>();

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
