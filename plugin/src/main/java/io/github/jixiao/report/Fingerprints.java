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
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
