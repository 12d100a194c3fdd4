package io.github.jixiao.report;

import io.github.jixiao.finding.Finding;
import io.github.jixiao.lint.RuleDescriptor;
import io.github.jixiao.lint.RuleRegistry;
import io.github.jixiao.text.Texts;
import java.util.List;
import java.util.Locale;

/**
 * Turns findings and report labels into text in one locale (Chinese by default, English with
 * {@code -Djixiao.locale=en}). Rule messages come from each rule's {@code @RuleInfo}; report labels from
 * {@code messages.properties} / {@code messages_zh_CN.properties}, through {@link Texts}.
 */
public final class Messages {
    public static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final Locale locale;
    private final Texts texts;

    public Messages(Locale locale) {
        this.locale = locale == null ? ZH : locale;
        this.texts = Texts.of(this.locale);
    }

    /** The locales reports are written in, as the {@code locale} parameter names them. */
    public static final List<String> SUPPORTED = List.of("zh-CN", "en");

    /**
     * Parses a locale parameter: empty, "zh", "zh-CN", "zh-Hans"… → Chinese; "en", "en-US"… → English. Any other
     * language is a configuration error naming the supported ones (a French reader must not get Chinese silently).
     *
     * @throws IllegalArgumentException for an unsupported locale, with a message naming zh-CN and en
     */
    public static Locale parseLocale(String s) {
        if (s == null || s.isBlank()) {
            return ZH;
        }
        Locale l = Locale.forLanguageTag(s.trim().replace('_', '-'));
        if ("en".equals(l.getLanguage())) {
            return Locale.ENGLISH;
        }
        if ("zh".equals(l.getLanguage())) {
            return ZH;
        }
        throw new IllegalArgumentException("jixiao.locale '" + Escape.value(s) + "' is not supported: use "
                + String.join(" or ", SUPPORTED) + " (jixiao.locale 只支持 " + String.join("、", SUPPORTED) + ")");
    }

    public Locale locale() {
        return locale;
    }

    public boolean english() {
        return "en".equals(locale.getLanguage());
    }

    /** The text of a finding. */
    public String message(Finding f) {
        return RuleRegistry.descriptor(f.ruleId())
                .map(d -> fill(d.template(f.key(), locale), f.args()))
                .orElseGet(() -> f.ruleId() + " " + String.join(", ", f.args()));
    }

    public String title(String ruleId) {
        return RuleRegistry.descriptor(ruleId).map(d -> d.title(locale)).orElse(ruleId);
    }

    public RuleDescriptor rule(String ruleId) {
        return RuleRegistry.descriptor(ruleId).orElse(null);
    }

    /** A report label from the bundle, with {0}… filled in. */
    public String label(String key, Object... args) {
        return texts.get(key, args);
    }

    /** The bundle itself (the scoring package builds its texts from the same one). */
    public Texts texts() {
        return texts;
    }

    /** Replaces {0}, {1}, … (no MessageFormat quoting rules: apostrophes stay as written). */
    public static String fill(String template, List<String> args) {
        return Texts.fill(template, args);
    }
}
