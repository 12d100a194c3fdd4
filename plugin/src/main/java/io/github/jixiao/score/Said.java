package io.github.jixiao.score;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A text of the scoring (a formula as applied, an explanation) in Chinese and in the report language, built in one
 * pass: a finding that quotes it keeps the Chinese as its argument in every language (its fingerprint rests on it),
 * and the reports show {@link #shown}. In a Chinese run the two are one text, built once.
 *
 * @param zh    the text in Chinese
 * @param shown the text in the report language ({@link #zh} itself in a Chinese run)
 */
record Said(String zh, String shown) {

    /** A text that reads the same in every language (figures and symbols only). */
    static Said of(String neutral) {
        return new Said(neutral, neutral);
    }

    /** Both texts are one (a Chinese run, or a text of figures and symbols). */
    boolean one() {
        return zh == shown;
    }

    /** {@code f} applied to each text (once when they are one). */
    Said map(UnaryOperator<String> f) {
        String z = f.apply(zh);
        return one() ? of(z) : new Said(z, f.apply(shown));
    }

    /** The texts joined with {@code sep}, which reads the same in every language. */
    static Said join(String sep, List<Said> parts) {
        StringBuilder z = new StringBuilder();
        StringBuilder s = new StringBuilder();
        boolean one = true;
        for (int i = 0; i < parts.size(); i++) {
            Said p = parts.get(i);
            if (i > 0) {
                z.append(sep);
                s.append(sep);
            }
            z.append(p.zh);
            s.append(p.shown);
            one &= p.one();
        }
        String zs = z.toString();
        return one ? of(zs) : new Said(zs, s.toString());
    }
}
