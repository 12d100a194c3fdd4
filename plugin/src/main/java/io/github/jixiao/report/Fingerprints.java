package io.github.jixiao.report;

import io.github.jixiao.finding.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A finding's identity, stable when unrelated lines move and when rows are inserted above it: rule, file,
 * message variant and arguments (which name the indicator, task or figure), hashed. Never the line, column
 * or array index, so a baseline or a code-scanning alert follows 招引人才数量 wherever its row goes.
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    public static String of(Finding f) {
        String basis = f.ruleId() + "\u0000" + f.file() + "\u0000" + f.key() + "\u0000"
                + String.join("\u0001", f.args());
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
